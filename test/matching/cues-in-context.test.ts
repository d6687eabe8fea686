import { EVAL_SETS, resolve } from '../../eval/sets';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge';
import { Matcher } from '../../src/matching/matcher';

/**
 * Questions that a workplace cue once took from the FAQ they mean, each on a tuning or review knowledge base where it
 * did (a cue that began with another's first word, "the flu" before "flu shot"; one too common to mean a
 * topic, "oui", "which days", "a room"). Their right FAQ stays first, and answered where it was.
 */
const CASES: ReadonlyArray<readonly [set: string, question: string, faq: string, answered: boolean]> = [
  ['northwind', 'where can I get the flu shot this year', 'wellness-program', false],
  ['karoo', 'I was out sick last week, do I need a note', 'sick-note-requirements', true],
  ['oakhollow', 'I was out sick last week, do I need a note', 'earned-sick-time', true],
  ['copperpot', 'does the insurance cover a hearing aid', 'medical-insurance-bcbs', false],
  ['thornbury', 'can I get a c section covered by insurance', 'maternity-and-parental-leave', true],
  ['brightwater', 'a customer hit me at the till', 'workplace-violence-reporting', false],
  ['fjordline', 'do I get paid extra for working weekends', 'shift-supplements', true],
  ['prairieridge', 'do I get paid extra for working weekends', 'shift-premiums', true],
  ['karoo', 'oui, je voudrais savoir combien de jours de vacances', 'annual-leave-entitlement', true],
  ['teawa', 'oui, je voudrais savoir combien de jours de vacances', 'annual-leave-entitlement', true],
  ['fjordline', 'which days are public holidays this year', 'public-holidays', true],
  ['pinecrest', 'which days are public holidays this year', 'ontario-statutory-holidays', true],
  ['brightwater', 'is payday on the 15', 'payday-schedule', true],
  ['merlion', 'is payday on the 15', 'when-is-payday', true],
  ['teawa', 'can I carry my training budget into next year', 'professional-development-fund', true],
  ['fjordline', 'is there a room for nursing mothers', 'breastfeeding-breaks', true],
];

const matchers = new Map<string, Matcher>();
function matcherFor(set: string): Matcher {
  const cached = matchers.get(set);
  if (cached) return cached;
  const entry = EVAL_SETS.find(({ name }) => name === set);
  if (!entry) throw new Error(`no evaluation set ${set}`);
  const loaded = loadKnowledgeBase(resolve(entry.knowledge));
  if (!loaded.ok) throw new Error(`${set} does not load`);
  const matcher = new Matcher(loaded.kb);
  matchers.set(set, matcher);
  return matcher;
}

describe('workplace cues in context', () => {
  it.each(CASES)('on %s, %j finds %s first', (set, question, faq, answered) => {
    const result = matcherFor(set).match(question);
    expect(result.suggestions[0]?.faq.id).toBe(faq);
    expect(result.band === 'answer').toBe(answered);
  });

  it('does not answer "how do I change my account password" with how to change bank details', () => {
    const result = matcherFor('starter').match('how do I change my account password');
    expect(result.band).not.toBe('answer');
  });
});
