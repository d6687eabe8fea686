import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import {
  type Column,
  cellPlace,
  columnNamed,
  excerpt,
  hasFaqColumns,
  parseLinks,
  REQUIRED_COLUMNS,
  rowPlace,
  type Sheet,
  type SheetSource,
} from '../knowledge/spreadsheet';
import { decodeUtf8, isUtf16 } from '../knowledge/text-encoding';
import { errorText } from '../runtime/error-details';

/** The spreadsheet formats `import` reads and `export` writes, by file extension. */
export type SheetFormat = 'csv' | 'xlsx';

export function formatOf(file: string): SheetFormat | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.xlsx') return 'xlsx';
  return undefined;
}

/**
 * A sheet read from a file, or what is wrong with the file: each problem names it, and the row and column if
 * it can. `note` says which sheet of a workbook was read when it was not the first.
 */
export type SheetRead = { ok: true; sheet: Sheet; note?: string } | { ok: false; problems: string[] };

/**
 * Reads a sheet's header and rows; row numbers are those a spreadsheet shows (the header is row 1). A file
 * that is not what its name says, or not text a person can fix by saving it again, is a problem, not an
 * error: only a file that cannot be opened at all throws.
 */
export async function readSheet(file: string): Promise<SheetRead> {
  const name = path.basename(file);
  const bytes = readFileSync(file);
  return formatOf(file) === 'xlsx' ? readXlsx(bytes, name) : readCsv(bytes, name);
}

const failed = (...problems: string[]): SheetRead => ({ ok: false, problems });

/** How a file starts tells what it really is, whatever its name says. */
const SIGNATURES = {
  /** Every .xlsx file is a zip archive. */
  zip: [0x50, 0x4b, 0x03, 0x04],
  /** Excel 97-2003 (.xls) workbooks. */
  ole: [0xd0, 0xcf, 0x11, 0xe0],
  utf8: [0xef, 0xbb, 0xbf],
} as const;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const SAVE_AS_CSV = 'in Excel use "Save As > CSV UTF-8", then import that file';

/**
 * CSV as Excel, Google Sheets and Numbers save it: UTF-8 with or without a byte-order mark, RFC 4180
 * quoting, CRLF line ends. A header line with semicolons or tabs and no commas is read with that delimiter,
 * as European Excel saves. Cells are split on the bytes and each is decoded strictly, so text saved in
 * another encoding (older Excel's "CSV" is Windows-1252) is refused, naming its first cell, rather than
 * imported with "�" in place of every accented letter.
 */
function readCsv(bytes: Buffer, name: string): SheetRead {
  if (startsWith(bytes, SIGNATURES.zip)) {
    return failed(`${name}: is an Excel workbook named .csv; rename it ${path.parse(name).name}.xlsx and import that`);
  }
  if (startsWith(bytes, SIGNATURES.ole)) {
    return failed(`${name}: is an Excel 97-2003 workbook named .csv; ${SAVE_AS_CSV}`);
  }
  if (isUtf16(bytes)) {
    return failed(`${name}: is UTF-16 text ("Unicode Text"), not UTF-8; ${SAVE_AS_CSV}`);
  }
  // The byte-order mark goes here: csv-parse's `bom` option would switch it to giving text, not bytes.
  const body = startsWith(bytes, SIGNATURES.utf8) ? bytes.subarray(SIGNATURES.utf8.length) : bytes;
  const records: unknown[] = [];
  try {
    parse(body, {
      delimiter: delimiterOf(body),
      // Cells as bytes: decoding them one by one below is what finds the first one that is not UTF-8.
      encoding: null,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: unknown) => {
        records.push(record);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return failed(csvProblem(error, name, decodedHeader(records[0])));
  }
  const decoded: string[][] = [];
  for (const [index, record] of records.entries()) {
    const cells = bytesSchema.parse(record);
    const row: string[] = [];
    for (const [column, cell] of cells.entries()) {
      const text = decodeUtf8(cell, { keepBom: true });
      if (text === undefined) {
        const place = cellPlace(name, index + 1, column, decoded[0]);
        return failed(
          `${place}: "${excerpt(Buffer.from(cell).toString('utf8'))}" is not UTF-8 text, so the file was saved in ` +
            `another encoding (Windows-1252?); ${SAVE_AS_CSV}`,
        );
      }
      row.push(text);
    }
    decoded.push(row);
  }
  const [header = [], ...rows] = decoded;
  return { ok: true, sheet: { name, header, rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })) } };
}

/** What csv-parse gives for each record when asked for bytes. */
const bytesSchema = z.array(z.instanceof(Uint8Array));

