import { writeFileSync } from 'node:fs';
import { knowledgeEnvSchema } from '../../config/env';
import type { Faq } from '../../knowledge/faq-schema';
import { faqsToTable } from '../../knowledge/spreadsheet';
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';
import { writeCsv, writeXlsx } from '../spreadsheet-files';

export const EXPORT_USAGE =
  'export [--csv [file] | --xlsx <file>] [--dir <folder>]   write the knowledge base out: JSON (default) or CSV on stdout, or a spreadsheet file';

/** The exported shape of one FAQ; other tools read it, so keep it stable. */
export function toExport(faq: Faq) {
  const { id, question, alternates, keywords, category, related, answer } = faq;
  return { id, question, alternates, keywords, category, related, answer };
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

  const loaded = loadForCli(io, knowledgeEnvSchema, options.dir);
  if (!loaded) return EXIT_INVALID;
  const { faqs } = loaded.kb;
  if (options.xlsx && file !== undefined) {
    await writeXlsx(faqsToTable(faqs), file);
  } else if (options.csv) {
    const csv = writeCsv(faqsToTable(faqs));
    if (file === undefined) {
      io.stdout(csv);
      return EXIT_OK;
    }
    writeFileSync(file, csv);
  } else {
    io.stdout(`${JSON.stringify(faqs.map(toExport), null, 2)}\n`);
    return EXIT_OK;
  }
  io.stderr(`Wrote ${faqs.length} FAQs to ${file}.\n`);
  return EXIT_OK;
}
