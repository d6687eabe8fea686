import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { knowledgeEnvSchema } from '../../config/env';
import { type FaqContent, renderFaqFile, updateFaqFile } from '../../knowledge/faq-file';
import type { Faq } from '../../knowledge/faq-schema';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';
import { listMarkdownFiles, loadKnowledgeBase } from '../../knowledge/load-knowledge';
import { modifiedTime } from '../../knowledge/modified-time';
import { displayPath, formatProblem, type KnowledgeProblem } from '../../knowledge/problems';
import {
  COLUMNS,
  type Column,
  type ImportedFaq,
  questionKey,
  rowPlace,
  sheetPlace,
  sheetToFaqs,
  slugify,
} from '../../knowledge/spreadsheet';
import { errorCode, errorText } from '../../runtime/error-details';
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';
import { loadForCli, readCliEnv } from '../load-for-cli';
import { formatOf, readSheet, type SheetRead } from '../spreadsheet-files';
import { unwritable } from '../write-errors';
import { describeFindings, type Findings, findingsOf, validSummary } from './validate';

export const IMPORT_USAGE =
  'import <faqs.csv|faqs.xlsx> [--write] [--dir <folder>]   turn a spreadsheet into FAQ files (a dry run without --write)';

/** What importing one row does to the knowledge folder. */
export interface PlannedFile {
  status: 'new' | 'changed' | 'unchanged';
  file: string;
  content: string;
  rowNumber: number;
  /** For a changed FAQ, the fields that change, in file order. */
  changes: readonly (typeof CONTENT_KEYS)[number][];
}

/**
 * `import`: a spreadsheet of FAQs becomes Markdown files. A row whose id is already in the folder updates
 * that file in place, leaving the fields the sheet has no column for as they are; any other row becomes
 * `<category>/<id>.md`. Nothing is ever deleted. Without `--write` it shows what would change and checks the
 * result as `--write` would, in a scratch copy of the folder; with any problem it writes nothing, and when the
 * folder fails validation after writing, it is put back as it was. A row that would change a file edited
 * after the sheet was saved is flagged (the sheet may be older than the edit), and the FAQs the sheet has no
 * row for are counted: they stay as they are.
 */
