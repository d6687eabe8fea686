import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge';
import { formatProblem } from '../../src/knowledge/problems';
import { Matcher } from '../../src/matching/matcher';

/** Loads a knowledge folder that must be valid, failing the test with its problems otherwise. */
export function loadValid(directory: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const result = loadKnowledgeBase(directory);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.kb;
}

let shipped: Matcher | undefined;

/** The matcher over the shipped knowledge base, built once per test file. */
export function shippedMatcher(): Matcher {
  shipped ??= new Matcher(loadValid());
  return shipped;
}
