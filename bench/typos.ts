import Fuse from 'fuse.js';
import { EVAL_SETS, resolve } from '../eval/sets';
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge';
import { Analyzer } from '../src/matching/analyzer';
import { englishWords } from '../src/matching/english-words';
import { SpellingCorrector } from '../src/matching/spelling';
import { random } from './synthetic-kb';

/**
 * `npm run bench:typos`: the matcher's typo corrector (a symmetric-delete index over the knowledge base's
 * words) against Fuse.js fuzzy search over the same words, on typos made from each evaluation knowledge
 * base's own words: how often each finds the word meant, corrects to a wrong word, or finds nothing, and
 * how long a lookup takes, measured in the same run.
 */
const SAMPLE = 1500;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

interface Typo {
  typo: string;
  meant: string;
}

/** One random edit: a letter dropped, added, changed, or two neighbours swapped. */
function oneEdit(word: string, next: () => number): string {
  const at = Math.floor(next() * word.length);
  const letter = LETTERS[Math.floor(next() * LETTERS.length)] ?? 'e';
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + letter + word.slice(at);
    case 2:
      return word.slice(0, at) + letter + word.slice(at + 1);
    default:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
  }
}

function typosOf(targets: ReadonlyMap<string, number>, edits: number, minLength: number, seed: number): Typo[] {
  const next = random(seed);
  const english = englishWords();
  const words = [...targets.keys()].filter((word) => word.length >= minLength && /^[a-z]+$/.test(word));
  const typos: Typo[] = [];
  for (let tries = 0; typos.length < SAMPLE && tries < SAMPLE * 20; tries++) {
    const meant = words[Math.floor(next() * words.length)];
    if (meant === undefined) break;
    let typo = meant;
    for (let edit = 0; edit < edits; edit++) typo = oneEdit(typo, next);
    // a typo that is itself a word (of the knowledge base, or English) is not one a corrector should fix
    if (typo === meant || targets.has(typo) || english.has(typo)) continue;
    typos.push({ typo, meant });
  }
  return typos;
}

interface Score {
  right: number;
  wrong: number;
  none: number;
  medianUs: number;
}

function score(typos: readonly Typo[], correct: (word: string) => string | undefined): Score {
  let right = 0;
  let wrong = 0;
  const times: number[] = [];
  for (const { typo, meant } of typos) {
    const started = process.hrtime.bigint();
    const found = correct(typo);
    times.push(Number(process.hrtime.bigint() - started) / 1000);
    if (found === meant) right += 1;
    else if (found !== undefined) wrong += 1;
  }
  times.sort((a, b) => a - b);
  const total = Math.max(1, typos.length);
  return {
    right: right / total,
    wrong: wrong / total,
    none: (typos.length - right - wrong) / total,
    medianUs: times[Math.floor(times.length / 2)] ?? 0,
  };
}

function main(): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
  process.stdout.write(
    'Typo correction: symmetric-delete index (hrfaq) vs Fuse.js over the same words (threshold 0.3, best hit)\n',
  );
  process.stdout.write(
    '| Knowledge base | Typos | hrfaq right / wrong / none | Fuse.js right / wrong / none | µs per lookup (hrfaq / Fuse.js) | Fuse.js slower |\n| --- | --- | --- | --- | --- | --- |\n',
  );
  const folders = [...new Set(EVAL_SETS.map(({ knowledge }) => knowledge))];
  for (const folder of folders) {
    const loaded = loadKnowledgeBase(resolve(folder));
    if (!loaded.ok) throw new Error(`${folder} has problems`);
    const analyzer = new Analyzer([]);
    const targets = new Map<string, number>();
    for (const faq of loaded.kb.faqs) {
      const text = [faq.question, ...faq.alternates, ...faq.keywords, faq.category, faq.answer].join(' ');
      for (const word of new Set(analyzer.words(text))) targets.set(word, (targets.get(word) ?? 0) + 1);
    }
    const corrector = new SpellingCorrector(targets, englishWords());
    const fuse = new Fuse([...targets.keys()], { includeScore: true, threshold: 0.3 });
    const fuseCorrect = (word: string) => fuse.search(word, { limit: 1 })[0]?.item;
    for (const [label, edits, minLength] of [
      ['1 edit', 1, 4],
      ['2 edits, 8+ letters', 2, 8],
    ] as const) {
      const typos = typosOf(targets, edits, minLength, 7);
      const ours = score(typos, (word) => corrector.correct(word));
      const theirs = score(typos, fuseCorrect);
      process.stdout.write(
        `| ${folder} (${label}) | ${typos.length} | ${pct(ours.right)} / ${pct(ours.wrong)} / ${pct(ours.none)} | ${pct(theirs.right)} / ${pct(theirs.wrong)} / ${pct(theirs.none)} | ${ours.medianUs.toFixed(1)} / ${theirs.medianUs.toFixed(1)} | ${(theirs.medianUs / Math.max(ours.medianUs, 0.01)).toFixed(0)}× |\n`,
      );
    }
  }
}

main();
