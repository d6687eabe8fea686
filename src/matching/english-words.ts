import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * 275,000 English words (the `word-list` package), which the typo corrector leaves alone: "letter" must not
 * become "better", nor "days" "pays". A Set of them would cost about 130 ms and 30 MB at start-up, so the
 * list stays text, cut into one string per first two letters; a lookup searches only its own group.
 */
export class EnglishWords {
  /** For each first-two-letters group, its words as one "\nword\nword\n" string. */
  private readonly groups = new Map<string, string>();

  constructor(list: string) {
    const text = `\n${list.replace(/\r/g, '')}\n`;
    let groupStart = 0;
    let prefix = '';
    let lineStart = 1;
    while (lineStart < text.length) {
      const lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) break;
      const linePrefix = text.slice(lineStart, Math.min(lineStart + 2, lineEnd));
      if (linePrefix !== prefix) {
        this.addGroup(prefix, text.slice(groupStart, lineStart));
        prefix = linePrefix;
        groupStart = lineStart - 1;
      }
      lineStart = lineEnd + 1;
    }
    this.addGroup(prefix, text.slice(groupStart));
  }

  has(word: string): boolean {
    return this.groups.get(word.slice(0, 2))?.includes(`\n${word}\n`) ?? false;
  }

  private addGroup(prefix: string, words: string): void {
    if (prefix === '') return;
    // A list that is not perfectly sorted may show a prefix twice; keep both runs.
    this.groups.set(prefix, (this.groups.get(prefix) ?? '') + words);
  }
}

let shared: EnglishWords | undefined;

/** The dictionary, read once per process on first use. */
export function englishWords(): EnglishWords {
  shared ??= new EnglishWords(readFileSync(wordListPath, 'utf8'));
  return shared;
}
