// Turns minutes typed as plain text into paragraphs and lists for the PDF:
// paragraphs are separated by an empty line; "- " or "* " lines make a bulleted list,
// "1. " lines a numbered one. Text is never interpreted as markup (no HTML, no links).

export type Block = { kind: 'paragraph'; text: string } | { kind: 'bullets' | 'numbers'; items: string[] };

const BULLET = /^\s*[-*•–]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;

export function parseMinutes(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const kind = BULLET.test(raw) ? 'bullets' : NUMBER.test(raw) ? 'numbers' : null;
    if (kind) {
      flush();
      const item = raw.replace(kind === 'bullets' ? BULLET : NUMBER, '').trim();
      const last = blocks.at(-1);
      if (last && last.kind === kind) last.items.push(item);
      else blocks.push({ kind, items: [item] });
    } else {
      const last = blocks.at(-1);
      // A line right under a list item continues it.
      if (paragraph.length === 0 && last && last.kind !== 'paragraph' && /^\s{2,}/.test(raw)) {
        last.items[last.items.length - 1] += ` ${line}`;
      } else paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
