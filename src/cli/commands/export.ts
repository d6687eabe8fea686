import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { knowledgeEnvSchema } from '../../config/env';
import type { Faq } from '../../knowledge/faq-schema';
import { displayPath } from '../../knowledge/problems';
import { faqsToTable } from '../../knowledge/spreadsheet';
import { errorCode } from '../../runtime/error-details';
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';
import { formatOf, type SheetFormat, writeCsv, writeXlsx } from '../spreadsheet-files';
import { unwritable } from '../write-errors';

export const EXPORT_USAGE =
  'export [--csv [file] | --xlsx <file>] [--dir <folder>]   write the knowledge base out: JSON (default) or CSV on stdout, or a spreadsheet file';

/** The exported shape of one FAQ; other tools read it, so keep it stable. */
export function toExport(faq: Faq) {
  const { id, question, alternates, keywords, category, related, links, answer } = faq;
  return { id, question, alternates, keywords, category, related, links, answer };
}

/**
 * `export`: the JSON array other tools read (the default), or a spreadsheet HR can edit and bring back with
 * `import`: `--csv` (to a file, or stdout) or `--xlsx <file>`.
 */
export async function exportCommand(
  io: CliIo,
  options: { dir?: string; csv?: boolean; xlsx?: boolean },
  positionals: string[] = [],
): Promise<ExitCode> {
  const [file, ...extra] = positionals;
  const usageError = (message: string) => {
    io.stderr(`${message}\nUsage: hrfaq ${EXPORT_USAGE}\n`);
    return EXIT_USAGE;
  };
  if (options.csv && options.xlsx) return usageError('Choose --csv or --xlsx, not both.');
  if (extra.length > 0 || (file !== undefined && !options.csv && !options.xlsx)) {
    return usageError(`Unexpected argument "${extra[0] ?? file}".`);
  }
  if (options.xlsx && file === undefined) return usageError('--xlsx needs a file to write, e.g. --xlsx faqs.xlsx');
  const format: SheetFormat | undefined = options.xlsx ? 'xlsx' : options.csv ? 'csv' : undefined;
  if (format !== undefined && file !== undefined) {
    if (isFolder(file)) {
      io.stderr(`${folderGiven(file, format)}\n`);
      return EXIT_INVALID;
    }
    const misnamed = wrongExtension(file, format);
    if (misnamed !== undefined) return usageError(misnamed);
  }

  const loaded = loadForCli(io, knowledgeEnvSchema, options.dir);
  if (!loaded) return EXIT_INVALID;
  const { faqs } = loaded.kb;
  if (format === undefined) {
    io.stdout(`${JSON.stringify(faqs.map(toExport), null, 2)}\n`);
    return EXIT_OK;
  }
  if (file === undefined) {
    io.stdout(writeCsv(faqsToTable(faqs)));
    return EXIT_OK;
  }
  // Written beside it, then renamed over it: a write that fails half-way (a full disk) leaves the last good
  // export as it was.
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  try {
    if (format === 'xlsx') await writeXlsx(faqsToTable(faqs), partial);
    else writeFileSync(partial, writeCsv(faqsToTable(faqs)));
    renameSync(partial, file);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // (its folder is not there, or not a folder: there is nothing to remove)
    }
    const reason =
      errorCode(error) === 'EISDIR' ? folderGiven(file, format) : `${displayPath(file)}: ${unwritable(error, file)}`;
    io.stderr(`${reason}\n`);
    return EXIT_INVALID;
  }
  io.stderr(`Wrote ${faqs.length} FAQs to ${file}.\n`);
  return EXIT_OK;
}

const FORMAT_NAMES: Record<SheetFormat, string> = { csv: 'CSV text', xlsx: 'an Excel workbook' };

/**
 * A file name whose extension is not its format's: `import` reads a file by its extension, so a workbook
 * named .csv (or CSV named .xlsx) would not come back. Undefined when the name is right.
 */
function wrongExtension(file: string, format: SheetFormat): string | undefined {
  const given = formatOf(file);
  if (given === format) return undefined;
  const name = path.basename(file);
  const renamed = `${path.parse(file).name}.${format}`;
  const other = given === undefined ? '' : `, or use --${given} ${name} for ${FORMAT_NAMES[given]}`;
  return `--${format} writes ${FORMAT_NAMES[format]}: give the file a name ending in .${format}, e.g. ${renamed}${other}`;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** What to say when the file to write is a folder. */
function folderGiven(file: string, format: SheetFormat): string {
  return `${displayPath(file)} is a folder; give a file name such as ${displayPath(path.join(file, `faqs.${format}`))}`;
}
