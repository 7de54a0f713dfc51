// PDF rendering with pdfmake (pdfkit underneath) and the Roboto font it ships, which covers Polish.
// No network and no file access beyond the fonts: document content can never pull in resources.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocDefinition } from './content';
import { withBreakableTokens } from './texts';

type PdfMake = {
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(fn: (url: string) => boolean): void;
  setLocalAccessPolicy(fn: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
};

let instance: PdfMake | null = null;

function pdfmake(): PdfMake {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const pm = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  pm.addFonts({
    Roboto: {
      normal: join(fonts, 'Roboto-Regular.ttf'),
      bold: join(fonts, 'Roboto-Medium.ttf'),
      italics: join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((path) => path.startsWith(fonts));
  instance = pm;
  return pm;
}

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Fixed, so that a document made twice from the same data has the same dates inside. */
  createdAt: Date;
}

export type { DocDefinition } from './content';

export async function renderPdf(doc: DocDefinition, meta: PdfMeta): Promise<Buffer> {
  const definition = {
    ...withBreakableTokens(doc),
    language: 'pl-PL',
    version: '1.7',
    subset: 'PDF/A-2b',
    info: {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      creator: 'PZK Animator',
      producer: 'PZK Animator (pdfmake)',
      creationDate: meta.createdAt,
      modDate: meta.createdAt,
    },
    pageSize: 'A4',
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, ...((doc.defaultStyle as object) ?? {}) },
  };
  return pdfmake().createPdf(definition).getBuffer();
}
