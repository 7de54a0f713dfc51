// A document as DOCX (issue 13.1): the working copy of the protocol for editing in Word or LibreOffice.
// It is translated from the very pdfmake definition the PDF is rendered from, so that both carry the
// same content in the same order and no wording is restated here; the `docx` package writes the file.
// The approved, hashed document stays the PDF.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { imageSize } from 'image-size';
import type { DocDefinition } from './content';
import { svgToPng } from './svgPicture';

type Node = Record<string, unknown>;
type Block = Paragraph | Table;

/** Run properties a pdfmake node or style may carry. */
interface RunLook {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

const NUMBERS = 'pzk-numbers';
const BULLETS = 'pzk-bullets';
/** A4 with pdfmake's 56 pt side margins, in twentieths of a point. */
const TEXT_WIDTH = (595 - 2 * 56) * 20;
/** pdfmake's "auto" column, approximated: the number or date columns it is used for. */
const AUTO_WIDTH = 60 * 20;
/** Page numbers the footer is asked for and that become Word's fields. */
const CURRENT = 1_000_001;
const TOTAL = 1_000_002;

const PARAGRAPH_STYLE: Record<string, Partial<IParagraphOptions>> = {
  title: { heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER },
  subtitle: { style: 'PzkSubtitle', alignment: AlignmentType.CENTER },
  h2: { heading: HeadingLevel.HEADING_1, keepNext: true },
  h3: { heading: HeadingLevel.HEADING_2, keepNext: true },
};
const RUN_STYLE: Record<string, RunLook> = {
  th: { bold: true },
  small: { size: 17, color: '333333' },
};
const ALIGNMENT: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const stylesOf = (n: Node): string[] => (Array.isArray(n.style) ? n.style.map(String) : typeof n.style === 'string' ? [n.style] : []);

function lookOf(n: Node, inherited: RunLook): RunLook {
  const look: RunLook = { ...inherited };
  for (const s of stylesOf(n)) Object.assign(look, RUN_STYLE[s]);
  if (typeof n.bold === 'boolean') look.bold = n.bold;
  if (typeof n.italics === 'boolean') look.italics = n.italics;
  return look;
}

/** Text with the footer's page numbers as Word fields. */
function textRun(text: string, look: RunLook): TextRun {
  const parts = text.replace(/\u200b/g, '').split(new RegExp(`(${CURRENT}|${TOTAL})`));
  if (parts.length === 1) return new TextRun({ text: parts[0], ...look });
  return new TextRun({ children: parts.map((p) => (p === String(CURRENT) ? PageNumber.CURRENT : p === String(TOTAL) ? PageNumber.TOTAL_PAGES : p)), ...look });
}

/** The runs of a pdfmake `text`: a string, or an array of strings and styled parts; "\n" breaks the line. */
function runs(text: unknown, look: RunLook): ParagraphChild[] {
  if (typeof text === 'string' && text.includes('\n')) return text.split('\n').map((line, i) => (i === 0 ? textRun(line, look) : new TextRun({ text: line, break: 1, ...look })));
  if (typeof text === 'string' || typeof text === 'number') return [textRun(String(text), look)];
  if (Array.isArray(text)) return text.flatMap((t) => runs(t, look));
  if (isNode(text)) return runs(text.text, lookOf(text, look));
  return [];
}

function columnWidths(widths: unknown[]): number[] {
  const fixed = widths.map((w) => (typeof w === 'number' ? w * 20 : w === 'auto' ? AUTO_WIDTH : null));
  const stars = fixed.filter((w) => w === null).length;
  const rest = Math.max(TEXT_WIDTH - fixed.reduce<number>((a, w) => a + (w ?? 0), 0), 1440);
  return fixed.map((w) => Math.round(w ?? rest / stars));
}

const NO_BORDERS = Object.fromEntries(['top', 'bottom', 'left', 'right', 'insideHorizontal', 'insideVertical'].map((side) => [side, { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }]));

/** A picture drawn before translating (the translation is synchronous). */
interface Picture {
  png: Buffer;
  width: number;
  height: number;
}

class Translator {
  private lists = 0;
  /** Inside an unbreakable stack (a chart with its table): its paragraphs keep with the next, but for the last. */
  private keeping = false;

  constructor(private readonly pictures: ReadonlyMap<string, Picture> = new Map()) {}

