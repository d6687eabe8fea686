import { finishingChecks } from '../../knowledge/finishing-checks';
import { displayPath, formatProblem, type KnowledgeProblem } from '../../knowledge/problems';
import { Matcher } from '../../matching/matcher';
import { selfCheck } from '../../matching/self-check';
import { type CliIo, EXIT_INVALID, EXIT_OK, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';

export const VALIDATE_USAGE = "validate [--dir <folder>]   check every FAQ file, and that each FAQ's phrasings find it";

/** `validate`: exits 0 with a one-line summary, or 1 after listing every problem (on stderr). */
export async function validateCommand(io: CliIo, options: { dir?: string }): Promise<ExitCode> {
  const loaded = loadForCli(io, options.dir, { render: true });
  if (!loaded) return EXIT_INVALID;
  const { kb } = loaded;
  const unfinished = finishingChecks(kb);
  const collisions = selfCheck(new Matcher(kb));
  if (unfinished.length > 0 || collisions.length > 0) {
    const list = (problems: readonly KnowledgeProblem[]) =>
      problems.map((problem) => `  ${formatProblem(problem)}\n`).join('');
    const parts = [`The knowledge base loads, but it is not ready:\n`];
    if (unfinished.length > 0) parts.push(list(unfinished));
    if (collisions.length > 0) {
      parts.push(
        `${collisions.length} question${collisions.length === 1 ? ' or alternate needs' : 's or alternates need'} rewording:\n`,
        list(collisions),
      );
    }
    io.stderr(parts.join(''));
    return EXIT_INVALID;
  }
  const categories = kb.byCategory().size;
  io.stdout(
    `OK: ${kb.faqs.length} FAQ${kb.faqs.length === 1 ? '' : 's'} in ${categories} categor${categories === 1 ? 'y' : 'ies'} in ${displayPath(kb.directory)} ${kb.faqs.length === 1 ? 'is' : 'are'} valid.\n`,
  );
  return EXIT_OK;
}
