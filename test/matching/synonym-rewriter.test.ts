import { SynonymRewriter } from '../../src/matching/synonym-rewriter';

const rewriter = new SynonymRewriter([
  ['peo', 'professional employer organization'],
  ['genai', 'gen ai', 'generative ai', 'generative artificial intelligence'],
  ['ai', 'artificial intelligence'],
  ['organization', 'organisation'],
  ['vs', 'versus', 'difference between'],
  ['paid time off', 'pto'],
]);

const rewrite = (text: string) => rewriter.rewrite(text.split(' ')).map(({ word }) => word);

describe('SynonymRewriter', () => {
  it('rewrites a phrase to its group’s first phrase', () => {
    expect(rewrite('what is a professional employer organization')).toEqual(['what', 'is', 'a', 'peo']);
  });

  it('matches plurals through stems', () => {
    expect(rewrite('professional employer organizations')).toEqual(['peo']);
  });

  it('applies one-word synonyms inside phrases (British spelling)', () => {
    expect(rewrite('professional employer organisation')).toEqual(['peo']);
  });

  it('prefers the longest phrase at a position', () => {
    expect(rewrite('generative artificial intelligence')).toEqual(['genai']);
    expect(rewrite('artificial intelligence')).toEqual(['ai']);
    expect(rewrite('gen ai versus ai')).toEqual(['genai', 'vs', 'ai']);
  });

  it('expands a one-word member of a group whose canonical form has several words', () => {
    expect(rewrite('pto')).toEqual(['paid', 'time', 'off']);
  });

  it('marks rewritten words as canonical, so filler removal keeps them', () => {
    expect(rewriter.rewrite(['difference', 'between', 'x'])).toEqual([
      { word: 'vs', canonical: true },
      { word: 'x', canonical: false, stem: 'x' },
    ]);
  });

  it('leaves other words alone', () => {
    expect(rewrite('hello world')).toEqual(['hello', 'world']);
  });
});
