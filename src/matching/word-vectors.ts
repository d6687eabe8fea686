import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * General English word vectors (GloVe, 100 dimensions, the 50,000 commonest words: see
 * `scripts/word-vectors.ts`), for how near in meaning two words are: "salary" and "wages", "sick" and
 * "illness", "boss" and "supervisor" share no letters, but their vectors point the same way. The matcher uses
 * them to reorder its best few candidates by how near each FAQ's words come to every word of the question
 * (see `meaningWeight` in match-config.ts); they never find a candidate by themselves, so a question that
 * shares nothing with the knowledge base still gets no answer.
 */
export const DIMENSIONS = 100;
const MAGIC = 'HRWV';
const HEADER = 12;

/** The file: "HRWV", the word count and the byte length of the words (uint32 LE), the words, the vectors. */
export function encodeWordVectors(entries: ReadonlyArray<{ word: string; vector: readonly number[] }>): Buffer {
  const words = Buffer.from(entries.map(({ word }) => word).join('\n'), 'utf8');
  const out = Buffer.alloc(HEADER + words.length + entries.length * DIMENSIONS);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(entries.length, 4);
  out.writeUInt32LE(words.length, 8);
  words.copy(out, HEADER);
  entries.forEach(({ vector }, index) => {
    // each vector scaled so its largest component is ±127: only directions are compared
    const largest = Math.max(...vector.slice(0, DIMENSIONS).map(Math.abs)) || 1;
    for (let dimension = 0; dimension < DIMENSIONS; dimension += 1) {
      const value = Math.round(((vector[dimension] ?? 0) / largest) * 127);
      out.writeInt8(value, HEADER + words.length + index * DIMENSIONS + dimension);
    }
  });
  return out;
}

export class WordVectors {
  private readonly index = new Map<string, number>();
  private readonly vectors: Int8Array;
  private readonly norms: Float32Array;

  private constructor(words: readonly string[], vectors: Int8Array) {
    words.forEach((word, position) => {
      this.index.set(word, position);
    });
    this.vectors = vectors;
    this.norms = new Float32Array(words.length);
    for (let word = 0; word < words.length; word += 1) {
      let sum = 0;
      for (let at = word * DIMENSIONS, end = at + DIMENSIONS; at < end; at += 1) {
        const value = vectors[at] ?? 0;
        sum += value * value;
      }
      this.norms[word] = Math.sqrt(sum) || 1;
    }
  }

  /** Reads the file's contents; a string saying what is wrong when they are not a word-vector file. */
  static decode(data: Buffer): WordVectors | string {
    if (data.length < HEADER || data.toString('latin1', 0, 4) !== MAGIC) return 'not a word-vector file';
    const count = data.readUInt32LE(4);
    const wordBytes = data.readUInt32LE(8);
    if (data.length !== HEADER + wordBytes + count * DIMENSIONS) return 'truncated';
    const words = data.toString('utf8', HEADER, HEADER + wordBytes).split('\n');
    if (words.length !== count) return 'word count does not match';
    const start = data.byteOffset + HEADER + wordBytes;
    return new WordVectors(words, new Int8Array(data.buffer, start, count * DIMENSIONS));
  }

  private static loaded: WordVectors | null | undefined;

  /**
   * The shipped vectors, read once per process, when the first question is matched (about 30 ms); null when
   * the file cannot be read, and the matcher then ranks without them.
   */
  static shipped(): WordVectors | null {
    // (next to this module: `npm run build` copies it into dist/ beside the compiled one)
    WordVectors.loaded ??= WordVectors.read(path.join(__dirname, 'vocabulary', 'word-vectors.bin'));
    return WordVectors.loaded;
  }

  /** The vectors in a file; null when it is missing or not a word-vector file. */
  static read(file: string): WordVectors | null {
    try {
      const decoded = WordVectors.decode(readFileSync(file));
      return typeof decoded === 'string' ? null : decoded;
    } catch {
      return null;
    }
  }

  get size(): number {
    return this.norms.length;
  }

  /** The word's place in the list (commonest first), or -1 for a word it doesn't have. */
  find(word: string): number {
    return this.index.get(word) ?? -1;
  }

  /**
   * How much a word says: the commonest words ("the", "get") little, from the 20,000th word on fully.
   */
  weight(word: number): number {
    return Math.min(1, Math.log1p(word / 100) / Math.log1p(20_000 / 100));
  }

  /** Cosine similarity of two words, in [−1, 1]. */
  similarity(a: number, b: number): number {
    if (a === b) return 1;
    return this.dot(a, b) / ((this.norms[a] ?? 1) * (this.norms[b] ?? 1));
  }

  /** The dot product of two words' vectors, in integers: most of the time the matcher spends on meaning. */
  private dot(a: number, b: number): number {
    const { vectors } = this;
    let sum = 0;
    for (let x = a * DIMENSIONS, y = b * DIMENSIONS, end = x + DIMENSIONS; x < end; x += 1, y += 1) {
      sum = (sum + (vectors[x] ?? 0) * (vectors[y] ?? 0)) | 0;
    }
    return sum;
  }

  /**
   * How near in meaning a text's words come to a question's: for each question word, its nearest word in
   * the text (1 for the word itself, 0 at worst), averaged with the question words' weights. In [0, 1]; 0
   * when either has no word these vectors know.
   */
  nearness(question: ReadonlyArray<number>, text: ReadonlyArray<number>): number {
    const { norms } = this;
    let sum = 0;
    let total = 0;
    for (const word of question) {
      const norm = norms[word] ?? 1;
      let nearest = 0;
      for (const other of text) {
        if (other === word) {
          nearest = 1;
          break;
        }
        const similarity = this.dot(word, other) / (norm * (norms[other] ?? 1));
        if (similarity > nearest) nearest = similarity;
      }
      const weight = this.weight(word);
      sum += weight * nearest;
      total += weight;
    }
    return total === 0 || text.length === 0 ? 0 : sum / total;
  }
}
