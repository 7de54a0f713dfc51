// Every text a document prints, taken from the very pdfmake definition that is rendered, so that the
// RODO check covers exactly what the PDF carries (issue 9.2) — headings, tables, the footer — and says
// where each text is by the heading above it ("Ad 2. Sprawy merytoryczne").
import type { TextSource } from '../domain/rodo';
import type { Content, DocDefinition } from './content';

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

/**
 * The document model as plain lines, in reading order: headings marked by their level, lists by their
 * markers, table rows with their cells side by side. The golden texts are made of this (issue 18), so
 * that any change of a document's wording or structure shows in a test's diff.
 */
export function outline(doc: DocDefinition): string[] {
  const lines: string[] = [];
  const cell = (node: unknown): string => {
    if (node && typeof node === 'object' && !Array.isArray(node) && 'stack' in node) return ((node as { stack: unknown[] }).stack ?? []).map(cell).filter(Boolean).join(' / ');
    return inline(node).replace(/\u200b/g, '').trim();
  };
  const visit = (node: unknown, indent: string): void => {
    if (node === null || node === undefined) return;
    if (typeof node === 'string') return void (node.trim() && lines.push(indent + node.replace(/\u200b/g, '')));
    if (Array.isArray(node)) return node.forEach((n) => visit(n, indent));
    if (typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if ('text' in n) {
      const text = cell(n);
      const mark = n.style === 'title' ? '# ' : n.style === 'subtitle' ? '#  ' : n.style === 'h2' ? '## ' : n.style === 'h3' ? '### ' : '';
      if (text) lines.push(indent + mark + text);
      return;
    }
    if (Array.isArray(n.ul)) return n.ul.forEach((item) => lines.push(`${indent}- ${cell(item)}`));
    if (Array.isArray(n.ol)) return n.ol.forEach((item, i) => lines.push(`${indent}${i + 1}. ${cell(item)}`));
    if (Array.isArray(n.stack)) return visit(n.stack, indent);
    if (Array.isArray(n.columns)) return void lines.push(indent + n.columns.map(cell).join(' || '));
    const table = n.table as { body?: unknown[][] } | undefined;
    if (table?.body) for (const row of table.body) lines.push(`${indent}| ${row.map(cell).join(' | ')} |`);
  };
  visit(doc.content as Content[], '');
  if (typeof doc.footer === 'function') {
    const footer = (doc.footer as (current: number, total: number) => { columns?: unknown[] })(1, 1);
    lines.push(`[stopka] ${footer.columns ? footer.columns.map(cell).filter(Boolean).join(' || ') : cell(footer)}`);
  }
  return lines;
}

/**
 * The longest run of letters without a break opportunity a document prints. pdfmake measures a word
 * longer than the line again for every line it fills, so one pasted 100,000-character token took
 * minutes and gigabytes (issue 10.1); a zero-width space every so often lets it wrap there, prints
 * nothing and is not extracted as text. 24 characters of the widest letter fit the narrowest column.
 */
export const MAX_UNBROKEN = 24;
const ZWSP = '\u200b';
// A token is looked for only where one begins: from inside a token the search would scan the rest of it
// again at every character (quadratic in a long paragraph) to find what its start already found.
const LONG_TOKEN = new RegExp(`(?<![^\\s\\u200b])[^\\s\\u200b]{${MAX_UNBROKEN + 1},}`, 'gu');

export function breakLongTokens(text: string): string {
  if (text.length <= MAX_UNBROKEN) return text;
  return text.replace(LONG_TOKEN, (token) => {
    const parts: string[] = [];
    // By code point, so that a surrogate pair is never cut in two.
    const chars = [...token];
    for (let i = 0; i < chars.length; i += MAX_UNBROKEN) parts.push(chars.slice(i, i + MAX_UNBROKEN).join(''));
    return parts.join(ZWSP);
  });
}

type Inline = string | { text: string; noWrap: true };

/**
 * Runs that must not be split at a line end: a hyphenated (double) surname, a number and its unit. A
 * hyphenated run is looked for only at the start of a word, for the reason given at LONG_TOKEN.
 */
const KEEP_TOGETHER = /(?<![\p{L}\d])[\p{L}\d]+(?:-[\p{L}\d]+)+|\d+(?:[.,]\d+)?\s(?:r\.|zł|gr|os\.|osób|osoby|km|godz\.|min\.|tys\.|mln|%)(?=$|[\s,.;:)])/gu;

const MAY_KEEP_TOGETHER = /[-\d]/;

/** Whether a laid-out text holds a break opportunity (made here or pasted in). */
function hasBreak(node: unknown): boolean {
  if (typeof node === 'string') return node.includes(ZWSP);
  if (Array.isArray(node)) return node.some(hasBreak);
  return node !== null && typeof node === 'object' && 'text' in node && hasBreak((node as { text: unknown }).text);
}

/** A text as it is laid out: over-long tokens breakable, short runs that belong together kept whole. */
export function layoutText(text: string): string | Inline[] {
  const broken = breakLongTokens(text);
  // Both kinds of run hold a hyphen or a digit: most sentences have neither and skip the search.
  if (!MAY_KEEP_TOGETHER.test(broken)) return broken;
  const parts: Inline[] = [];
  let at = 0;
  for (const m of broken.matchAll(KEEP_TOGETHER)) {
    if (m[0].length > MAX_UNBROKEN) continue; // long runs were made breakable above
    if (m.index > at) parts.push(broken.slice(at, m.index));
    parts.push({ text: m[0], noWrap: true });
    at = m.index + m[0].length;
  }
  if (parts.length === 0) return broken;
  if (at < broken.length) parts.push(broken.slice(at));
  return parts;
}

/** A copy of the content with every printed string laid out by `layoutText`, in the places documentTexts reads. */
function mapContent(node: unknown, inText = false): unknown {
  if (typeof node === 'string') {
    const laid = layoutText(node);
    return typeof laid === 'string' || inText ? laid : { text: laid };
  }
  if (Array.isArray(node)) {
    if (!inText) return node.map((n) => mapContent(n));
    // Inside a text run: a string that became several inlines stands in their place.
    return node.flatMap((n) => {
      const laid = mapContent(n, true);
      return typeof n === 'string' && Array.isArray(laid) ? laid : [laid];
    });
  }
  if (node === null || typeof node !== 'object') return node;
  const n = { ...(node as Record<string, unknown>) };
  if ('text' in n) {
    const before = n.text;
    n.text = mapContent(before, true);
    // A justified line would spread the letters of a broken token apart.
    if (n.alignment === 'justify' && hasBreak(n.text)) n.alignment = 'left';
  }
  for (const key of ['stack', 'ul', 'ol', 'columns']) if (Array.isArray(n[key])) n[key] = mapContent(n[key]);
  const table = n.table as { body?: unknown[][] } | undefined;
  if (table?.body) n.table = { ...table, body: table.body.map((row) => mapContent(row)) };
  return n;
}

/** The document as it is laid out (content, header and footer): over-long tokens breakable, short runs kept whole. */
export function withBreakableTokens(doc: DocDefinition): DocDefinition {
  const out: DocDefinition = { ...doc, content: mapContent(doc.content) };
  for (const key of ['header', 'footer'] as const) {
    const part = doc[key];
    if (typeof part === 'function') out[key] = (...args: unknown[]) => mapContent((part as (...a: unknown[]) => unknown)(...args));
    else if (part !== undefined) out[key] = mapContent(part);
  }
  return out;
}
