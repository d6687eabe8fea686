import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * 275,000 English words (the `word-list` package), which the typo corrector leaves alone: "letter" must not
 * become "better", nor "days" "pays". A Set of them would cost about 130 ms and 30 MB at start-up, so the
 * list stays text, cut into one string per first two letters; a lookup searches only its own group, by
 * halving when the group is in order (checked once, on its first lookup), else from end to end.
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

  /** Whether each group looked up so far has its words in order, so that it can be searched by halving. */
  private readonly inOrder = new Map<string, boolean>();

  has(word: string): boolean {
    const prefix = word.slice(0, 2);
    const group = this.groups.get(prefix);
    if (group === undefined) return false;
    let sorted = this.inOrder.get(prefix);
    if (sorted === undefined) {
      sorted = isInOrder(group);
      this.inOrder.set(prefix, sorted);
    }
    return sorted ? holdsInOrder(group, word) : group.includes(`\n${word}\n`);
  }

  private addGroup(prefix: string, words: string): void {
    if (prefix === '') return;
    // A list that is not perfectly sorted may show a prefix twice; keep both runs.
    this.groups.set(prefix, (this.groups.get(prefix) ?? '') + words);
  }
}

/** Whether a group's lines ("\nword\nword\n") are in strictly ascending order. */
function isInOrder(group: string): boolean {
  let previous = '';
  for (let start = 1; start < group.length; ) {
    const end = group.indexOf('\n', start);
    const line = group.slice(start, end);
    if (line <= previous) return false;
    previous = line;
    start = end + 1;
  }
  return true;
}

/** Whether a group in order holds the word as a line: halves the text between two line breaks each step. */
function holdsInOrder(group: string, word: string): boolean {
  // Only the lines between the line breaks at `low` and `high` can still be the word.
  let low = 0;
  let high = group.length - 1;
  while (high - low > 1) {
    const start = group.lastIndexOf('\n', (low + high) >> 1);
    const end = group.indexOf('\n', start + 1);
    const line = group.slice(start + 1, end);
    if (line === word) return true;
    if (line < word) low = end;
    else high = start;
  }
  return false;
}

let shared: EnglishWords | undefined;

/** The dictionary, read once per process on first use. */
export function englishWords(): EnglishWords {
  shared ??= new EnglishWords(readFileSync(wordListPath, 'utf8'));
  return shared;
}
