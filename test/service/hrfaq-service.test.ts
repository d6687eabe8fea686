import { answerPreview } from '../../src/blocks/answer-preview';
import { Matcher } from '../../src/matching/matcher';
import { HrFaqService } from '../../src/service/hrfaq-service';
import { shippedMatcher } from '../helpers/knowledge';

describe('HrFaqService: "Did you mean…?" led by a likely FAQ', () => {
  const { kb } = shippedMatcher();
  // Not sure enough to answer (0.99), but the leader is likely at any probability.
  const leaning = new HrFaqService(new Matcher(kb, { answerThreshold: 0.99, likelyThreshold: 0 }), { feedback: true });
  const cautious = new HrFaqService(new Matcher(kb, { answerThreshold: 0.99, likelyThreshold: 1 }), { feedback: true });

  it('shows the start of the likely answer, with a button to the whole of it', () => {
    const { result, message } = leaning.answer('so, peo vs aso', { ephemeral: true });
    expect(result).toMatchObject({ band: 'did-you-mean', likely: true });
    const faq = kb.get('peo-vs-aso');
    if (!faq) throw new Error('the shipped knowledge base has no peo-vs-aso');
    const preview = answerPreview(faq.answer);
    expect(preview.length).toBeGreaterThan(40);
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('Read the full answer');
    expect(json).toContain(preview.slice(0, 40));
  });

  it('offers plain choices when no FAQ is likely', () => {
    const { result, message } = cautious.answer('so, peo vs aso', { ephemeral: true });
    expect(result).toMatchObject({ band: 'did-you-mean', likely: false });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('Did you mean one of these?');
    expect(json).not.toContain('Read the full answer');
  });
});

describe('HrFaqService: a request that the bot do something', () => {
  const service = new HrFaqService(shippedMatcher(), { feedback: true });

  it('says it cannot do it, and offers the FAQs', () => {
    const { result, message } = service.answer('can you cancel my PEO contract', { ephemeral: true });
    expect(result).toMatchObject({ band: 'did-you-mean', asksAnAction: true, likely: false });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain("asks me to do something, which I can't");
    expect(result.suggestions.length).toBeGreaterThan(0);
  });
});

describe('HrFaqService: a greeting or a thank-you alone', () => {
  const service = new HrFaqService(shippedMatcher(), { feedback: true });
  const visibility = { ephemeral: true };

  it.each([
    ['hi', 'Hi! 👋'],
    ['Hey there 👋', 'Hi! 👋'],
    ['<@U0HRBOT> good morning!', 'Hi! 👋'],
    ['hello :wave:', 'Hi! 👋'],
    ['thanks!', "You're welcome!"],
    ['Thank you so much', "You're welcome!"],
    ['ok, thx', "You're welcome!"],
    ['hi hr', 'Hi! 👋'],
    ['Hi there, HR team', 'Hi! 👋'],
    ['hey y\u2019all', 'Hi! 👋'],
    ['thanks HR, that helps', "You're welcome!"],
    [':wave:', 'Hi! 👋'],
    ['<@U0HRBOT> :wave::skin-tone-3:', 'Hi! 👋'],
  ])('answers %j with a word back and how to ask, not "no answer"', (text, greeting) => {
    const reply = service.reply(text, visibility);
    expect(reply.kind).toBe('help');
    const json = JSON.stringify(reply.message.blocks);
    expect(json).toContain(greeting);
    expect(json).toContain('Ask me an HR question');
    expect(json).not.toMatch(/don't have an answer/);
  });

  it.each([':thinking_face:', '🤔', '?!', '<@U0HRBOT> :eyes:'])(
    'answers %j, which has no word to answer, with how to ask, and no greeting',
    (text) => {
      const reply = service.reply(text, visibility);
      expect(reply.kind).toBe('help');
      const json = JSON.stringify(reply.message.blocks);
      expect(json).toContain('Ask me an HR question');
      expect(json).not.toContain('Hi! 👋');
    },
  );

  it.each(['hi, what is a peo?', 'thanks, but what about aso fees', 'hello world'])(
    'treats %j as a question',
    (text) => {
      expect(service.reply(text, visibility).kind).toBe('answer');
    },
  );
});
