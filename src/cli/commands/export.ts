import type { Faq } from '../../knowledge/faq-schema';
import { type CliIo, EXIT_INVALID, EXIT_OK, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';

export const EXPORT_USAGE = 'export [--dir <folder>]     print the knowledge base as a JSON array on stdout';

/** The exported shape of one FAQ; other tools read it, so keep it stable. */
export function toExport(faq: Faq) {
  const { id, question, alternates, keywords, category, related, answer } = faq;
  return { id, question, alternates, keywords, category, related, answer };
}

export async function exportCommand(io: CliIo, options: { dir?: string }): Promise<ExitCode> {
  const loaded = loadForCli(io, options.dir);
  if (!loaded) return EXIT_INVALID;
  io.stdout(`${JSON.stringify(loaded.kb.faqs.map(toExport), null, 2)}\n`);
  return EXIT_OK;
}
