import { ACTIONS, decodeValue, openFaqValueSchema } from '../../src/blocks/action-ids';
import { buildDidYouMeanCard } from '../../src/blocks/did-you-mean-card';
import { buildHelpCard } from '../../src/blocks/help-card';
import { buildHomeView } from '../../src/blocks/home-view';
import { buildNoMatchCard } from '../../src/blocks/no-match-card';
import { NOTICES } from '../../src/blocks/notice-card';
import { buildTopicListCard } from '../../src/blocks/topic-list-card';
import type { Faq } from '../../src/knowledge/faq-schema';
import { blockKitViolations, pingsSomeone } from '../helpers/block-kit';
import { shippedMatcher } from '../helpers/knowledge';

const kb = shippedMatcher().kb;
const faqs = kb.faqs.slice(0, 3);
const buttons = (blocks: { type: string; elements?: unknown[] }[]) =>
  blocks.flatMap((block) =>
    block.type === 'actions'
      ? ((block.elements ?? []) as Array<{ action_id: string; value: string; text: { text: string } }>)
      : [],
  );

function syntheticFaqs(categories: number, perCategory: number): Map<string, Faq[]> {
  const base = kb.faqs[0] as Faq;
  return new Map(
    Array.from({ length: categories }, (_, c) => [
      `Category ${c}`,
      Array.from({ length: perCategory }, (_, i) => ({
        ...base,
        id: `faq-${c}-${i}`,
        question: `Question ${c}-${i}?`,
      })),
    ]),
  );
}

