// How the documents ask for their DOCX: the writer (`./docx`) and the docx package behind it are loaded by the
// first DOCX made, not at every start of the CLI and the hosts, which evaluated ~0.6 MB of code and kept it in
// memory (also through a bundle's export and import) for a file few runs make.
import type { DocDefinition } from './content';
import type { DocxMeta } from './docx';

export async function renderDocx(doc: DocDefinition, meta: DocxMeta): Promise<Buffer> {
  return (await import('./docx')).renderDocx(doc, meta);
}
