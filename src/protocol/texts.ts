// Every text a document prints, taken from the very pdfmake definition that is rendered, so that the
// RODO check covers exactly what the PDF carries (issue 9.2) — headings, tables, the footer — and says
// where each text is by the heading above it ("Ad 2. Sprawy merytoryczne").
import type { TextSource } from '../domain/rodo';
import type { Content } from './content';
import type { DocDefinition } from './pdf';

const HEADING_STYLES = new Set(['title', 'h2', 'h3']);

/** The text of an inline node: a string, or the parts of a `text: [...]` array joined up. */
function inline(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(inline).join('');
  if (node && typeof node === 'object' && 'text' in node) return inline((node as { text: unknown }).text);
  return '';
}

export function documentTexts(doc: DocDefinition, footerLabel = 'Stopka'): TextSource[] {
  const out: TextSource[] = [];
  let where = '';
  const visit = (node: unknown): void => {
    if (node === null || node === undefined) return;
    if (typeof node === 'string') {
      out.push({ where, text: node });
      return;
    }
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if ('text' in n) {
      const text = inline(n.text);
      if (typeof n.style === 'string' && HEADING_STYLES.has(n.style)) where = text;
      out.push({ where, text });
      return;
    }
    for (const key of ['stack', 'ul', 'ol', 'columns']) if (Array.isArray(n[key])) visit(n[key]);
    const table = n.table as { body?: unknown[][] } | undefined;
    if (table?.body) table.body.forEach((row) => visit(row));
  };
  visit(doc.content as Content[]);
  const footer = doc.footer;
  if (typeof footer === 'function') {
    where = footerLabel;
    visit((footer as (current: number, total: number) => unknown)(1, 1));
  }
  return out.filter((s) => s.text.trim() !== '');
}
