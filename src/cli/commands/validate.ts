import { knowledgeEnvSchema } from '../../config/env';
import { finishingChecks } from '../../knowledge/finishing-checks';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';
import { displayPath, formatProblem, type KnowledgeProblem } from '../../knowledge/problems';
import { Matcher } from '../../matching/matcher';
import { selfCheck } from '../../matching/self-check';
import { type CliIo, EXIT_INVALID, EXIT_OK, type ExitCode } from '../io';
import { loadForCli } from '../load-for-cli';

export const VALIDATE_USAGE = "validate [--dir <folder>]   check every FAQ file, and that each FAQ's phrasings find it";

/** What validate finds in a knowledge base that loads: what is left to finish, and phrasings to reword. */
export interface Findings {
  unfinished: KnowledgeProblem[];
  collisions: KnowledgeProblem[];
}

export function findingsOf(kb: KnowledgeBase): Findings {
  return { unfinished: finishingChecks(kb), collisions: selfCheck(new Matcher(kb)) };
}

/** The findings as validate lists them, one per line, under a line that says what they are. */
export function describeFindings({ unfinished, collisions }: Findings): string {
  const list = (problems: readonly KnowledgeProblem[]) =>
    problems.map((problem) => `  ${formatProblem(problem)}\n`).join('');
  const parts = [list(unfinished)];
  if (collisions.length > 0) {
    parts.push(
      `${collisions.length} question${collisions.length === 1 ? ' or alternate needs' : 's or alternates need'} rewording:\n`,
      list(collisions),
    );
  }
  return parts.join('');
}

/** The one-line summary of a knowledge base that passes. */
export function validSummary(kb: KnowledgeBase): string {
  const categories = kb.byCategory().size;
  return `OK: ${kb.faqs.length} FAQ${kb.faqs.length === 1 ? '' : 's'} in ${categories} categor${categories === 1 ? 'y' : 'ies'} in ${displayPath(kb.directory)} ${kb.faqs.length === 1 ? 'is' : 'are'} valid.\n`;
}

/** `validate`: exits 0 with a one-line summary, or 1 after listing every problem (on stderr). */
export async function validateCommand(io: CliIo, options: { dir?: string }): Promise<ExitCode> {
  const loaded = loadForCli(io, knowledgeEnvSchema, options.dir, { render: true });
  if (!loaded) return EXIT_INVALID;
  const findings = findingsOf(loaded.kb);
  if (findings.unfinished.length > 0 || findings.collisions.length > 0) {
    io.stderr(`The knowledge base loads, but it is not ready:\n${describeFindings(findings)}`);
    return EXIT_INVALID;
  }
  io.stdout(validSummary(loaded.kb));
  return EXIT_OK;
}
