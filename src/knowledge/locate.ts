import { readFileSync } from 'node:fs';
import type { Faq } from './faq-schema';
import { FrontMatterLocator, splitFrontMatter } from './front-matter';

/**
 * The file line of a front-matter value of a loaded FAQ, e.g. `['alternates', 2]`. Reads the file again,
 * so loading stays fast and only checks that report a problem pay for line numbers.
 */
export function lineInFaqFile(faq: Faq, keyPath: ReadonlyArray<string | number>): number | undefined {
  try {
    const split = splitFrontMatter(readFileSync(faq.source.path, 'utf8'));
    return split.ok ? new FrontMatterLocator(split.file.yamlText).lineOf(keyPath) : undefined;
  } catch {
    return undefined;
  }
}