/** The header's cells as text, to name columns in a problem; empty when there is none yet. */
function decodedHeader(record: unknown): string[] {
  const cells = bytesSchema.safeParse(record);
  return cells.success ? cells.data.map((cell) => decodeUtf8(cell, { keepBom: true }) ?? '') : [];
}

/** The header line's delimiter; only that line is looked at (the rest of the file is decoded cell by cell). */
function delimiterOf(bytes: Buffer): string {
  const end = bytes.indexOf(0x0a);
  const firstLine = bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}

/** Where csv-parse stopped: records read before the bad one, its 0-based field, and the file's line. */
const csvErrorPlace = z.object({
  records: z.number().int().nonnegative(),
  column: z.number().int().nonnegative().nullish(),
  lines: z.number().int().positive().optional(),
});

const DOUBLE_QUOTES = 'put the whole cell in quotes and double each quote inside it ("")';

/** A csv-parse error as an author can act on it: the row (and cell) to look at, and what to change there. */
function csvProblem(error: CsvError, name: string, header: readonly string[]): string {
  const place = csvErrorPlace.safeParse(error);
  if (!place.success) return `${name}: cannot be read as CSV (${error.message})`;
  const { records, column, lines } = place.data;
  const rowNumber = records + 1;
  const where = typeof column === 'number' ? cellPlace(name, rowNumber, column, header) : rowPlace(name, rowNumber);
  // Rows and file lines differ once a cell spans lines; a text editor shows the line.
  const line = lines !== undefined && lines !== rowNumber ? ` (line ${lines} of the file)` : '';
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return `${where}${line}: a quote (") in the middle of a cell; ${DOUBLE_QUOTES}`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${where}${line}: text after the quote (") that ends a quoted cell; ${DOUBLE_QUOTES}`;
    case 'CSV_QUOTE_NOT_CLOSED':
      // `lines` is the end of the file here: the quote swallowed everything after it.
      return (
        `${where}: a quote (") starts this cell and nothing closes it, so the rest of the file would be read ` +
        `into it; end the cell with a quote, or ${DOUBLE_QUOTES}`
      );
    default:
      return `${where}${line}: cannot be read as CSV (${error.message})`;
  }
}

/**
 * The first sheet of a workbook, or, when that one does not have the FAQ columns (a sheet of instructions
 * before the FAQs), the one other sheet that does. Each cell is read as the text a person sees in it (see
 * `cellText`); a cell that shows an error, or a formula Excel never calculated, is a problem. Every problem
 * names the sheet.
 */
async function readXlsx(bytes: Buffer, name: string): Promise<SheetRead> {
  if (!startsWith(bytes, SIGNATURES.zip)) {
    return failed(
      startsWith(bytes, SIGNATURES.ole)
        ? `${name}: is an Excel 97-2003 workbook; in Excel use "Save As > Excel Workbook (.xlsx)", then import that file`
        : `${name}: is not an Excel workbook; if it holds CSV text, rename it ${path.parse(name).name}.csv`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy of the bytes gives it one.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    return failed(
      `${name}: cannot be read as an Excel workbook (${errorText(error)}); open it in Excel and save it again`,
    );
  }
  const [first, ...others] = workbook.worksheets;
  if (!first) return { ok: true, sheet: { name, header: [], rows: [] } };
  if (hasFaqColumns(headerText(first))) return readWorksheet(first, name);
  const withFaqs = others.filter((worksheet) => hasFaqColumns(headerText(worksheet)));
  const [only] = withFaqs;
  const columns = `no ${REQUIRED_COLUMNS.join(', ').replace(/, (?=[^,]*$)/, ' and ')} columns in its first row`;
  if (only !== undefined && withFaqs.length === 1) {
    const read = readWorksheet(only, name);
    return read.ok
      ? { ...read, note: `read sheet "${only.name}": the first sheet, "${first.name}", has ${columns}` }
      : read;
  }
  if (withFaqs.length > 1) {
    return failed(
      `${name}: the first sheet, "${first.name}", has ${columns}, and several sheets have them ` +
        `(${withFaqs.map((worksheet) => `"${worksheet.name}"`).join(', ')}); move the sheet to import to be the first`,
    );
  }
  return readWorksheet(first, name);
}

/** A worksheet's first row as text, to tell which sheet holds the FAQs. */
function headerText(worksheet: ExcelJS.Worksheet): string[] {
  const row = worksheet.getRow(1);
  return Array.from({ length: row.cellCount }, (_, index) => {
    const cell = row.getCell(index + 1);
    const read = cellText(cell.value, cell.numFmt);
    return 'text' in read ? read.text : '';
  });
}

function readWorksheet(worksheet: ExcelJS.Worksheet, name: string): SheetRead {
  const source: SheetSource = { name, worksheet: worksheet.name };
  const problems: string[] = [];
  const header: string[] = [];
  const cellsOf = (row: ExcelJS.Row, rowNumber: number) =>
    // As wide as the header, or wider: cells beyond it are for sheetToFaqs to report, not to drop here.
    Array.from({ length: Math.max(header.length, row.cellCount) }, (_, index) => {
      const cell = row.getCell(index + 1);
      const read = cellText(cell.value, cell.numFmt, columnNamed(header[index]));
      if ('text' in read) return read.text;
      problems.push(`${cellPlace(source, rowNumber, index, header)}: ${read.problem}`);
      return '';
    });
  header.push(...cellsOf(worksheet.getRow(1), 1));
  const rows: Sheet['rows'][number][] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) rows.push({ rowNumber, cells: cellsOf(row, rowNumber) });
  });
  return problems.length > 0 ? failed(...problems) : { ok: true, sheet: { ...source, header, rows } };
}

