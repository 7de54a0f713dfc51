// Types of node-bundle.mjs (read by bench/sync.ts).
import type { BuildOptions } from 'esbuild';

export declare const NODE_BUNDLE: BuildOptions;
export declare const SPLIT: BuildOptions;
