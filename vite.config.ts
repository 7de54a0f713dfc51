import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  // React Aria ships its strings in 34 languages; the app speaks Polish and (British) English.
  plugins: [react(), optimizeLocales.vite({ locales: ['pl-PL', 'en-US', 'en-GB'] })],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // Inline nothing as data: URLs beyond small icons; keeps the CSP simple.
    assetsInlineLimit: 0,
    // One local bundle for a desktop app: loaded from disk, never over a network.
    chunkSizeWarningLimit: 1500,
  },
});
