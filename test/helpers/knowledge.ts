import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * A fresh copy of the shipped knowledge base for each test of the calling `describe`, in a temporary folder
 * removed after it: `directory()` is the copy's folder, `sandbox()` the folder that holds it.
 */
export function useKnowledgeCopy(name: string): { directory(): string; sandbox(): string } {
  let sandbox = '';
  beforeEach(() => {
    sandbox = mkdtempSync(path.join(os.tmpdir(), `hrfaq-${name}-`));
    cpSync(DEFAULT_KNOWLEDGE_DIR, path.join(sandbox, 'knowledge'), { recursive: true });
  });
  afterEach(() => rmSync(sandbox, { recursive: true, force: true }));
  return { directory: () => path.join(sandbox, 'knowledge'), sandbox: () => sandbox };
}

/** A new temporary knowledge folder holding these files (FAQ files, synonyms.yml…), by file name. */
export function knowledgeFolder(files: Record<string, string>, prefix = 'hrfaq-kb-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** One FAQ file's text: front matter (its category, and any more lines, each ending in a newline) and the answer. */
export function faqText(question: string, answer: string, { category = 'HR', more = '' } = {}): string {
  return `---\nquestion: ${question}\ncategory: ${category}\n${more}---\n${answer}\n`;
}
