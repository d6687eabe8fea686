import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type FaqContent, renderFaqFile, updateFaqFile } from '../../knowledge/faq-file';
import type { Faq } from '../../knowledge/faq-schema';
import { listMarkdownFiles, loadKnowledgeBase } from '../../knowledge/load-knowledge';
import { displayPath, formatProblem } from '../../knowledge/problems';
import { type ImportedFaq, sheetToFaqs, slugify } from '../../knowledge/spreadsheet';
import { errorCode, errorText } from '../../runtime/error-details';
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';
import { readCliEnv } from '../load-for-cli';
import { formatOf, readSheet, type SheetRead } from '../spreadsheet-files';
import { validateCommand } from './validate';

export const IMPORT_USAGE =
  'import <faqs.csv|faqs.xlsx> [--write] [--dir <folder>]   turn a spreadsheet into FAQ files (a dry run without --write)';

/** What importing one row does to the knowledge folder. */
export interface PlannedFile {
  status: 'new' | 'changed' | 'unchanged';
  file: string;
  content: string;
  rowNumber: number;
}

/**
 * `import`: a spreadsheet of FAQs becomes Markdown files. A row whose id is already in the folder updates
 * that file in place; any other row becomes `<category>/<id>.md`. Nothing is ever deleted. Without
 * `--write` it only shows what would change; with any problem it writes nothing.
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
  const env = readCliEnv(io);
  if (!env) return EXIT_INVALID;
  const directory = path.resolve(options.dir ?? env.KNOWLEDGE_DIR);

  const existing = loadExisting(io, directory);
  if (!existing) return EXIT_INVALID;

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
  const result = sheetToFaqs(
    sheet,
    existing.map((faq) => faq.id),
  );
  if (!result.ok) {
    reportProblems(io, result.problems);
    return EXIT_INVALID;
  }
  const planned = planFiles(result.faqs, existing, directory);
  if (!planned.ok) {
    reportProblems(
      io,
      planned.problems.map((problem) => `${sheet.name} ${problem}`),
    );
    return EXIT_INVALID;
  }

  const byStatus = (status: PlannedFile['status']) => planned.files.filter((planned) => planned.status === status);
  const toWrite = [...byStatus('new'), ...byStatus('changed')];
  io.stdout(
    `${sheet.name}: ${result.faqs.length} FAQ${result.faqs.length === 1 ? '' : 's'} for ${displayPath(directory)}` +
      `${options.write ? '' : ' (dry run: nothing written; add --write to write)'}\n`,
  );
  for (const planned of toWrite) {
    io.stdout(`  ${planned.status.padEnd(9)} ${displayPath(planned.file)}  (row ${planned.rowNumber})\n`);
  }
  const unchanged = byStatus('unchanged').length;
  io.stdout(`  ${unchanged} unchanged\n`);
  if (!options.write || toWrite.length === 0) return EXIT_OK;

  for (const planned of toWrite) {
    mkdirSync(path.dirname(planned.file), { recursive: true });
    writeFileSync(planned.file, planned.content);
  }
  io.stdout(`Wrote ${toWrite.length} file${toWrite.length === 1 ? '' : 's'}. Checking the knowledge base…\n`);
  return validateCommand(io, { dir: directory });
}

/** The FAQs already in the folder: none when it is new or empty; undefined (after saying why) when broken. */
function loadExisting(io: CliIo, directory: string): readonly Faq[] | undefined {
  if (!existsSync(directory) || listMarkdownFiles(directory).length === 0) return [];
  const loaded = loadKnowledgeBase(directory);
  if (loaded.ok) return loaded.kb.faqs;
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

/** Where each imported FAQ goes and what the file will hold, compared with what is there now. */
export function planFiles(
  faqs: readonly ImportedFaq[],
  existing: readonly Faq[],
  directory: string,
): { ok: true; files: PlannedFile[] } | { ok: false; problems: string[] } {
  const byId = new Map(existing.map((faq) => [faq.id, faq]));
  const files: PlannedFile[] = [];
  const problems: string[] = [];
  const claimed = new Map<string, number>();
  for (const imported of faqs) {
    const content: FaqContent = { ...imported.frontMatter, answer: imported.answer };
    const current = byId.get(imported.id);
    if (current) {
      const same = sameContent(contentOf(current), content);
      // An id made from the question that happens to be a FAQ's id is a new FAQ by accident, not an edit:
      // replacing that FAQ would lose what the row leaves out. Re-importing the same row loses nothing.
      if (!imported.explicitId && !same) {
        problems.push(derivedIdTaken(imported, current));
        continue;
      }
      const raw = readFileSync(current.source.path, 'utf8');
      const updated = same ? raw : updateFaqFile(raw, content);
      if (updated === undefined) {
        problems.push(`row ${imported.rowNumber}: ${current.source.file} cannot be updated`);
        continue;
      }
      files.push({
        status: updated === raw ? 'unchanged' : 'changed',
        file: current.source.path,
        content: updated,
        rowNumber: imported.rowNumber,
      });
      continue;
    }
    const file = path.join(directory, slugify(imported.frontMatter.category), `${imported.id}.md`);
    const earlier = claimed.get(file);
    if (existsSync(file) || earlier !== undefined) {
      problems.push(
        `row ${imported.rowNumber}, column "id": ${displayPath(file)} ${earlier === undefined ? 'already exists with another id' : `is also row ${earlier}'s file`}`,
      );
      continue;
    }
    claimed.set(file, imported.rowNumber);
    // A file named after its id needs no `id:` key.
    files.push({ status: 'new', file, content: renderFaqFile(content), rowNumber: imported.rowNumber });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}

function derivedIdTaken(imported: ImportedFaq, current: Faq): string {
  return (
    `row ${imported.rowNumber}, column "id": the id made from the question, "${imported.id}", is already the id of ` +
    `${displayPath(current.source.path)} ("${current.question}"); to replace that FAQ, put ${imported.id} in the ` +
    'id column; to add a new FAQ, reword the question or give the row another id'
  );
}

const CONTENT_KEYS = ['question', 'alternates', 'keywords', 'category', 'related', 'links', 'answer'] as const;

function sameContent(a: FaqContent, b: FaqContent): boolean {
  return CONTENT_KEYS.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

function contentOf(faq: Faq): FaqContent {
  const { question, alternates, keywords, category, related, links, answer } = faq;
  return { question, alternates, keywords, category, related, links, answer };
}
