import path from 'node:path';
import { PopularQuestions } from '../../src/analytics/popular-questions';
import { Matcher } from '../../src/matching/matcher';
import { HrFaqService } from '../../src/service/hrfaq-service';
import { loadValid } from '../helpers/knowledge';

const STARTER = path.join(__dirname, '..', '..', 'examples', 'starter-hr-kb');
/** Words of the shipped sample, which must never appear in cards for another knowledge base. */
const SAMPLE_WORDS = /\b(peo|aso|co-?employment|rag|generative|gen ai|agentic|eor)\b/i;

describe('cards on a knowledge base with no PEO or AI content', () => {
  const kb = loadValid(STARTER);
  const service = new HrFaqService(new Matcher(kb), { feedback: true, hrChannelId: 'C0HR' });
  const cards = {
    help: service.help(),
    noMatch: service.answer('zzqx blorf', { ephemeral: true }).message,
    didYouMean: service.answer('benefits', { ephemeral: true }).message,
    noneOfThese: service.noneOfThese('something else'),
    home: service.homeView(),
  };

  it.each(Object.entries(cards))('%s mentions none of the sample’s topics', (_name, card) => {
    expect(JSON.stringify(card)).not.toMatch(SAMPLE_WORDS);
  });

  it('gives examples in the knowledge base’s own words, each of which finds an FAQ', () => {
    const examples = service.examples();
    expect(examples.length).toBe(3);
    for (const example of examples) {
      expect(JSON.stringify(cards.help)).toContain(example);
      expect(service.matcher.match(example).suggestions.length).toBeGreaterThan(0);
    }
  });

  it('offers the most-linked FAQs under an honest heading when nobody has asked anything yet', () => {
    expect(service.popular().fromUsage).toBe(false);
    expect(JSON.stringify(cards.noMatch)).toContain('A few questions from the FAQ');
  });

  it('offers what people actually asked over the last 30 days when the event log knows', () => {
    const now = Date.parse('2026-06-30T12:00:00Z');
    const popular = new PopularQuestions(30, () => now).seed([
      { kind: 'answered', faq: 'payday', time: '2026-06-29T09:00:00Z' },
      { kind: 'answered', faq: 'payday', time: '2026-06-28T09:00:00Z' },
      { kind: 'answered', faq: 'sick-leave', time: '2026-06-20T09:00:00Z' },
      { kind: 'answered', faq: 'parental-leave', time: '2026-04-01T09:00:00Z' },
      { kind: 'no-match', time: '2026-06-29T09:00:00Z' },
    ]);
    const counted = new HrFaqService(service.matcher, { feedback: true, mostAsked: (limit) => popular.ranked(limit) });
    expect(counted.popular()).toEqual({
      fromUsage: true,
      faqs: [kb.get('payday'), kb.get('sick-leave')],
    });
    expect(JSON.stringify(counted.help())).toContain('Questions people often ask');
  });

  it('counts the answers the bot gives from then on', () => {
    const popular = new PopularQuestions();
    const recorded: unknown[] = [];
    const recorder = popular.observe({ record: (event) => recorded.push(event), flush: async () => undefined });
    recorder.record({ kind: 'answered', surface: 'command', faq: 'payday' });
    recorder.record({ kind: 'feedback', surface: 'button', faq: 'overtime', vote: 'up' });
    expect(popular.ranked(3)).toEqual(['payday']);
    expect(recorded).toHaveLength(2);
  });
});
