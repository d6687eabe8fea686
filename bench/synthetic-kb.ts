import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32), so every benchmark run builds the same knowledge base. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ren tor vas pel dun sor bi ta nex quo lar fen gri hol jun mas zel rop vin cor dal'.split(
  ' ',
);
const SYNTHETIC_QUERIES = 150;
const LEADS = [
  'what is',
  'how does',
  'who handles',
  'when can i',
  'how do i',
  'what are',
  'can you explain',
  'where is',
];

export interface SyntheticQuery {
  q: string;
  expect: string;
}

export interface SyntheticKb {
  directory: string;
  queries: SyntheticQuery[];
}

/**
 * Writes a knowledge base of `size` FAQs in the normal file format: the shipped FAQs (and synonyms) plus
 * generated ones whose words follow a Zipf-like distribution, like real text. Returns it with a query mix
 * of perturbed phrasings (dropped words, filler, typos) labelled with the FAQ they come from.
 */
export function writeSyntheticKb(target: string, size: number, shippedDir: string, seed = 42): SyntheticKb {
  const next = random(seed + size);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const vocabulary = Array.from({ length: 6000 }, (_, index) => {
    const syllables = 2 + (index % 3);
    return Array.from({ length: syllables }, () => pick(SYLLABLES)).join('') + String.fromCharCode(97 + (index % 26));
  });
  const zipfWord = () => vocabulary[Math.floor(vocabulary.length * next() ** 2.2)] as string;
  const categories = Array.from({ length: 40 }, (_, index) => `Topic ${index + 1} ${zipfWord()}`);

  mkdirSync(target, { recursive: true });
  copyShipped(shippedDir, target);
  const shippedCount = readdirSync(target, { recursive: true }).filter((name) => String(name).endsWith('.md')).length;

  const topics: string[][] = [];
  const generated = Math.max(0, size - shippedCount);
  for (let index = 0; index < generated; index++) {
    const id = `synthetic-${index + 1}`;
    const topic = Array.from({ length: 3 + Math.floor(next() * 3) }, zipfWord);
    const question = `${pick(LEADS)} ${topic.join(' ')}?`;
    const alternates = Array.from({ length: 8 }, () => {
      const words = topic.filter(() => next() > 0.25);
      if (next() > 0.5) words.push(zipfWord());
      return words.length > 0 ? words.join(' ') : topic.join(' ');
    });
    const related = Array.from({ length: 2 }, () => `synthetic-${1 + Math.floor(next() * generated)}`).filter(
      (other, position, all) => other !== id && all.indexOf(other) === position,
    );
    const answer = Array.from({ length: 80 + Math.floor(next() * 60) }, zipfWord).join(' ');
    const folder = path.join(target, `group-${index % 50}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, `${id}.md`),
      [
        '---',
        `question: "${question}"`,
        'alternates:',
        ...alternates.map((alternate) => `  - ${alternate}`),
        `keywords: [${topic.slice(0, 3).join(', ')}]`,
        `category: ${pick(categories)}`,
        `related: [${related.join(', ')}]`,
        '---',
        `**${topic[0]}** ${answer}.`,
        '',
      ].join('\n'),
    );
    topics.push(topic);
  }
  const queries = Array.from({ length: Math.min(SYNTHETIC_QUERIES, topics.length) }, () => {
    const index = Math.floor(next() * topics.length);
    return { q: perturb(topics[index] as string[], next, pick), expect: `synthetic-${index + 1}` };
  });
  return { directory: target, queries };
}

function perturb(topic: string[], next: () => number, pick: <T>(items: readonly T[]) => T): string {
  const words = topic.filter(() => next() > 0.2);
  if (words.length === 0) words.push(topic[0] as string);
  if (next() < 0.3) {
    const at = Math.floor(next() * words.length);
    const word = words[at] as string;
    if (word.length > 5) words[at] = word.slice(0, 2) + word[3] + word[2] + word.slice(4); // swapped letters
  }
  return `${next() < 0.5 ? `${pick(LEADS)} ` : ''}${words.join(' ')}`;
}

function copyShipped(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const name = entry.name.toLowerCase();
    if (!(name.endsWith('.md') || name === 'synonyms.yml') || name === 'readme.md') continue;
    const source = path.join(entry.parentPath, entry.name);
    const relative = path.relative(from, source);
    mkdirSync(path.dirname(path.join(to, relative)), { recursive: true });
    copyFileSync(source, path.join(to, relative));
  }
}
