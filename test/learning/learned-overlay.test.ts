import { applyLearning, NOTHING_LEARNED, overlayOf, ownPhrasingsOf } from '../../src/learning/learned-overlay';
import { shippedMatcher } from '../helpers/knowledge';

describe('applyLearning', () => {
  const matcher = shippedMatcher();
  const own = ownPhrasingsOf(matcher.kb);
  const overlay = (phrasings: Array<[string, string]>, demotions: Array<[string, string]> = []) =>
    overlayOf(
      {
        phrasings: phrasings.map(([question, faq]) => ({ question, faq, people: 3, learnedAt: '', kept: false })),
        demotions: demotions.map(([question, faq]) => ({ question, faq, people: 3 })),
      },
      1,
    );

  it('changes nothing when nothing is learned', () => {
    for (const question of ['peo vs aso', 'how much do we pay the peo', 'when is payday']) {
      const result = matcher.match(question);
      expect(applyLearning(result, NOTHING_LEARNED, matcher.kb, own)).toBe(result);
    }
  });

  it('never moves a question the matcher already answers', () => {
    const result = matcher.match('peo vs aso');
    expect(result.band).toBe('answer');
    expect(applyLearning(result, overlay([['peo vs aso', 'aso-fees']]), matcher.kb, own)).toBe(result);
  });

  it("never outranks another FAQ's own phrasing", () => {
    const result = { ...matcher.match('what is a peo'), band: 'did-you-mean' as const, match: null };
    expect(applyLearning(result, overlay([['what is a peo', 'aso-fees']]), matcher.kb, own)).toBe(result);
  });

  it('answers a learned phrasing, and ignores a learned FAQ that is gone', () => {
    const result = matcher.match('how much do we pay the peo');
    expect(applyLearning(result, overlay([['how much do we pay the peo', 'aso-fees']]), matcher.kb, own)).toMatchObject(
      {
        band: 'answer',
        match: { faq: { id: 'aso-fees' } },
      },
    );
    expect(applyLearning(result, overlay([['how much do we pay the peo', 'gone']]), matcher.kb, own)).toBe(result);
  });

  it('never answers a request that the bot do something, whatever people chose for it', () => {
    const result = matcher.match('can you cancel my aso contract');
    expect(result).toMatchObject({ band: 'did-you-mean', asksAnAction: true });
    expect(applyLearning(result, overlay([['can you cancel my aso contract', 'aso-fees']]), matcher.kb, own)).toBe(
      result,
    );
  });

  it('asks "Did you mean…?" for a demoted answer, with that FAQ among the choices', () => {
    const result = matcher.match('what does a peo cost');
    const demoted = applyLearning(result, overlay([], [['what does a peo cost', 'aso-fees']]), matcher.kb, own);
    expect(demoted.band).toBe('did-you-mean');
    expect(demoted.suggestions.map(({ faq }) => faq.id)).toContain('aso-fees');
    expect(demoted.likely).toBe(false);
  });

  it('offers a likely FAQ that people demoted for this question without previewing it', () => {
    const result = { ...matcher.match('what is a peo'), band: 'did-you-mean' as const, match: null, likely: true };
    const first = result.suggestions[0]?.faq.id ?? '';
    const demoted = applyLearning(result, overlay([], [['what is a peo', first]]), matcher.kb, own);
    expect(demoted).toMatchObject({ band: 'did-you-mean', likely: false });
    expect(demoted.suggestions[0]?.faq.id).toBe(first);
    // Demoting another FAQ, or learning nothing for it, leaves the preview.
    expect(applyLearning(result, overlay([], [['what is a peo', 'aso-fees']]), matcher.kb, own).likely).toBe(true);
    // A learned FAQ that can't be used (another FAQ's own phrasing, or gone) leaves the demotion in force.
    const ownPhrasing = overlay([['what is a peo', 'aso-fees']], [['what is a peo', first]]);
    expect(applyLearning(result, ownPhrasing, matcher.kb, own).likely).toBe(false);
    const question = 'peo or aso which one';
    const other = { ...result, query: question };
    const gone = overlay([[question, 'gone']], [[question, first]]);
    expect(applyLearning(other, gone, matcher.kb, own)).toMatchObject({ band: 'did-you-mean', likely: false });
  });
});