export async function importCommand(
  io: CliIo,
  options: { write: boolean; dir?: string },
  positionals: string[],
): Promise<ExitCode> {
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0 || formatOf(file) === undefined) {
    io.stderr(`Give one .csv or .xlsx file.\nUsage: hrfaq ${IMPORT_USAGE}\n`);
    return EXIT_USAGE;
  }
  const env = readCliEnv(io, knowledgeEnvSchema);
  if (!env) return EXIT_INVALID;
  const directory = path.resolve(options.dir ?? env.KNOWLEDGE_DIR);

  const before = loadExisting(io, directory);
  if (!before) return EXIT_INVALID;
  const existing = before.faqs;

  let read: SheetRead;
  try {
    read = await readSheet(file);
  } catch (error) {
    io.stderr(`${file}: ${unreadable(error)}\n`);
    return EXIT_INVALID;
  }
  if (!read.ok) {
    reportProblems(io, read.problems);
    return EXIT_INVALID;
  }
  const { sheet } = read;
  const sheetSaved = modifiedTime(file);
  const result = sheetToFaqs(sheet, new Map(existing.map((faq) => [faq.id, faq.source.file])));
  if (!result.ok) {
    reportProblems(io, result.problems);
    return EXIT_INVALID;
  }
  const planned = planFiles(result.faqs, existing, directory, result.columns);
  if (!planned.ok) {
    reportProblems(
      io,
      planned.problems.map(({ rowNumber, text }) => `${rowPlace(sheet, rowNumber)}, ${text}`),
    );
    return EXIT_INVALID;
  }

  const byStatus = (status: PlannedFile['status']) => planned.files.filter((planned) => planned.status === status);
  const toWrite = [...byStatus('new'), ...byStatus('changed')];
  io.stdout(
    `${sheetPlace(sheet)}: ${result.faqs.length} FAQ${result.faqs.length === 1 ? '' : 's'} for ${displayPath(directory)}` +
      `${options.write ? '' : ' (dry run: nothing written; add --write to write)'}\n`,
  );
  if (read.note !== undefined) io.stdout(`  (${read.note})\n`);
  for (const planned of toWrite) {
    const changes = planned.status === 'changed' ? `: ${planned.changes.join(', ')}` : '';
    io.stdout(`  ${planned.status.padEnd(9)} ${displayPath(planned.file)}  (row ${planned.rowNumber}${changes})\n`);
    // A sheet exported before an edit to the file would put back what the edit replaced.
    const edited = planned.status === 'changed' ? modifiedTime(planned.file) : undefined;
    if (edited !== undefined && sheetSaved !== undefined && edited > sheetSaved) {
      io.stdout(
        `            warning: ${displayPath(planned.file)} was changed after ${path.basename(file)} was saved: ` +
          `importing puts back the sheet's ${inWords(planned.changes, 'and')}\n`,
      );
    }
  }
  const unchanged = byStatus('unchanged').length;
  io.stdout(`  ${unchanged} unchanged\n`);
  // A row deleted from the sheet deletes nothing: say so, lest HR think it did.
  const inSheet = new Set(result.faqs.map((faq) => faq.id));
  const notInSheet = existing.filter((faq) => !inSheet.has(faq.id));
  if (notInSheet.length > 0) {
    const shown = notInSheet.slice(0, SHOWN_FILES).map((faq) => displayPath(faq.source.path));
    const more = notInSheet.length > SHOWN_FILES ? ` and ${notInSheet.length - SHOWN_FILES} more` : '';
    const one = notInSheet.length === 1;
    io.stdout(
      `  ${notInSheet.length} FAQ${one ? '' : 's'} in the folder ${one ? 'has' : 'have'} no row in the sheet and ` +
        `${one ? 'stays as it is' : 'stay as they are'} (deleting a row deletes nothing): ${shown.join(', ')}${more}\n`,
    );
  }
  // What an update leaves alone is as much a part of it as what it changes.
  const kept = OPTIONAL_FIELDS.filter((column) => !result.columns.has(column));
  if (kept.length > 0 && planned.files.some((planned) => planned.status !== 'new')) {
    io.stdout(
      `  The sheet has no ${inWords(kept, 'or')} column, so the FAQs it updates keep their ${inWords(kept, 'and')}.\n`,
    );
  }
  if (toWrite.length === 0) return EXIT_OK;
  if (!options.write) return checkDryRun(io, directory, before.kb, toWrite);

  const written = writePlanned(toWrite);
  if (!written.ok) {
    const restored = undo(written.undo);
    io.stderr(
      `${displayPath(written.file)}: ${unwritable(written.error, written.file)}. Nothing was kept: ` +
        `${restoredText(restored, directory)}\n`,
    );
    return EXIT_INVALID;
  }
  io.stdout(`Wrote ${toWrite.length} file${toWrite.length === 1 ? '' : 's'}. Checking the knowledge base…\n`);
  let checked: Checked;
  try {
    checked = checkImported(io, directory, before.kb);
  } catch (error) {
    const restored = undo(written.undo);
    io.stderr(`Checking the knowledge base failed, so the import was undone: ${restoredText(restored, directory)}\n`);
    throw error;
  }
  if (!checked.ok) {
    if (checked.brought.length > 0) io.stderr(describeFindings({ unfinished: [], collisions: checked.brought }));
    const restored = undo(written.undo);
    io.stderr(
      `The knowledge base would not pass validation with these rows, so the import was undone: ${restoredText(restored, directory)} ` +
        'Fix the rows of the files named above (the list before "Wrote" gives each file its row), then import again.\n',
    );
    return EXIT_INVALID;
  }
  const { kb: loaded, after } = checked;
  if (after.unfinished.length > 0 || after.collisions.length > 0) {
    const { length } = loaded.faqs;
    io.stdout(`Imported. ${displayPath(directory)} now has ${length} FAQ${length === 1 ? '' : 's'}.\n`);
    io.stderr(`Still to do before deploying (npm run validate lists it until it is done):\n${describeFindings(after)}`);
    return EXIT_OK;
  }
  io.stdout(validSummary(loaded));
  return EXIT_OK;
}

/** How many files a line naming some of them names. */
const SHOWN_FILES = 3;

/** The folder after an import, checked as validate checks it; not ok when it fails to load or the import brings a finding. */
type Checked = { ok: true; kb: KnowledgeBase; after: Findings } | { ok: false; brought: KnowledgeProblem[] };