  blocks(node: unknown, look: RunLook = {}, alignment?: string): Block[] {
    if (node === null || node === undefined) return [];
    if (typeof node === 'string') return [this.paragraph(node, look, alignment)];
    if (Array.isArray(node)) return apart(node.flatMap((n) => this.blocks(n, look, alignment)));
    if (!isNode(node)) return [];
    const own = lookOf(node, look);
    const align = typeof node.alignment === 'string' ? node.alignment : alignment;
    if ('text' in node) return [this.paragraph(node.text, own, align, stylesOf(node))];
    if (Array.isArray(node.ol)) return this.list(node.ol, NUMBERS, own);
    if (Array.isArray(node.ul)) return this.list(node.ul, BULLETS, own);
    if (Array.isArray(node.stack) && node.unbreakable === true && !this.keeping) {
      this.keeping = true;
      const blocks = this.blocks(node.stack, own, align);
      this.keeping = false;
      return blocks;
    }
    if (Array.isArray(node.stack)) return this.blocks(node.stack, own, align);
    if (isNode(node.table)) return [this.table(node.table, own)];
    if (typeof node.svg === 'string') return [this.svg(node.svg, typeof node.width === 'number' ? node.width : null, align)];
    if (Array.isArray(node.columns)) return [this.columns(node.columns, own, align)];
    if (Array.isArray(node.canvas)) {
      // A drawn line (the signature line) becomes a paragraph's bottom border.
      return [new Paragraph({ spacing: { before: 480 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [] })];
    }
    return [];
  }

  private paragraph(text: unknown, look: RunLook, alignment?: string, styles: string[] = []): Paragraph {
    const style = Object.assign({}, ...styles.map((s) => PARAGRAPH_STYLE[s] ?? {})) as Partial<IParagraphOptions>;
    return new Paragraph({ ...(alignment && ALIGNMENT[alignment] && { alignment: ALIGNMENT[alignment] }), ...style, ...(this.keeping && { keepNext: true }), children: runs(text, look) });
  }

  /** A chart: the SVG itself, with its PNG for readers without SVG, at the width the PDF gives it. */
  private svg(svg: string, widthPt: number | null, alignment?: string): Paragraph {
    const picture = this.pictures.get(svg);
    if (!picture) return new Paragraph({ children: [] });
    const scale = widthPt ? widthPt / picture.width : 1;
    const transformation = { width: px(picture.width * scale), height: px(picture.height * scale) };
    return new Paragraph({
      ...(alignment && ALIGNMENT[alignment] && { alignment: ALIGNMENT[alignment] }),
      keepNext: true,
      children: [new ImageRun({ type: 'svg', data: Buffer.from(svg), fallback: { type: 'png', data: picture.png }, transformation })],
    });
  }

  /** Each list numbers from 1 (a new instance of the numbering). */
  private list(items: unknown[], reference: string, look: RunLook): Paragraph[] {
    const instance = ++this.lists;
    return items.map((item) => new Paragraph({ numbering: { reference, level: 0, instance }, children: runs(isNode(item) ? item.text : item, isNode(item) ? lookOf(item, look) : look) }));
  }

  private cell(content: unknown, look: RunLook, width: number, header: boolean): TableCell {
    const children = this.blocks(content, look);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(header && { shading: { type: ShadingType.CLEAR, fill: 'EEF1F5', color: 'auto' } }),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: children.length ? children : [new Paragraph({ children: [] })],
    });
  }

  private table(table: Node, look: RunLook): Table {
    const body = (Array.isArray(table.body) ? table.body : []) as unknown[][];
    const widths = columnWidths(Array.isArray(table.widths) ? table.widths : body[0]?.map(() => '*') ?? []);
    const headerRows = typeof table.headerRows === 'number' ? table.headerRows : 0;
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: body.map((row, r) => {
        // A kept table holds together with what follows it inside the stack; its last row lets the page go on.
        const keeping = this.keeping;
        if (r === body.length - 1) this.keeping = false;
        const built = new TableRow({
          tableHeader: r < headerRows,
          cantSplit: table.dontBreakRows === true,
          children: row.map((content, c) => this.cell(content, look, widths[c] ?? AUTO_WIDTH, r < headerRows)),
        });
        this.keeping = keeping;
        return built;
      }),
    });
  }

  /** Columns side by side (the signatures): a table without borders. */
  private columns(columns: unknown[], look: RunLook, alignment?: string): Table {
    const width = Math.floor(TEXT_WIDTH / columns.length);
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: columns.map(() => width),
      borders: NO_BORDERS,
      rows: [
        new TableRow({
          cantSplit: true,
          children: columns.map(
            (c) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children: this.blocks(c, look, isNode(c) && typeof c.alignment === 'string' ? c.alignment : alignment) }),
          ),
        }),
      ],
    });
  }
}

