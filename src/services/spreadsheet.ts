// Spreadsheets in and out (issue 13.2): XLSX through ExcelJS, CSV through Papa Parse, in what Polish
// Excel writes and reads — semicolons, UTF-8 with a BOM, or Windows-1250 without one. The type is
// told by the content, not by the file's name.
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../api/errors';

// ExcelJS (with its zip and stream libraries) is loaded by the first XLSX read or written: every start of the
// CLI and the hosts evaluated it, and a bundle's export or import kept it in memory, for a file few runs make.
const excel = async () => (await import('exceljs')).default;

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with its BOM, else Windows-1250. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue); // a formula: what it shows
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text); // a hyperlink
  return ''; // an error value (#N/A…)
}

/** The first sheet that holds anything, as rows of cell texts (a merged cell reads as its first cell's value in each). */
async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const book = new (await excel()).Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('UNREADABLE_FILE', `the XLSX file cannot be read (${error instanceof Error ? error.message : 'unknown'})`);
  }
  const sheet = book.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) return [];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  }
  return rows;
}

/** Known formats that are not spreadsheets this app reads, by their first bytes. */
const NOT_A_TABLE: Array<[number[], string]> = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (XLS) or Word file: save it as XLSX or CSV'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x4d, 0x5a], 'a program (EXE)'],
  [[0x89, 0x50, 0x4e, 0x47], 'an image'],
  [[0xff, 0xd8, 0xff], 'an image'],
];

/** Rows of cell texts from an XLSX or CSV file; an ODS, XLS, PDF… is refused with what it is. */
export async function readTable(bytes: Uint8Array): Promise<string[][]> {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readXlsx(bytes);
  for (const [sig, what] of NOT_A_TABLE) if (startsWith(bytes, ...sig)) throw new AppError('UNREADABLE_FILE', `the file is ${what}, not an XLSX or CSV table`, { kind: 'not_a_table' });
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new AppError('UNREADABLE_FILE', 'the file is binary, not an XLSX or CSV table', { kind: 'not_a_table' });
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] });
  return parsed.data.map((row) => row.map((c) => c.trim()));
}

/** A table as an XLSX workbook: a bold header row that stays in view, columns as wide as their text. */
export async function writeXlsx(sheets: Array<{ name: string; rows: string[][]; validation?: { column: number; list: string } }>): Promise<Uint8Array> {
  const book = new (await excel()).Workbook();
  book.created = new Date('2000-01-01T00:00:00Z');
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of s.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      column.width = Math.min(60, Math.max(10, ...s.rows.map((r) => (r[i] ?? '').length + 2)));
    });
    if (s.validation) {
      for (let r = 2; r <= 200; r++) {
        sheet.getCell(r, s.validation.column + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [s.validation.list] };
      }
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** CSV for Polish Excel: semicolons, CRLF, UTF-8 with a BOM; a cell never runs as a formula. */
export function writeCsv(rows: string[][]): Uint8Array {
  const text = Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: true, quotes: true });
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}