/**
 * Loads the folder as the import leaves it (saying why when it does not load) and compares what validate
 * finds with what it found before: what was there before the import is not the sheet's doing, so only what
 * the import brings fails it. A starter marker left, or a category spelt two ways, is for HR to finish: it
 * never fails an import.
 */
function checkImported(
  io: CliIo,
  directory: string,
  before: KnowledgeBase | undefined,
  { render = true }: { render?: boolean } = {},
): Checked {
  // (a finding is the same one if only its line, or an alternate's place in its list, moved; and its paths
  // are read within its folder, so that a scratch copy's findings compare with the folder's)
  const keyOf =
    (folder: string) =>
    ({ file, message }: KnowledgeProblem) => {
      const within = (text: string) => text.split(displayPath(folder)).join('');
      return `${within(file)}\u0000${within(message).replace(/\[\d+\]/g, '[]')}`;
    };
  const foundBefore = new Set((before ? findingsOf(before).collisions : []).map(keyOf(before?.directory ?? '')));
  const loaded = loadForCli(io, knowledgeEnvSchema, directory, { render });
  if (!loaded) return { ok: false, brought: [] };
  const after = findingsOf(loaded.kb);
  const brought = after.collisions.filter((problem) => !foundBefore.has(keyOf(directory)(problem)));
  return brought.length > 0 ? { ok: false, brought } : { ok: true, kb: loaded.kb, after };
}

/**
 * The dry run's check: the planned files written into a scratch copy of the folder (what the loader reads,
 * with their times, which decide which FAQ of a clashing pair validate names), checked there as `--write`
 * checks the folder itself, with the copy's paths shown as the folder's. The folder is never written.
 */