describe('buildDidYouMeanCard', () => {
  const message = buildDidYouMeanCard('peo or aso <!here>', faqs);

  it('offers up to three candidates and "None of these"', () => {
    const all = buttons(message.blocks);
    expect(all.map((button) => button.action_id.replace(/:\d+$/, ''))).toEqual([
      ACTIONS.openFaq,
      ACTIONS.openFaq,
      ACTIONS.openFaq,
      ACTIONS.noneOfThese,
    ]);
    expect(decodeValue(openFaqValueSchema, all[0]?.value)).toEqual({ id: faqs[0]?.id, q: 'peo or aso <!here>' });
  });

  it('echoes the question escaped, within limits', () => {
    expect(pingsSomeone(message)).toBe(false);
    expect(JSON.stringify(message.blocks)).toContain('&lt;!here&gt;');
    expect(blockKitViolations(message)).toEqual([]);
  });

  it('explains questions that ask for particulars the FAQs only explain, and offers Ask HR when configured', () => {
    const specific = buildDidYouMeanCard('which peo do we use', faqs, { asksParticulars: true, askHr: true });
    expect(JSON.stringify(specific.blocks)).toContain('only explain in general');
    expect(buttons(specific.blocks).map((button) => button.action_id.replace(/:\d+$/, ''))).toContain(ACTIONS.askHr);
  });

  it("says it can't see the asker's own records, and still offers the FAQs", () => {
    const records = buildDidYouMeanCard('how many sick days have I used', faqs, {
      asksParticulars: true,
      aboutOwnRecords: true,
      askHr: true,
    });
    const json = JSON.stringify(records.blocks);
    expect(json).toContain("is about personal records, which I can't see");
    expect(json).not.toContain('only explain in general');
    expect(buttons(records.blocks).length).toBeGreaterThanOrEqual(2);
    expect(blockKitViolations(records)).toEqual([]);
  });

  it('says it cannot do what it is asked, offers the FAQs that may explain how, and never leads with a guess', () => {
    const action = buildDidYouMeanCard('can you approve my vacation request', faqs, {
      asksAnAction: true,
      askHr: true,
      likely: { preview: 'Request it in Workday.' },
    });
    const json = JSON.stringify(action.blocks);
    expect(json).toContain("asks me to do something, which I can't");
    expect(json).not.toContain('looks closest');
    expect(buttons(action.blocks).length).toBeGreaterThanOrEqual(2);
    expect(blockKitViolations(action)).toEqual([]);
  });

  describe('led by a likely FAQ', () => {
    const [first, ...others] = faqs as [Faq, ...Faq[]];
    const likely = buildDidYouMeanCard('peo or aso <!here>', faqs, {
      likely: { preview: 'A PEO shares <!channel> *employer* status with you. …' },
      askHr: true,
    });
    const json = JSON.stringify(likely.blocks);

    it('shows its question and the start of its answer, marked as a guess', () => {
      expect(json).toContain("I'm not sure I understood");
      expect(json).toContain('this looks closest');
      expect(json).toContain(first.question.slice(0, 20));
      expect(json).toContain('A PEO shares');
    });

    it('leads with "Read the full answer" for it, then the other candidates, "None of these" and "Ask HR"', () => {
      const all = buttons(likely.blocks);
      expect(all.map((button) => button.text.text)).toEqual([
        'Read the full answer',
        ...others.map((faq) => faq.question),
        'None of these',
        'Ask HR',
      ]);
      expect(decodeValue(openFaqValueSchema, all[0]?.value)).toEqual({ id: first.id, q: 'peo or aso <!here>' });
      expect(likely.text).toContain(first.question);
    });

    it('escapes the preview and keeps its marks literal, within limits', () => {
      expect(pingsSomeone(likely)).toBe(false);
      expect(json).toContain('&lt;!channel&gt;');
      expect(json).not.toContain(' *employer* ');
      expect(blockKitViolations(likely)).toEqual([]);
    });

    it('with one candidate, asks about no others; with no preview, shows the question alone', () => {
      const alone = buildDidYouMeanCard('peo', [first], { likely: { preview: '' } });
      expect(JSON.stringify(alone.blocks)).not.toContain('Or did you mean');
      expect(buttons(alone.blocks).map((button) => button.text.text)).toEqual([
        'Read the full answer',
        'None of these',
      ]);
      expect(blockKitViolations(alone)).toEqual([]);
    });

    it('is not used when the question asks for particulars the FAQs only explain', () => {
      const specific = buildDidYouMeanCard('which peo do we use', faqs, {
        asksParticulars: true,
        likely: { preview: 'A PEO…' },
      });
      expect(JSON.stringify(specific.blocks)).toContain('only explain in general');
      expect(JSON.stringify(specific.blocks)).not.toContain('Read the full answer');
      const records = buildDidYouMeanCard('how many sick days have I used', faqs, {
        asksParticulars: true,
        aboutOwnRecords: true,
        likely: { preview: 'A PEO…' },
      });
      expect(JSON.stringify(records.blocks)).toContain("is about personal records, which I can't see");
      expect(JSON.stringify(records.blocks)).not.toContain('Read the full answer');
    });
  });
});

describe('buildNoMatchCard', () => {
  it('says so, explains how to ask and offers popular questions', () => {
    const message = buildNoMatchCard('when is payday', { popular: { faqs, fromUsage: true } });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain("I don't have an answer for *when is payday*");
    expect(json).toContain('How to ask');
    expect(buttons(message.blocks)).toHaveLength(3);
    expect(message.text).toContain('when is payday');
    expect(blockKitViolations(message)).toEqual([]);
  });

  it('offers Ask HR only when configured', () => {
    const ids = (askHr: boolean) =>
      buttons(buildNoMatchCard('q', { popular: { faqs, fromUsage: false }, askHr }).blocks).map((button) =>
        button.action_id.replace(/:\d+$/, ''),
      );
    expect(ids(true)).toContain(ACTIONS.askHr);
    expect(ids(false)).not.toContain(ACTIONS.askHr);
  });

  it('never echoes markup raw', () => {
    expect(pingsSomeone(buildNoMatchCard('<!channel> <@U1> hi', { popular: { faqs, fromUsage: false } }))).toBe(false);
  });

  it('leads its notification text with the given lead', () => {
    expect(buildNoMatchCard('q', { lead: 'Thanks, that helps.' }).text).toBe('Thanks, that helps.');
  });

  it('handles an empty question', () => {
    expect(buildNoMatchCard('').text).toBe("I didn't catch a question there.");
  });

  it('adds no full stop after a question that ends with its own', () => {
    expect(buildNoMatchCard('when is payday?').text).toBe(`Sorry, I don't have an answer for "when is payday?"`);
    expect(JSON.stringify(buildNoMatchCard('when is payday?').blocks)).toContain('*when is payday?*"');
    expect(buildNoMatchCard('when is payday').text).toBe(`Sorry, I don't have an answer for "when is payday".`);
  });
});

