import type { z } from 'zod';
import {
  asciiWords,
  FAQ_ID_PATTERN,
  type Faq,
  type FrontMatter,
  frontMatterSchema,
  MAX_ANSWER_LENGTH,
  toKebabCase,
} from './faq-schema';
import { didYouMean, relatedIdHint } from './suggest';

/**
 * Rows of a spreadsheet ⇄ FAQs, with no file I/O: the `import` and `export` commands read and write the
 * sheets, this decides what each cell means.
 *
 * A sheet has a header row naming its columns (any case, any order). List cells (alternates, keywords,
 * related) hold one item per line; a one-line cell may separate items with `;` or `|` instead, and keywords
 * and related with `,` too. A links cell holds one link per line, as `title | url` or `[title](url)`. Export
 * writes one item per line, so a sheet round-trips without loss.
 */

export const COLUMNS = ['id', 'question', 'answer', 'alternates', 'keywords', 'category', 'related', 'links'] as const;
export type Column = (typeof COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly Column[] = ['question', 'answer', 'category'];

/** Where a sheet came from: its file, and for a workbook the sheet's own name (its tab). */
export interface SheetSource {
  /** The file name, as problems should mention it. */
  name: string;
  /** The worksheet read, for a workbook; problems name it too. */
  worksheet?: string;
}

/** A sheet as read from a file: the header and each data row with its spreadsheet row number (header = 1). */
export interface Sheet extends SheetSource {
  header: readonly string[];
  rows: ReadonlyArray<{ rowNumber: number; cells: readonly string[] }>;
}

/** One FAQ from one row: validated front matter (without `id`), the Markdown answer and where it came from. */
export interface ImportedFaq {
  id: string;
  /** True when the sheet named the id; false when it was derived from the question. */
  explicitId: boolean;
  frontMatter: Omit<FrontMatter, 'id'>;
  answer: string;
  rowNumber: number;
}

/**
 * The FAQs of a sheet, and the columns it has: a column the sheet does not have says nothing about that field
 * of an FAQ it updates (a column that is there but empty in a row says "none").
 */
export type SheetResult =
  | { ok: true; faqs: ImportedFaq[]; columns: ReadonlySet<Column> }
  | { ok: false; problems: string[] };

/** The column a header cell names (any case, spaces around ignored), if it names one. */
export function columnNamed(headerCell: string | undefined): Column | undefined {
  const name = (headerCell ?? '').trim().toLowerCase();
  return (COLUMNS as readonly string[]).includes(name) ? (name as Column) : undefined;
}

/** True when a header row names the columns every FAQ needs: what tells a sheet of FAQs from any other. */
export function hasFaqColumns(header: readonly string[]): boolean {
  const named = new Set(header.map(columnNamed));
  return REQUIRED_COLUMNS.every((column) => named.has(column));
}

/** A column's letter as a spreadsheet shows it, from its 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The sheet as problems name it: `faqs.csv`, or `faqs.xlsx, sheet "FAQs"`. */
export function sheetPlace(source: string | SheetSource): string {
  if (typeof source === 'string') return source;
  return source.worksheet === undefined ? source.name : `${source.name}, sheet "${source.worksheet}"`;
}

/** A row as problems name it: `faqs.csv row 3`, or `faqs.xlsx, sheet "FAQs", row 3`. */
export function rowPlace(source: string | SheetSource, rowNumber: number): string {
  const worksheet = typeof source !== 'string' && source.worksheet !== undefined;
  return `${sheetPlace(source)}${worksheet ? ',' : ''} row ${rowNumber}`;
}

/**
 * Where a cell is, for a problem about the sheet as a file (its encoding, its quoting, a stray cell):
 * `faqs.csv row 3, column D`, with the column's header in brackets when it has one.
 */
export function cellPlace(
  source: string | SheetSource,
  rowNumber: number,
  columnIndex: number,
  header: readonly string[] = [],
) {
  const named = (header[columnIndex] ?? '').trim();
  return `${rowPlace(source, rowNumber)}, column ${columnLetter(columnIndex)}${named === '' ? '' : ` ("${named}")`}`;
}

/** A cell's text cut to a length that reads well inside a problem. */
export function excerpt(text: string, max = 40): string {
  // By code points, so that an emoji is never cut in half.
  const characters = Array.from(text.replace(/\s+/g, ' ').trim());
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('');
}

/** The list columns, whose cells hold several items. */
export type ListColumn = 'alternates' | 'keywords' | 'related';

/**
 * A list as one cell, one item per line. A lone item that a one-line cell would read otherwise (`a; b` as
 * two keywords, `I'm sick, do I get paid, and how much` as a question for the author) gets a line break
 * after it, which makes the cell "one item per line".
 */
function listCell(column: ListColumn, items: readonly string[]): string {
  const cell = items.join('\n');
  if (items.length !== 1) return cell;
  const read = readList(column, cell);
  return read.problem === undefined && JSON.stringify(read.items) === JSON.stringify(items) ? cell : `${cell}\n`;
}

/** The cells of one FAQ, as export writes them. */
export function faqToRow(faq: Faq): Record<Column, string> {
  return {
    id: faq.id,
    question: faq.question,
    answer: faq.answer,
    alternates: listCell('alternates', faq.alternates),
    keywords: listCell('keywords', faq.keywords),
    category: faq.category,
    related: listCell('related', faq.related),
    links: faq.links.map((link) => `${link.title} | ${link.url}`).join('\n'),
  };
}

/** The header row and one row per FAQ, in column order. */
export function faqsToTable(faqs: readonly Faq[]): string[][] {
  return [[...COLUMNS], ...faqs.map((faq) => COLUMNS.map((column) => faqToRow(faq)[column]))];
}

/**
 * A question as two rows of a sheet would both mean it: its words, ignoring case and punctuation
 * ("When is payday?" and "WHEN IS PAYDAY" are one question). Empty when it has no words.
 */
export function questionKey(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

/** Ids already in the knowledge folder, which `related` may point to, each with its file when known. */
export type KnownIds = Iterable<string> | ReadonlyMap<string, string>;

/** A `related` item that is not an id at all (`Payday`): described once every id is known. */
interface MisspeltRelated {
  rowNumber: number;
  index: number;
  written: string;
}

/**
 * Validates every row with the FAQ schema and gives each an id (its `id` cell, or a short slug of its
 * question, made unique within the sheet). `known` are the ids already in the knowledge folder, which
 * `related` may point to. Every problem names its row and column; any problem means no FAQs.
 */
export function sheetToFaqs(sheet: Sheet, known: KnownIds = []): SheetResult {
  const problems: string[] = [];
  const rowProblems: Array<{ rowNumber: number; text: string }> = [];
  const at = (rowNumber: number, column: string, message: string) =>
    rowProblems.push({ rowNumber, text: `${rowPlace(sheet, rowNumber)}, column "${column}": ${message}` });
  const hasText = (cells: readonly string[]) => cells.some((value) => value.trim() !== '');

  if (!hasText(sheet.header)) {
    const optional = COLUMNS.filter((column) => !REQUIRED_COLUMNS.includes(column));
    const columns = `${REQUIRED_COLUMNS.join(', ')}, and any of ${optional.join(', ')}`;
    return {
      ok: false,
      problems: [
        sheet.rows.some((row) => hasText(row.cells))
          ? `${rowPlace(sheet, 1)}: is empty, but the first row must name the columns (${columns})`
          : `${sheetPlace(sheet)}: is empty; a sheet of FAQs has a first row naming its columns (${columns}) and one FAQ in each row after it`,
      ],
    };
  }

  const columnIndex = new Map<Column, number>();
  sheet.header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    const column = columnNamed(name);
    if (column === undefined) {
      problems.push(
        `${rowPlace(sheet, 1)}: unknown column "${raw.trim()}"${didYouMean(name, COLUMNS)}; the columns are ${COLUMNS.join(', ')}`,
      );
    } else if (columnIndex.has(column)) {
      problems.push(`${rowPlace(sheet, 1)}: column "${column}" appears twice`);
    } else {
      columnIndex.set(column, index);
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columnIndex.has(column)) problems.push(`${rowPlace(sheet, 1)}: there is no "${column}" column`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const cell = (cells: readonly string[], column: Column) => {
    const index = columnIndex.get(column);
    return index === undefined ? '' : (cells[index] ?? '').replace(/\r\n?/g, '\n');
  };
  const list = (rowNumber: number, cells: readonly string[], column: ListColumn) => {
    const read = readList(column, cell(cells, column));
    if (read.problem !== undefined) at(rowNumber, column, read.problem);
    return read.items;
  };

  const rows: Array<Omit<ImportedFaq, 'id' | 'explicitId'> & { id?: string }> = [];
  /** Ids of rows with problems of their own, and their rows: a link to one is not another problem. */
  const brokenIds = new Map<string, number>();
  const misspelt: MisspeltRelated[] = [];
  const rowOfQuestion = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    if (!hasText(cells)) continue;
    // A cell under no column name would be dropped: the author typed it, so it must go somewhere on purpose.
    cells.forEach((value, index) => {
      if (value.trim() === '' || (sheet.header[index] ?? '').trim() !== '') return;
      rowProblems.push({
        rowNumber,
        text:
          `${cellPlace(sheet, rowNumber, index)}: "${excerpt(value)}" is under no column name, so it would be lost; ` +
          'move it into a named column, or name its column in row 1',
      });
    });
    const question = cell(cells, 'question');
    const key = questionKey(question);
    const twin = rowOfQuestion.get(key);
    if (key !== '' && twin !== undefined) {
      at(
        rowNumber,
        'question',
        `"${excerpt(question)}" is the same question as row ${twin}'s; each FAQ needs its own: merge the two rows, or reword one`,
      );
    } else if (key !== '') {
      rowOfQuestion.set(key, rowNumber);
    }
    const links = parseLinks(cell(cells, 'links'));
    links.problems.forEach((message) => {
      at(rowNumber, 'links', message);
    });
    const idCell = cell(cells, 'id').trim();
    const problemsBefore = rowProblems.length;
    const alternates = list(rowNumber, cells, 'alternates');
    const keywords = list(rowNumber, cells, 'keywords');
    const related = list(rowNumber, cells, 'related');
    const listsRead = rowProblems.length === problemsBefore;
    const parsed = frontMatterSchema.safeParse({
      ...(idCell === '' ? {} : { id: idCell }),
      question,
      alternates,
      keywords,
      category: cell(cells, 'category'),
      related,
      links: links.links,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path;
        if (field === 'related' && typeof index === 'number' && issue.code === 'invalid_format') {
          misspelt.push({ rowNumber, index, written: related[index] ?? '' });
        } else if (field === 'id' && issue.code === 'invalid_format') {
          const kebab = toKebabCase(idCell);
          at(rowNumber, 'id', `${issue.message}${kebab === undefined ? '' : ` (did you mean "${kebab}"?)`}`);
        } else {
          at(rowNumber, columnOf(issue), describe(issue));
        }
      }
    }
    const answer = cell(cells, 'answer').trim();
    if (answer === '') at(rowNumber, 'answer', 'is empty');
    else if (answer.length > MAX_ANSWER_LENGTH) {
      at(rowNumber, 'answer', `is ${answer.length} characters; keep it under ${MAX_ANSWER_LENGTH}`);
    }
    if (parsed.success && listsRead && answer !== '' && links.problems.length === 0) {
      const { id, ...frontMatter } = parsed.data;
      rows.push({ id, frontMatter, answer, rowNumber });
    } else {
      brokenIds.set(idCell !== '' ? idCell : slugify(question, { dropFiller: true }), rowNumber);
    }
  }

  // Ids the sheet names come first, so a derived id never takes one a later row asked for.
  const rowOfId = new Map<string, number>();
  for (const row of rows) {
    if (row.id === undefined) continue;
    const earlier = rowOfId.get(row.id);
    if (earlier !== undefined) at(row.rowNumber, 'id', `"${row.id}" is already the id of row ${earlier}`);
    else rowOfId.set(row.id, row.rowNumber);
  }
  const faqs: ImportedFaq[] = rows.map((row) => {
    if (row.id !== undefined) return { ...row, id: row.id, explicitId: true };
    const base = slugify(row.frontMatter.question, { dropFiller: true });
    let id = base;
    for (let n = 2; rowOfId.has(id); n++) id = `${base.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
    rowOfId.set(id, row.rowNumber);
    return { ...row, id, explicitId: false };
  });

  /** Every id a `related` item may name, and where it is, as a problem names it. */
  const places = new Map<string, { rowNumber?: number; shown: string }>();
  const folder: ReadonlyMap<string, string | undefined> =
    known instanceof Map ? known : new Map([...(known as Iterable<string>)].map((id) => [id, undefined]));
  for (const [id, file] of folder) places.set(id, { shown: file ?? 'an FAQ in the folder' });
  for (const [id, rowNumber] of [...brokenIds, ...rowOfId]) places.set(id, { rowNumber, shown: `row ${rowNumber}` });
  const ids = new Set([...folder.keys(), ...rowOfId.keys()]);
  for (const faq of faqs) {
    faq.frontMatter.related.forEach((relatedId, index) => {
      const item = `item ${index + 1} "${relatedId}"`;
      if (relatedId === faq.id) at(faq.rowNumber, 'related', `${item} is this FAQ's own id`);
      else if (!ids.has(relatedId) && !brokenIds.has(relatedId)) {
        at(faq.rowNumber, 'related', `${item} is not the id of any FAQ${didYouMean(relatedId, ids)}`);
      }
    });
  }
  for (const { rowNumber, index, written } of misspelt) {
    at(
      rowNumber,
      'related',
      `item ${index + 1} "${written}" ${KEBAB_CASE}${kebabSuggestion(written, rowNumber, places)}`,
    );
  }
  if (rowProblems.length === 0) return { ok: true, faqs, columns: new Set(columnIndex.keys()) };
  // By row, as the author works down the sheet (the sort is stable, so a row's own order stays).
  return { ok: false, problems: rowProblems.sort((a, b) => a.rowNumber - b.rowNumber).map(({ text }) => text) };
}

const KEBAB_CASE = 'must be kebab-case: lowercase letters, digits and single hyphens';

/**
 * What a `related` item that is not an id (`Payday`, `Sick_Leave`) was meant to be, as validate says it for
 * an FAQ file: its kebab-case form when an FAQ has that id, else the id closest to it, else the form itself.
 */
function kebabSuggestion(
  written: string,
  rowNumber: number,
  places: ReadonlyMap<string, { rowNumber?: number; shown: string }>,
): string {
  // Other FAQs only: "Payday" in the payday row must not be told to relate that FAQ to itself.
  const others = new Map(
    [...places].filter(([, place]) => place.rowNumber !== rowNumber).map(([id, place]) => [id, place.shown]),
  );
  return relatedIdHint(written, (id) => places.get(id)?.rowNumber === rowNumber, others);
}

/**
 * Items of a list cell: one per line, or separated by `;` or `|` when the cell is a single line, and with
 * `commas` by `,` too (for keywords and related: short items, which hardly ever hold one).
 */
export function splitList(value: string, { commas = false } = {}): string[] {
  const separator = value.includes('\n') ? '\n' : commas ? /[;|,]/ : /[;|]/;
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * A list cell as its column reads it. A one-line keywords cell splits on commas too, and a related cell on
 * every separator (an id holds none). An alternate may hold a comma ("I missed my lunch break, will I get
 * paid"), so a one-line alternates cell with commas and no other separator is read as one phrasing only when
 * it reads as one: a single question ending in "?", or a statement and a question ("I'm part time, can I get
 * medical"). Otherwise the author is asked which it is.
 */
export function readList(column: ListColumn, value: string): { items: string[]; problem?: string } {
  // An id never holds a separator, so a related cell splits on all of them, even with one id per line.
  if (column === 'related') return { items: splitList(value.replace(/[;|,]/g, '\n')) };
  if (column === 'keywords') return { items: splitList(value, { commas: true }) };
  const items = splitList(value);
  const [only] = items;
  if (items.length !== 1 || only === undefined || value.includes('\n') || /[;|]/.test(value)) return { items };
  const parts = only
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
  if (parts.length < 2 || onePhrasing(only, parts)) return { items };
  return {
    items,
    problem:
      `"${excerpt(only, 60)}" has commas but no ";": if it is ${parts.length} alternates, separate them with ";" ` +
      `("${excerpt(parts.join('; '), 60)}") or put each on a line of its own; if it is one phrasing, end it with "?"`,
  };
}

/** Words a question starts with: `when do we get paid`, `can I carry days over`. */
const QUESTION_START = new Set(
  [
    'what when where who whom whose why how which whats whens wheres whos hows',
    'can could do does did is are am was were will would should shall may might must have has',
    'cant couldnt dont doesnt didnt isnt arent wont wouldnt shouldnt',
  ]
    .join(' ')
    .split(' '),
);

/** A cell split at its commas that still reads as one phrasing, not as a list of them. */
function onePhrasing(text: string, parts: readonly string[]): boolean {
  if (text.endsWith('?') && text.indexOf('?') === text.length - 1) return true;
  const questionLike = (part: string) =>
    part.endsWith('?') || QUESTION_START.has(asciiWords(part.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '');
  return parts.length === 2 && parts.filter(questionLike).length === 1;
}

const MARKDOWN_LINK = /^\[(.*)\]\(\s*(\S+?)\s*\)$/;

/** Links, one per line: `title | url` or `[title](url)`. */
export function parseLinks(value: string): { links: Array<{ title: string; url: string }>; problems: string[] } {
  const links: Array<{ title: string; url: string }> = [];
  const problems: string[] = [];
  value.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const markdown = MARKDOWN_LINK.exec(line);
    const bar = line.lastIndexOf('|');
    if (markdown) links.push({ title: markdown[1] ?? '', url: markdown[2] ?? '' });
    else if (bar > 0) links.push({ title: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() });
    else problems.push(`line ${index + 1} "${line}" is not a link; write it as "title | url" or "[title](url)"`);
  });
  return { links, problems };
}

function columnOf(issue: z.core.$ZodIssue): string {
  const [key] = issue.path;
  if (issue.code === 'unrecognized_keys' || typeof key !== 'string') return 'question';
  return key;
}

/** A zod issue as it reads next to a column name: `item 2 is empty`, `link 1 url must be …`. */
function describe(issue: z.core.$ZodIssue): string {
  const [, index, field] = issue.path;
  if (typeof index !== 'number') return issue.message;
  const kind = issue.path[0] === 'links' ? 'link' : 'item';
  return `${kind} ${index + 1}${typeof field === 'string' ? ` ${field}` : ''} ${issue.message}`;
}

/** Ids stay short enough to read in a file name and a `related:` list. */
const MAX_SLUG_LENGTH = 48;
const MAX_SLUG_WORDS = 6;
/** Words that say little about a question; dropped from derived ids unless nothing else is left. */
const FILLER = new Set(
  'a an the is are was were be do does did can could should would will i we my our you your me to of for in on at by with and or if how what when where who whom which why it its this that there'.split(
    ' ',
  ),
);

/**
 * A kebab-case id from free text: "How much PTO do I get?" → `how-much-pto-get`… with `dropFiller`,
 * `much-pto-get`. Short (at most six words, 48 characters, cut at a word), ASCII, never empty.
 */
export function slugify(text: string, options: { dropFiller?: boolean } = {}): string {
  const all = asciiWords(text);
  const kept = options.dropFiller ? all.filter((word) => !FILLER.has(word)) : all;
  const chosen = (kept.length > 0 ? kept : all).slice(0, MAX_SLUG_WORDS);
  let slug = '';
  for (const word of chosen) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (slug === '') slug = (chosen[0] ?? '').slice(0, MAX_SLUG_LENGTH);
  return FAQ_ID_PATTERN.test(slug) ? slug : 'faq';
}