function checkDryRun(
  io: CliIo,
  directory: string,
  before: KnowledgeBase | undefined,
  files: readonly PlannedFile[],
): ExitCode {
  const scratch = mkdtempSync(path.join(tmpdir(), 'hrfaq-import-check-'));
  try {
    // (named as the folder is, so that paths shown from it read the same)
    const copy = path.join(scratch, path.basename(directory));
    copyKnowledge(directory, copy);
    for (const planned of files) {
      const inFolder = path.relative(directory, planned.file);
      if (inFolder.startsWith('..') || path.isAbsolute(inFolder)) {
        throw new Error(`${displayPath(planned.file)} is not in ${displayPath(directory)}`);
      }
      const target = path.join(copy, inFolder);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, planned.content);
    }
    const asFolder = (text: string) => text.split(displayPath(copy)).join(displayPath(directory));
    const shown: CliIo = {
      ...io,
      stdout: (text) => io.stdout(asFolder(text)),
      stderr: (text) => io.stderr(asFolder(text)),
    };
    // (answers are converted for Slack only by --write, which reports one too slow to convert: at 10,000 FAQs
    // that takes some 20 s, too long for a look at what a sheet would change)
    const checked = checkImported(shown, copy, before, { render: false });
    if (checked.ok) return EXIT_OK;
    if (checked.brought.length > 0) shown.stderr(describeFindings({ unfinished: [], collisions: checked.brought }));
    io.stderr(
      'The knowledge base would not pass validation with these rows, so --write would undo the import (nothing ' +
        'was written). Fix the rows of the files named above (the list above gives each file its row), then import again.\n',
    );
    return EXIT_INVALID;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Copies what the loader reads from a knowledge folder (its FAQ files, and the YAML files beside them) with
 * their modification times; an empty folder when there is none yet.
 */
function copyKnowledge(directory: string, copy: string): void {
  mkdirSync(copy, { recursive: true });
  if (!existsSync(directory)) return;
  const topYaml = readdirSync(directory)
    .filter((name) => /\.ya?ml$/i.test(name))
    .map((name) => path.join(directory, name));
  for (const file of [...listMarkdownFiles(directory), ...topYaml]) {
    const target = path.join(copy, path.relative(directory, file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
    const { atime, mtime } = statSync(file);
    utimesSync(target, atime, mtime);
  }
}

/** The fields a sheet may leave out; an FAQ it updates keeps its own. */
const OPTIONAL_FIELDS = ['alternates', 'keywords', 'related', 'links'] as const satisfies readonly Column[];

/** `a, b or c`. */
function inWords(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** What writing changed, to put the folder back as it was: new files, changed files' bytes, new folders. */
interface Undo {
  created: string[];
  replaced: Array<{ file: string; bytes: Buffer; atime: Date; mtime: Date }>;
  /** Folders made for new files, outermost first. */
  folders: string[];
}

/** Writes the planned files, remembering how to undo each step; stops at the first that cannot be written. */
function writePlanned(
  files: readonly PlannedFile[],
): { ok: true; undo: Undo } | { ok: false; undo: Undo; file: string; error: unknown } {
  const undo: Undo = { created: [], replaced: [], folders: [] };
  for (const planned of files) {
    try {
      const missing: string[] = [];
      for (let folder = path.dirname(planned.file); !existsSync(folder); folder = path.dirname(folder)) {
        missing.unshift(folder);
      }
      mkdirSync(path.dirname(planned.file), { recursive: true });
      undo.folders.push(...missing);
      if (existsSync(planned.file)) {
        // (its times too: validate blames the FAQ changed last for a clash, so an undo must not change them)
        const { atime, mtime } = statSync(planned.file);
        undo.replaced.push({ file: planned.file, bytes: readFileSync(planned.file), atime, mtime });
      } else {
        undo.created.push(planned.file);
      }
      writeFileSync(planned.file, planned.content);
    } catch (error) {
      return { ok: false, undo, file: planned.file, error };
    }
  }
  return { ok: true, undo };
}

/** Puts the folder back as it was before writing; returns the files and folders that could not be put back. */
function undo({ created, replaced, folders }: Undo): string[] {
  const failed: string[] = [];
  const attempt = (file: string, step: () => void) => {
    try {
      step();
    } catch {
      failed.push(displayPath(file));
    }
  };
  for (const { file, bytes, atime, mtime } of replaced) {
    attempt(file, () => {
      writeFileSync(file, bytes);
      utimesSync(file, atime, mtime);
    });
  }
  for (const file of created) attempt(file, () => rmSync(file, { force: true }));
  // Innermost first, so each folder is empty by the time it is removed.
  for (const folder of [...folders].reverse()) attempt(folder, () => rmdirSync(folder));
  return failed;
}

function restoredText(failed: readonly string[], directory: string): string {
  if (failed.length === 0) return `${displayPath(directory)} is as it was before the import.`;
  return (
    `Putting ${displayPath(directory)} back as it was failed for ${failed.join(', ')}; ` +
    'check those by hand (git status shows them if the folder is in git).'
  );
}

/**
 * The knowledge base already in the folder: none when it is new or empty; undefined (after saying why) when
 * it does not load.
 */
function loadExisting(io: CliIo, directory: string): { faqs: readonly Faq[]; kb?: KnowledgeBase } | undefined {
  if (!existsSync(directory) || listMarkdownFiles(directory).length === 0) return { faqs: [] };
  const loaded = loadKnowledgeBase(directory);
  if (loaded.ok) return { faqs: loaded.kb.faqs, kb: loaded.kb };
  io.stderr(
    `${displayPath(directory)} has problems to fix before importing into it (npm run validate lists them):\n` +
      `${loaded.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}\n`,
  );
  return undefined;
}

/** Why a file could not be opened at all, in words rather than an error code. */
function unreadable(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to read it';
    default:
      return `cannot be read (${errorText(error)})`;
  }
}

function reportProblems(io: CliIo, problems: readonly string[]): void {
  io.stderr(
    `Nothing was written: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
      `${problems.map((problem) => `  ${problem}`).join('\n')}\n`,
  );
}

/** A problem with one row's place in the folder: `text` follows the row's place (`column "id": …`). */
export interface PlanProblem {
  rowNumber: number;
  text: string;
}

/**
 * Where each imported FAQ goes and what the file will hold, compared with what is there now. `columns` are
 * the sheet's: an FAQ the sheet updates keeps the fields it has no column for.
 */
export function planFiles(
  faqs: readonly ImportedFaq[],
  existing: readonly Faq[],
  directory: string,
  columns: ReadonlySet<Column> = new Set(COLUMNS),
): { ok: true; files: PlannedFile[] } | { ok: false; problems: PlanProblem[] } {
  const byId = new Map(existing.map((faq) => [faq.id, faq]));
  const files: PlannedFile[] = [];
  const problems: PlanProblem[] = [];
  const claimed = new Map<string, number>();
  for (const imported of faqs) {
    const current = byId.get(imported.id);
    const content = withKeptFields({ ...imported.frontMatter, answer: imported.answer }, current, columns);
    if (current) {
      const changes = CONTENT_KEYS.filter((key) => !sameField(contentOf(current), content, key));
      // An id made from the question that happens to be a FAQ's id is a new FAQ by accident, not an edit:
      // replacing that FAQ would lose what the row leaves out. Re-importing the same row loses nothing.
      if (!imported.explicitId && changes.length > 0) {
        problems.push(derivedIdTaken(imported, current));
        continue;
      }
      const raw = readFileSync(current.source.path, 'utf8');
      const updated = changes.length === 0 ? raw : updateFaqFile(raw, content);
      if (updated === undefined) {
        problems.push({ rowNumber: imported.rowNumber, text: `column "id": ${current.source.file} cannot be updated` });
        continue;
      }
      files.push({
        status: updated === raw ? 'unchanged' : 'changed',
        file: current.source.path,
        content: updated,
        rowNumber: imported.rowNumber,
        changes,
      });
      continue;
    }
    const file = path.join(directory, slugify(imported.frontMatter.category), `${imported.id}.md`);
    const earlier = claimed.get(file);
    if (existsSync(file) || earlier !== undefined) {
      problems.push({
        rowNumber: imported.rowNumber,
        text: `column "id": ${displayPath(file)} ${earlier === undefined ? 'already exists with another id' : `is also row ${earlier}'s file`}`,
      });
      continue;
    }
    claimed.set(file, imported.rowNumber);
    // A file named after its id needs no `id:` key.
    files.push({ status: 'new', file, content: renderFaqFile(content), rowNumber: imported.rowNumber, changes: [] });
  }
  problems.push(...questionsTaken(faqs, existing));
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}

/** A row's content, with the fields its sheet has no column for taken from the FAQ it updates. */
function withKeptFields(content: FaqContent, current: Faq | undefined, columns: ReadonlySet<Column>): FaqContent {
  if (!current) return content;
  const kept = { ...content };
  for (const field of OPTIONAL_FIELDS) {
    if (!columns.has(field)) Object.assign(kept, { [field]: current[field] });
  }
  return kept;
}

/**
 * A row whose question is, word for word, that of an FAQ in the folder the sheet leaves as it is: two FAQs
 * asked the same way, which validation would refuse after writing.
 */
function questionsTaken(faqs: readonly ImportedFaq[], existing: readonly Faq[]): PlanProblem[] {
  const updated = new Set(faqs.map((faq) => faq.id));
  const folder = new Map<string, Faq>();
  for (const faq of existing) {
    const key = questionKey(faq.question);
    if (!updated.has(faq.id) && key !== '') folder.set(key, faq);
  }
  return faqs.flatMap((imported) => {
    const other = folder.get(questionKey(imported.frontMatter.question));
    if (other === undefined) return [];
    return [
      {
        rowNumber: imported.rowNumber,
        text:
          `column "question": "${imported.frontMatter.question}" is already the question of ${displayPath(other.source.path)} ` +
          `(id ${other.id}); to change that FAQ, put ${other.id} in the id column; to add another, reword the question`,
      },
    ];
  });
}

function derivedIdTaken(imported: ImportedFaq, current: Faq): PlanProblem {
  return {
    rowNumber: imported.rowNumber,
    text:
      `column "id": the id made from the question, "${imported.id}", is already the id of ` +
      `${displayPath(current.source.path)} ("${current.question}"); to replace that FAQ, put ${imported.id} in the ` +
      'id column; to add a new FAQ, reword the question or give the row another id',
  };
}

const CONTENT_KEYS = ['question', 'alternates', 'keywords', 'category', 'related', 'links', 'answer'] as const;

function sameField(a: FaqContent, b: FaqContent, key: (typeof CONTENT_KEYS)[number]): boolean {
  return JSON.stringify(a[key]) === JSON.stringify(b[key]);
}

function contentOf(faq: Faq): FaqContent {
  const { question, alternates, keywords, category, related, links, answer } = faq;
  return { question, alternates, keywords, category, related, links, answer };
}
