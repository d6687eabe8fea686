import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Sheet } from '../knowledge/spreadsheet';

/** The spreadsheet formats `import` reads and `export` writes, by file extension. */
export type SheetFormat = 'csv' | 'xlsx';

export function formatOf(file: string): SheetFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  return undefined;
}

/** Reads a sheet's header and rows; row numbers are those a spreadsheet shows (the header is row 1). */
export async function readSheet(file: string): Promise<Sheet> {
  const name = path.basename(file);
  return formatOf(file) === 'xlsx' ? readXlsx(file, name) : readCsv(readFileSync(file, 'utf8'), name);
}

/**
 * CSV as Excel, Google Sheets and Numbers save it: RFC 4180 quoting, a byte-order mark, CRLF line ends. A
 * header line with semicolons or tabs and no commas is read with that delimiter, as European Excel saves.
 */
export function readCsv(text: string, name: string): Sheet {
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(',')
    ? ','
    : firstLine.includes(';')
      ? ';'
      : firstLine.includes('\t')
        ? '\t'
        : ',';
  const records: string[][] = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  const [header = [], ...rows] = records;
  return { name, header, rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })) };
}

async function readXlsx(file: string, name: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return { name, header: [], rows: [] };
  const width = worksheet.getRow(1).cellCount;
  const cellsOf = (row: ExcelJS.Row) => Array.from({ length: width }, (_, index) => row.getCell(index + 1).text ?? '');
  const header = cellsOf(worksheet.getRow(1));
  const rows: Sheet['rows'][number][] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) rows.push({ rowNumber, cells: cellsOf(row) });
  });
  return { name, header, rows };
}

/** CSV text with every cell quoted when it needs to be; CRLF row ends, as spreadsheets expect. */
export function writeCsv(table: readonly string[][]): string {
  return stringify(table as string[][], { record_delimiter: 'windows' });
}

/** An .xlsx workbook with one sheet: bold frozen header, wrapped text, columns sized for reading. */
export async function writeXlsx(table: readonly string[][], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('FAQs', { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header = [], ...rows] = table;
  worksheet.columns = header.map((name) => ({ header: name, key: name, width: WIDTHS[name] ?? 24 }));
  for (const cells of rows) worksheet.addRow(cells);
  worksheet.getRow(1).font = { bold: true };
  worksheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  await workbook.xlsx.writeFile(file);
}

const WIDTHS: Record<string, number> = { id: 28, question: 48, answer: 80, alternates: 40, links: 48 };
