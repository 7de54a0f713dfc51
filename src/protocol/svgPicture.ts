// A chart's SVG as a PNG, for the DOCX (issue 17.4): Word shows the SVG itself and older readers the PNG
// beside it, so the document carries the picture the screen shows. resvg (WebAssembly: no native code to
// package per platform) draws it with the Roboto the PDFs embed; no system font, no network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

let ready: Promise<Uint8Array[]> | null = null;

/** Loads the WebAssembly module and the fonts once per process. */
function fonts(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const folder = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
    return ['Roboto-Regular.ttf', 'Roboto-Medium.ttf'].map((f) => readFileSync(join(folder, f)));
  })();
  return ready;
}

/** The PNG of an SVG at `scale` times its size (2: sharp when printed at the document's width). */
export async function svgToPng(svg: string, scale = 2): Promise<{ png: Buffer; width: number; height: number }> {
  const fontBuffers = await fonts();
  const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'Roboto' } }).render();
  const png = Buffer.from(image.asPng());
  const result = { png, width: image.width / scale, height: image.height / scale };
  image.free();
  return result;
}
