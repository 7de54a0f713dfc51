// The app's icons at every size the installers need, rendered from the one source drawing build/icon.svg
// by Debian's Chromium (transparent corners): build/icon.png (1024 px; electron-builder makes the Windows
// .ico and the macOS .icns from it) and build/icons/NxN.png (the Linux AppImage and .deb).
// Run after changing the drawing: `npm run icons`; the PNGs are committed, so packaging needs no browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const svg = readFileSync(join('build', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.PZK_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  mkdirSync(join('build', 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(join('build', 'icons', `${size}x${size}.png`), png);
    if (size === 1024) writeFileSync(join('build', 'icon.png'), png);
  }
  console.log(`icons: ${ICON_SIZES.join(', ')} px from build/icon.svg`);
} finally {
  await browser.close();
}
