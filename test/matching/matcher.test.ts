import { ANSWER_FEATURES, answerFeatures } from '../../src/matching/answer-model';
import { DEFAULT_MATCH_CONFIG } from '../../src/matching/match-config';
import { Matcher } from '../../src/matching/matcher';
import { faqText, knowledgeFolder, loadValid, shippedMatcher } from '../helpers/knowledge';

describe('Matcher on the shipped knowledge base', () => {
  const matcher = shippedMatcher();
  const top = (query: string) => matcher.match(query);

  describe('when the question clearly names an FAQ', () => {
    it.each([
      ['peo vs aso', 'peo-vs-aso'],
      ['What is the difference between a PEO and an ASO?', 'peo-vs-aso'],
      ['professional employer organisation versus administrative services organisation', 'peo-vs-aso'],
      ['what is a peo', 'what-is-a-peo'],
      ['co-employement meaning', 'what-is-co-employment'],
      ['workmans comp under an aso', 'workers-compensation'],
      ['what is an EOR', 'employer-of-record'],
      ['how much does an aso cost', 'aso-fees'],
      ['generitive ai tools', 'generative-ai-tools'],
      ['what is genai', 'generative-ai-technology'],
      ['what is agentic ai', 'gen-ai-vs-agentic-ai'],
      ['ai vs gen ai', 'ai-vs-gen-ai'],
      ['what is r.a.g.?', 'rag-in-generative-ai'],
      ['<@U0123ABC> who controls daily operations under a peo', 'workplace-safety-and-daily-operations'],
    ])('answers %j with %s', (query, id) => {
      const result = top(query);
      expect(result.band).toBe('answer');
      expect(result.match?.faq.id).toBe(id);
      expect(result.suggestions[0]?.faq.id).toBe(id);
    });

    it('scores in [0, 1], the answered FAQ first and surest', () => {
      const { suggestions, match } = top('peo vs aso');
      for (const { score } of suggestions) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
      expect(suggestions[0]).toBe(match);
      for (const { score } of suggestions.slice(1)) expect(score).toBeLessThan(match?.score ?? 0);
    });
  });

  describe("when HR's wording of a question tells FAQs apart", () => {
    const query = 'explain how a PEO differs from an ASO in terms of liability and control';

    it('ranks first the FAQ with a phrasing that shares most of the wording', () => {
      expect(top(query).suggestions[0]?.faq.id).toBe('peo-vs-aso');
    });

    it('ranked another first on the topic words alone', () => {
      const topicOnly = new Matcher(matcher.kb, { wordingWeight: 0 });
      expect(topicOnly.match(query).suggestions[0]?.faq.id).toBe('what-is-an-aso');
    });
  });

  describe('the evidence for answering outright', () => {
    const evidence = (query: string) => matcher.score(query).evidence;

    it('says whether the best FAQ is phrased as the kind of question asked', () => {
      expect(evidence('what is a peo')?.kindMatch).toBe(1);
      expect(evidence('can I switch from a peo to an aso')?.kindMatch).toBe(0);
    });

    it('says whether a workplace cue read a topic into the question', () => {
      expect(evidence('my boss wants me to use chatgpt')?.cued).toBe(1);
      expect(evidence('what is a peo')?.cued).toBe(0);
    });

    it("gives the best FAQ's share of the best search score", () => {
      expect(evidence('what is a peo')?.searchShare).toBe(1);
      const share = evidence('how do I set up a peo')?.searchShare ?? 1;
      expect(share).toBeGreaterThan(0);
      expect(share).toBeLessThan(1);
    });
  });

  describe('when one FAQ covers the whole question and another repeats more of a shorter phrasing', () => {
    // "What is a PEO?" is all of one phrasing, but says nothing of safety; the daily-operations FAQ covers
    // the whole question in a longer phrasing.
    const query = 'does a peo take over workplace safety';

    it('ranks the FAQ that covers the whole question first', () => {
      expect(top(query).suggestions[0]?.faq.id).toBe('workplace-safety-and-daily-operations');
    });

    it('asks rather than answers, since the surer measure prefers the other', () => {
      const result = top(query);
      expect(result.band).toBe('did-you-mean');
      expect(result.suggestions.map(({ faq }) => faq.id)).toContain('what-is-a-peo');
      // What is a PEO? is the surer match, though ranked second: the first leads by less than nothing.
      expect(matcher.score(query).evidence?.margin).toBeLessThan(0);
    });

    it('put the shorter phrasing first when ranking used the stricter measure', () => {
      const strict = new Matcher(matcher.kb, { rankingPhrasingFloor: DEFAULT_MATCH_CONFIG.phrasingFloor });
      expect(strict.match(query).suggestions[0]?.faq.id).toBe('what-is-a-peo');
    });
  });

  describe('when the question is off-topic or company policy', () => {
    it.each([
      'how many vacation days do I get',
      'when is payday',
      'how do I reset my password',
      'what is the dress code',
      'tell me a joke',
    ])('does not answer %j', (query) => {
      expect(top(query).band).not.toBe('answer');
      expect(top(query).match).toBeNull();
    });

    it('gives no suggestions when nothing is close', () => {
      expect(top('when is payday')).toMatchObject({ band: 'no-match', match: null, suggestions: [] });
    });
  });

  describe('when the question asks for a particular fact the general FAQs do not hold', () => {
    it('offers the closest FAQs instead of answering outright', () => {
      const result = top('which PEO do we use');
      expect(result.asksParticulars).toBe(true);
      expect(result.band).toBe('did-you-mean');
      expect(result.suggestions[0]?.faq.id).toBe('what-is-a-peo');
    });
  });

  describe('when "we" frames a general question', () => {
    it.each([
      ['if we use an ASO do we keep the workers comp liability', 'workers-compensation'],
      ['does the PEO run daily operations or do we?', 'workplace-safety-and-daily-operations'],
    ])('answers %j', (query, id) => {
      const result = top(query);
      expect(result.asksParticulars).toBe(false);
      expect(result.match?.faq.id).toBe(id);
    });

    it.each([
      'what is our PEO',
      'are we with a peo or an aso',
      'how do I file a workers comp claim',
      'is ChatGPT allowed at work',
    ])('still withholds %j', (query) => {
      expect(top(query).asksParticulars).toBe(true);
      expect(top(query).band).not.toBe('answer');
    });
  });

  describe('when two FAQs are a close call', () => {
    it('asks with both instead of guessing', () => {
      const result = top('co-employment peo');
      expect(result.band).toBe('did-you-mean');
      expect(result.suggestions.map(({ faq }) => faq.id).slice(0, 2)).toEqual([
        'what-is-co-employment',
        'what-is-a-peo',
      ]);
      const [first, second] = result.suggestions;
      expect((first?.score ?? 0) - (second?.score ?? 0)).toBeLessThan(DEFAULT_MATCH_CONFIG.closeCallMargin);
    });

    it('answers when a margin of zero is configured, showing the rule is what decides', () => {
      const strict = new Matcher(matcher.kb, { closeCallMargin: 0, answerThreshold: 0 });
      expect(strict.match('co-employment peo').band).toBe('answer');
    });
  });

  describe('when the best FAQ is clearly ahead but not sure enough to answer', () => {
    // Answering needs 0.99 here; any probability at all makes a clear leader likely when the threshold is 0.
    const leaning = new Matcher(matcher.kb, { answerThreshold: 0.99, likelyThreshold: 0 });
    const cautious = new Matcher(matcher.kb, { answerThreshold: 0.99, likelyThreshold: 1 });

    // ("so, …": typed exactly as the FAQ's alternate, "peo vs aso" would be answered whatever the threshold)
    it('marks the first suggestion likely once the likely threshold is reached', () => {
      const result = leaning.match('so, peo vs aso');
      expect(result).toMatchObject({ band: 'did-you-mean', likely: true, match: null });
      expect(result.suggestions[0]?.faq.id).toBe('peo-vs-aso');
      expect(cautious.match('so, peo vs aso').likely).toBe(false);
    });

    it('never marks a close call, particulars, an answer or no match as likely', () => {
      expect(leaning.match('co-employment peo').likely).toBe(false);
      expect(leaning.match('which peo do we use').likely).toBe(false);
      expect(top('peo vs aso')).toMatchObject({ band: 'answer', likely: false });
      expect(top('when is payday')).toMatchObject({ band: 'no-match', likely: false });
    });
  });

  describe('when it asks "did you mean…?"', () => {
    it('fills the remaining choices with the next likeliest FAQs, in ranking order, even below the suggest threshold', () => {
      // Only the best FAQ reaches 0.9 here; the next two share words with the question, and the EOR FAQ, which
      // compares with a PEO as the question does, covers more of it.
      const picky = new Matcher(matcher.kb, { answerThreshold: 0.99, suggestThreshold: 0.9 });
      const result = picky.match('so, peo vs aso');
      expect(result.band).toBe('did-you-mean');
      expect(result.suggestions.map(({ faq }) => faq.id)).toEqual([
        'peo-vs-aso',
        'employer-of-record',
        'what-is-an-aso',
      ]);
    });

    it('never fills with an FAQ that covers nothing of the question', () => {
      const many = new Matcher(matcher.kb, { answerThreshold: 0.99, suggestThreshold: 0.7, maxSuggestions: 20 });
      const { suggestions } = many.match('ai tools');
      expect(suggestions.length).toBeGreaterThan(2);
      for (const { score } of suggestions) expect(score).toBeGreaterThan(0);
    });

    it('offers nothing when no FAQ is worth offering', () => {
      const none = new Matcher(matcher.kb, { suggestThreshold: 1.01, distinctiveFaqs: 0 });
      expect(none.match('so, peo vs aso')).toMatchObject({ band: 'no-match', suggestions: [] });
    });
  });

  describe('when the question has no words to match', () => {
    it.each(['', '   ', '?!', 'hi', 'hello there', '<@U0123ABC>', '😀😀'])('gives no match for %j', (query) => {
      expect(top(query)).toMatchObject({ band: 'no-match', match: null, suggestions: [] });
    });
  });

  describe('with hostile or odd input', () => {
    it('caps the text used for matching, so a 4,000-character question is cheap and still matched', () => {
      const long = `peo vs aso ${'lorem ipsum '.repeat(400)}`;
      expect(long.length).toBeGreaterThan(4000);
      const result = top(long);
      expect(result.query).toBe(long);
      expect(result.suggestions[0]?.faq.id).toBe('peo-vs-aso');
    });

    it('ignores broadcast markup', () => {
      expect(top('<!channel> what is a peo').match?.faq.id).toBe('what-is-a-peo');
    });
  });

  describe('related questions', () => {
    it('lists the explicit related ids first, then the nearest FAQs, never the FAQ itself', () => {
      for (const faq of matcher.kb.faqs) {
        const related = matcher.related(faq, 6).map(({ id }) => id);
        expect(related.slice(0, Math.min(6, faq.related.length))).toEqual(faq.related.slice(0, 6));
        expect(related.length).toBeLessThanOrEqual(6);
        expect(related).not.toContain(faq.id);
        expect(new Set(related).size).toBe(related.length);
      }
    });

    it('fills up with the nearest FAQs when the explicit list is short', () => {
      const faq = matcher.kb.get('aso-fees');
      if (!faq) throw new Error('missing FAQ');
      const related = matcher.related(faq, 6).map(({ id }) => id);
      expect(related.length).toBeGreaterThan(faq.related.length);
      expect(related).toContain('what-is-an-aso');
    });

    it('fills up only with FAQs near enough to be worth offering, not one whose answer merely shares a word', () => {
      const lone = new Matcher(
        loadValid(
          knowledgeFolder({
            'dogs.md': faqText('Can I bring my dog to the office?', 'Yes, on Fridays.', {
              more: 'alternates: [pets at work]\n',
            }),
            'payday.md': faqText('When is payday?', 'Every other Friday.'),
            'pto.md': faqText('How much PTO do I get?', 'Fifteen days a year; the office closes at Christmas.'),
          }),
        ),
      );
      const dogs = lone.kb.get('dogs');
      if (!dogs) throw new Error('missing FAQ');
      expect(lone.related(dogs, 5)).toEqual([]);
    });
  });

  it('exposes its defaults in one config object', () => {
    expect(DEFAULT_MATCH_CONFIG.answerThreshold).toBeGreaterThan(DEFAULT_MATCH_CONFIG.suggestThreshold);
  });
});

describe('the answer model', () => {
  it('has one weight for every measure it is given', () => {
    const evidence = shippedMatcher().score('what is a peo').evidence;
    expect(evidence).toBeDefined();
    if (evidence) expect(answerFeatures(evidence)).toHaveLength(ANSWER_FEATURES.length);
    expect(Object.keys(DEFAULT_MATCH_CONFIG.answerModel).sort()).toEqual(['bias', ...ANSWER_FEATURES].sort());
  });
});
