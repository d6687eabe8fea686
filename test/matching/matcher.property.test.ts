import fc from 'fast-check';
import { readEvalSet } from '../../eval/run';
import { EVAL_SETS, resolve } from '../../eval/sets';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge';
import { Matcher } from '../../src/matching/matcher';
import { normalize } from '../../src/matching/normalize';
import { hostileText } from '../helpers/arbitraries';
import { shippedMatcher } from '../helpers/knowledge';

// Thousands of generated inputs take a few seconds; allow for a busy machine.
jest.setTimeout(30_000);

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

describe('normalize, on thousands of generated inputs', () => {
  it('never throws, and returns only lowercase letters, digits and single spaces', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const normalized = normalize(text);
        expect(normalized).toMatch(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
        expect(normalized).toBe(normalized.toLowerCase());
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(normalize(normalize(text))).toBe(normalize(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the matcher, on thousands of generated inputs', () => {
  const matcher = shippedMatcher();

  it('never throws and always returns a well-formed result', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = matcher.match(text);
        expect(result.query).toBe(text);
        expect(['answer', 'did-you-mean', 'no-match']).toContain(result.band);
        expect(result.suggestions.length).toBeLessThanOrEqual(3);
        for (const { score } of result.suggestions) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
        if (result.band === 'answer') expect(result.match?.faq.id).toBe(result.suggestions[0]?.faq.id);
        else expect(result.match).toBeNull();
        if (result.band === 'no-match') expect(result.suggestions).toEqual([]);
        if (result.band === 'did-you-mean') expect(result.suggestions.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Matcher on the evaluation knowledge bases', () => {
  it('never ranks or offers an FAQ twice, whatever breaks a tie', () => {
    const twice: string[] = [];
    for (const entry of EVAL_SETS.filter(({ role }) => role !== 'holdout')) {
      const loaded = loadKnowledgeBase(resolve(entry.knowledge));
      if (!loaded.ok) throw new Error(`${entry.name} does not load`);
      const matcher = new Matcher(loaded.kb);
      const { answerable, off_topic } = readEvalSet(resolve(entry.questions));
      const questions = [...answerable.map(({ q }) => q), ...off_topic];
      const phrasings = loaded.kb.faqs.flatMap((faq) => [faq.question, ...faq.alternates]);
      for (const question of [...questions, ...phrasings]) {
        const scored = matcher.score(question);
        const ranked = scored.ranked.map(({ faq }) => faq.id);
        const offered = matcher.band(scored).suggestions.map(({ faq }) => faq.id);
        if (new Set(ranked).size !== ranked.length || new Set(offered).size !== offered.length) {
          twice.push(`${entry.name}: ${question}`);
        }
      }
    }
    expect(twice).toEqual([]);
  });
});