type CellReading = { text: string } | { problem: string };

/**
 * A cell's value as the text a person sees in Excel: a date as `2026-11-01`, TRUE or FALSE, a percentage
 * as shown, rich text without its fonts, a formula as its result. A hyperlink keeps its address where the
 * column can hold one: `title | url` in `links`, a Markdown link in `answer`.
 */
function cellText(value: ExcelJS.CellValue, numFmt: string | undefined, column?: Column): CellReading {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberText(value, numFmt) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateText(value);
  if ('error' in value) return { problem: `shows the error ${value.error}; fix its formula, or type the text` };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('hyperlink' in value) {
    // exceljs gives a hyperlink's text as rich text when the link has formatting.
    const shown = cellText(value.text, numFmt);
    return 'text' in shown ? { text: linkText(shown.text, value.hyperlink, column) } : shown;
  }
  if (value.result === undefined) {
    return { problem: 'holds a formula with no saved result; open the file in Excel and save it again' };
  }
  return cellText(value.result, numFmt, column);
}

/** A hyperlink cell: its address is the point of it in `links` and `answer`; elsewhere a person reads the text. */
function linkText(text: string, url: string, column: Column | undefined): string {
  const single = text.trim() !== '' && !text.includes('\n') && text.trim() !== url;
  if (!single) return text;
  if (column === 'links' && parseLinks(text).problems.length > 0) return `${text.trim()} | ${url}`;
  if (column === 'answer') return `[${text.trim()}](${url})`;
  return text;
}

/**
 * A number as typed: a percentage as shown ("5%", not 0.05), a code with leading zeros padded as its format
 * pads it (a ZIP code "02134" in a "00000" cell), and a formula's result without binary noise
 * (0.30000000000000004 is 0.3). Other formats (currency, thousands separators) give the plain number.
 */
function numberText(value: number, numFmt: string | undefined): string {
  const percent = numFmt === undefined ? null : /(?:\.(0+))?%/.exec(numFmt);
  if (percent !== null) return `${Number((value * 100).toFixed(percent[1]?.length ?? 0))}%`;
  const plain = String(Number(value.toPrecision(15)));
  if (numFmt !== undefined && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) {
    return plain.padStart(numFmt.length, '0');
  }
  return plain;
}

/** exceljs reads a date cell as that moment in UTC, so the UTC parts are the ones Excel shows. */
function dateText(date: Date): CellReading {
  if (Number.isNaN(date.getTime())) return { problem: 'holds a date Excel cannot show; type it as text' };
  const [day = '', time = ''] = date.toISOString().slice(0, 19).split('T');
  const clock = time.endsWith(':00') ? time.slice(0, 5) : time;
  if (clock === '00:00') return { text: day };
  // Excel's day zero: a cell with only a time of day.
  return { text: day === '1899-12-30' ? clock : `${day} ${clock}` };
}

/**
 * RFC 4180 CSV: CRLF row ends, as spreadsheets expect, and in quotes every cell that holds a line break, a
 * comma or a quote (doubled), or starts or ends with a space, which some readers would trim.
 */
export function writeCsv(table: readonly string[][]): string {
  return stringify(table as string[][], {
    record_delimiter: 'windows',
    // Given a record delimiter, csv-stringify quotes only cells holding all of it ("\r\n"), not a lone "\n".
    quote_record_delimiter: true,
    quoted_match: /^\s|\s$/,
  });
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