describe('buildHelpCard', () => {
  it('shows usage with the examples it is given', () => {
    const message = buildHelpCard(['pto request', 'w2'], { faqs, fromUsage: true });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('/hrfaq list');
    expect(json).toContain('`/hrfaq pto request` or `/hrfaq w2`');
    expect(json).toContain('`@hrfaq pto request`');
    expect(json).toContain('Questions people often ask');
    expect(blockKitViolations(message)).toEqual([]);
  });

  it('says honestly when the offered questions are not counted from what people asked', () => {
    const json = JSON.stringify(buildHelpCard([], { faqs, fromUsage: false }).blocks);
    expect(json).toContain('A few questions from the FAQ');
    expect(json).not.toContain('people often ask');
    expect(json).not.toContain('Examples:');
  });
});

describe('buildTopicListCard', () => {
  it('lists every category of the shipped knowledge base with its questions as buttons', () => {
    const message = buildTopicListCard(kb.byCategory());
    const json = JSON.stringify(message.blocks);
    for (const category of kb.byCategory().keys()) expect(json).toContain(category);
    expect(buttons(message.blocks)).toHaveLength(kb.faqs.length);
    expect(blockKitViolations(message)).toEqual([]);
  });

  it('stays within 50 blocks with many categories and says how many were left out', () => {
    const message = buildTopicListCard(syntheticFaqs(60, 30));
    expect(blockKitViolations(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toMatch(/more topics/);
  });
});

describe('buildHomeView', () => {
  it('has an intro, how to ask, and topics as buttons', () => {
    const view = buildHomeView(kb.byCategory());
    const json = JSON.stringify(view.blocks);
    expect(view.type).toBe('home');
    expect(json).toContain('How to ask');
    expect(buttons(view.blocks as never)).toHaveLength(kb.faqs.length);
  });

  it('keeps within 100 blocks, biggest categories first, and points to /hrfaq list', () => {
    const categories = syntheticFaqs(80, 3);
    categories.set(
      'Big one',
      Array.from({ length: 40 }, (_, i) => ({ ...(kb.faqs[0] as Faq), id: `big-${i}`, question: `Big ${i}?` })),
    );
    const view = buildHomeView(categories);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const json = JSON.stringify(view.blocks);
    expect(json.indexOf('Big one')).toBeLessThan(json.indexOf('Category 0'));
    expect(json).toContain('/hrfaq list');
    expect(blockKitViolations({ text: 'home', blocks: view.blocks }, 100)).toEqual([]);
  });
});

describe('action values', () => {
  it.each([
    ['not json', 'nope'],
    ['unknown keys', '{"id":"peo-vs-aso","x":1}'],
    ['path-like id', '{"id":"../../etc/passwd"}'],
    ['oversized', JSON.stringify({ id: 'a'.repeat(3000) })],
    ['wrong type', '{"id":42}'],
    ['not a string', 42],
  ])('rejects a %s value', (_, raw) => {
    expect(decodeValue(openFaqValueSchema, raw)).toBeUndefined();
  });

  it('accepts a well-formed value', () => {
    expect(decodeValue(openFaqValueSchema, '{"id":"peo-vs-aso","from":"aso-fees"}')).toEqual({
      id: 'peo-vs-aso',
      from: 'aso-fees',
    });
  });
});

describe('notices', () => {
  it('say that a question is no longer available', () => {
    expect(NOTICES.faqUnavailable().text).toMatch(/no longer available/);
  });
});