/** The running footer's columns as one line: left text, then the rest at a right tab (the page number). */
function footerOf(doc: DocDefinition): Footer | undefined {
  if (typeof doc.footer !== 'function') return undefined;
  const node = (doc.footer as (current: number, total: number) => unknown)(CURRENT, TOTAL);
  const columns = isNode(node) && Array.isArray(node.columns) ? node.columns : [node];
  const children = columns.flatMap((c, i) => [...(i > 0 ? [new TextRun({ text: '\t' })] : []), ...runs(isNode(c) ? c.text : c, { ...RUN_STYLE.small, ...(isNode(c) ? lookOf(c, {}) : {}) })]);
  return new Footer({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }], children })] });
}

/** Word and LibreOffice merge tables that touch (the last chart's table took the signatures' missing borders): an empty paragraph keeps them apart. */
function apart(blocks: Block[]): Block[] {
  return blocks.flatMap((b, i) => (i > 0 && b instanceof Table && blocks[i - 1] instanceof Table ? [new Paragraph({ children: [] }), b] : [b]));
}

/** docx takes pixels at 96 dpi; pdfmake's sizes are points. */
const px = (pt: number) => Math.max(1, Math.round((pt * 4) / 3));

/** Every `svg` node's text, in the order of the content. */
function svgsOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) svgsOf(n, found);
  else if (isNode(node)) {
    if (typeof node.svg === 'string') found.push(node.svg);
    for (const value of Object.values(node)) if (typeof value === 'object') svgsOf(value, found);
  }
  return found;
}

/** The header image (fitted into the PDF's box, keeping its proportions) and a draft's mark. */
function headerOf(doc: DocDefinition): Header | undefined {
  const children: Paragraph[] = [];
  const header = doc.header;
  if (isNode(header) && typeof header.image === 'string') {
    const match = /^data:image\/(png|jpeg);base64,(.+)$/.exec(header.image);
    if (match) {
      const data = Buffer.from(match[2]!, 'base64');
      const size = imageSize(data);
      const [boxW, boxH] = Array.isArray(header.fit) ? (header.fit as number[]) : [480, 50];
      const scale = Math.min(boxW! / size.width, boxH! / size.height);
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new ImageRun({ type: match[1] === 'png' ? 'png' : 'jpg', data, transformation: { width: px(size.width * scale), height: px(size.height * scale) } })],
        }),
      );
    }
  }
  const watermark = doc.watermark;
  if (isNode(watermark) && typeof watermark.text === 'string') {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: watermark.text, bold: true, color: '999999' })] }));
  }
  return children.length ? new Header({ children }) : undefined;
}

export interface DocxMeta {
  title: string;
  author: string;
}

export async function renderDocx(doc: DocDefinition, meta: DocxMeta): Promise<Buffer> {
  const header = headerOf(doc);
  const footer = footerOf(doc);
  const pictures = new Map<string, Picture>();
  for (const svg of new Set(svgsOf(doc.content))) pictures.set(svg, await svgToPng(svg));
  const file = new Document({
    title: meta.title,
    creator: meta.author,
    description: meta.title,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20, language: { value: 'pl-PL' } }, paragraph: { spacing: { after: 80 } } },
        title: { run: { font: 'Arial', size: 30, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 40 } } },
        heading1: { run: { font: 'Arial', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        heading2: { run: { font: 'Arial', size: 21, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true } },
      },
      paragraphStyles: [{ id: 'PzkSubtitle', name: 'Podtytuł protokołu', basedOn: 'Normal', run: { size: 24 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 160 } } }],
    },
    numbering: {
      config: [
        { reference: NUMBERS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 440, hanging: 300 } } } }] },
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 440, hanging: 300 } } } }] },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1120, right: 1120 } } },
        ...(header && { headers: { default: header } }),
        ...(footer && { footers: { default: footer } }),
        children: new Translator(pictures).blocks(doc.content),
      },
    ],
  });
  return Packer.toBuffer(file);
}
