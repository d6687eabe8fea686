import type { z } from 'zod';
import {
  asciiWords,
  FAQ_ID_PATTERN,
  type Faq,
  type FrontMatter,
  frontMatterSchema,
  MAX_ANSWER_LENGTH,
} from './faq-schema';
import { didYouMean } from './suggest';

/**
 * Rows of a spreadsheet ⇄ FAQs, with no file I/O: the `import` and `export` commands read and write the
 * sheets, this decides what each cell means.
 *
 * A sheet has a header row naming its columns (any case, any order). List cells (alternates, keywords,
 * related) hold one item per line; a one-line cell may separate items with `;` or `|` instead. A links cell
 * holds one link per line, as `title | url` or `[title](url)`. Export writes one item per line, so a sheet
 * round-trips without loss.
 */

export const COLUMNS = ['id', 'question', 'answer', 'alternates', 'keywords', 'category', 'related', 'links'] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['question', 'answer', 'category'];

/** A sheet as read from a file: the header and each data row with its spreadsheet row number (header = 1). */
export interface Sheet {
  /** The file name, as problems should mention it. */
  name: string;
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

export type SheetResult = { ok: true; faqs: ImportedFaq[] } | { ok: false; problems: string[] };

/** The column a header cell names (any case, spaces around ignored), if it names one. */
export function columnNamed(headerCell: string | undefined): Column | undefined {
  const name = (headerCell ?? '').trim().toLowerCase();
  return (COLUMNS as readonly string[]).includes(name) ? (name as Column) : undefined;
}

/** A column's letter as a spreadsheet shows it, from its 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Where a cell is, for a problem about the sheet as a file (its encoding, its quoting, a stray cell):
 * `faqs.csv row 3, column D`, with the column's header in brackets when it has one.
 */
export function cellPlace(sheetName: string, rowNumber: number, columnIndex: number, header: readonly string[] = []) {
  const named = (header[columnIndex] ?? '').trim();
  return `${sheetName} row ${rowNumber}, column ${columnLetter(columnIndex)}${named === '' ? '' : ` ("${named}")`}`;
}

/** A cell's text cut to a length that reads well inside a problem. */
export function excerpt(text: string, max = 40): string {
  // By code points, so that an emoji is never cut in half.
  const characters = Array.from(text.replace(/\s+/g, ' ').trim());
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('');
}

/** The cells of one FAQ, as export writes them. */
export function faqToRow(faq: Faq): Record<Column, string> {
  return {
    id: faq.id,
    question: faq.question,
    answer: faq.answer,
    alternates: faq.alternates.join('\n'),
    keywords: faq.keywords.join('\n'),
    category: faq.category,
    related: faq.related.join('\n'),
    links: faq.links.map((link) => `${link.title} | ${link.url}`).join('\n'),
  };
}

/** The header row and one row per FAQ, in column order. */
export function faqsToTable(faqs: readonly Faq[]): string[][] {
  return [[...COLUMNS], ...faqs.map((faq) => COLUMNS.map((column) => faqToRow(faq)[column]))];
}

/**
 * Validates every row with the FAQ schema and gives each an id (its `id` cell, or a short slug of its
 * question, made unique within the sheet). `knownIds` are the ids already in the knowledge folder, which
 * `related` may point to. Every problem names its row and column; any problem means no FAQs.
 */
export function sheetToFaqs(sheet: Sheet, knownIds: Iterable<string> = []): SheetResult {
  const problems: string[] = [];
  const rowProblems: Array<{ rowNumber: number; text: string }> = [];
  const at = (rowNumber: number, column: string, message: string) =>
    rowProblems.push({ rowNumber, text: `${sheet.name} row ${rowNumber}, column "${column}": ${message}` });

  const columnIndex = new Map<Column, number>();
  sheet.header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    const column = columnNamed(name);
    if (column === undefined) {
      problems.push(
        `${sheet.name} row 1: unknown column "${raw.trim()}"${didYouMean(name, COLUMNS)}; the columns are ${COLUMNS.join(', ')}`,
      );
    } else if (columnIndex.has(column)) {
      problems.push(`${sheet.name} row 1: column "${column}" appears twice`);
    } else {
      columnIndex.set(column, index);
    }
  });
  for (const column of REQUIRED) {
    if (!columnIndex.has(column)) problems.push(`${sheet.name} row 1: there is no "${column}" column`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const cell = (cells: readonly string[], column: Column) => {
    const index = columnIndex.get(column);
    return index === undefined ? '' : (cells[index] ?? '').replace(/\r\n?/g, '\n');
  };

  const rows: Array<Omit<ImportedFaq, 'id' | 'explicitId'> & { id?: string }> = [];
  /** Ids of rows with problems of their own: a link to one is not another problem. */
  const brokenIds = new Set<string>();
  for (const { rowNumber, cells } of sheet.rows) {
    if (cells.every((value) => value.trim() === '')) continue;
    // A cell under no column name would be dropped: the author typed it, so it must go somewhere on purpose.
    cells.forEach((value, index) => {
      if (value.trim() === '' || (sheet.header[index] ?? '').trim() !== '') return;
      rowProblems.push({
        rowNumber,
        text:
          `${cellPlace(sheet.name, rowNumber, index)}: "${excerpt(value)}" is under no column name, so it would be lost; ` +
          'move it into a named column, or name its column in row 1',
      });
    });
    const links = parseLinks(cell(cells, 'links'));
    links.problems.forEach((message) => {
      at(rowNumber, 'links', message);
    });
    const idCell = cell(cells, 'id').trim();
    const parsed = frontMatterSchema.safeParse({
      ...(idCell === '' ? {} : { id: idCell }),
      question: cell(cells, 'question'),
      alternates: splitList(cell(cells, 'alternates')),
      keywords: splitList(cell(cells, 'keywords')),
      category: cell(cells, 'category'),
      related: splitList(cell(cells, 'related')),
      links: links.links,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) at(rowNumber, columnOf(issue), describe(issue));
    }
    const answer = cell(cells, 'answer').trim();
    if (answer === '') at(rowNumber, 'answer', 'is empty');
    else if (answer.length > MAX_ANSWER_LENGTH) {
      at(rowNumber, 'answer', `is ${answer.length} characters; keep it under ${MAX_ANSWER_LENGTH}`);
    }
    if (parsed.success && answer !== '' && links.problems.length === 0) {
      const { id, ...frontMatter } = parsed.data;
      rows.push({ id, frontMatter, answer, rowNumber });
    } else {
      const question = cell(cells, 'question');
      brokenIds.add(idCell !== '' ? idCell : slugify(question, { dropFiller: true }));
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

  const ids = new Set([...knownIds, ...rowOfId.keys()]);
  for (const faq of faqs) {
    faq.frontMatter.related.forEach((relatedId, index) => {
      const item = `item ${index + 1} "${relatedId}"`;
      if (relatedId === faq.id) at(faq.rowNumber, 'related', `${item} is this FAQ's own id`);
      else if (!ids.has(relatedId) && !brokenIds.has(relatedId)) {
        at(faq.rowNumber, 'related', `${item} is not the id of any FAQ${didYouMean(relatedId, ids)}`);
      }
    });
  }
  if (rowProblems.length === 0) return { ok: true, faqs };
  // By row, as the author works down the sheet (the sort is stable, so a row's own order stays).
  return { ok: false, problems: rowProblems.sort((a, b) => a.rowNumber - b.rowNumber).map(({ text }) => text) };
}

/** Items of a list cell: one per line, or separated by `;` or `|` when the cell is a single line. */
export function splitList(value: string): string[] {
  const separator = value.includes('\n') ? '\n' : /[;|]/;
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
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
