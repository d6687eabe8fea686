import fc from 'fast-check';
import { buildAnswerCard } from '../../src/blocks/answer-card';
import { buildDidYouMeanCard } from '../../src/blocks/did-you-mean-card';
import { buildHelpCard } from '../../src/blocks/help-card';
import { buildHomeView } from '../../src/blocks/home-view';
import { buildNoMatchCard } from '../../src/blocks/no-match-card';
import { buildTopicListCard } from '../../src/blocks/topic-list-card';
import type { Faq } from '../../src/knowledge/faq-schema';
import { HrFaqService } from '../../src/service/hrfaq-service';
import { hostileText } from '../helpers/arbitraries';
import { blockKitViolations, pingsSomeone } from '../helpers/block-kit';
import { shippedMatcher } from '../helpers/knowledge';

// Thousands of generated inputs take a few seconds; allow for a busy machine.
jest.setTimeout(30_000);

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

/** An FAQ whose every field an author could have filled with anything the schema lets through. */
const hostileFaq: fc.Arbitrary<Faq> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,3}$/),
  // (the schema trims the question and category, and refuses them blank)
  question: hostileText.map((text) => text.trim().slice(0, 150) || 'Q?'),
  alternates: fc.constant([]),
  keywords: fc.constant([]),
  category: hostileText.map((text) => text.trim().slice(0, 60) || 'C'),
  related: fc.constant([]),
  links: fc.array(fc.record({ title: hostileText.map((text) => text.slice(0, 100) || 't'), url: fc.webUrl() }), {
    maxLength: 4,
  }),
  answer: fc.oneof(hostileText, fc.string({ maxLength: 20_000 })).map((text) => text || 'A.'),
  source: fc.constant({ file: 'x.md', path: '/x.md' }),
});

describe('every card builder, on thousands of generated inputs', () => {
  it('answer cards stay within Block Kit limits and never ping anyone', () => {
    fc.assert(
      fc.property(
        hostileFaq,
        fc.array(hostileFaq, { maxLength: 8 }),
        fc.record({
          ephemeral: fc.boolean(),
          feedback: fc.boolean(),
          askHr: fc.boolean(),
          vote: fc.constantFrom(undefined, 'up' as const, 'down' as const),
        }),
        (faq, related, options) => {
          const message = buildAnswerCard(faq, { ...options, related, backTo: related[0], sharedBy: 'U0SHARER' });
          expect(blockKitViolations(message)).toEqual([]);
          expect(pingsSomeone(message, 'U0SHARER')).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('did-you-mean and no-match cards echo any question safely', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.array(hostileFaq, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (query, faqs, flag) => {
          for (const message of [
            buildDidYouMeanCard(query, faqs, { asksParticulars: flag, askHr: !flag, examples: [query] }),
            buildDidYouMeanCard(query, faqs, { asksAnAction: true, aboutOwnRecords: flag, askHr: flag }),
            buildNoMatchCard(query, { popular: { faqs, fromUsage: flag }, examples: [query], askHr: flag }),
            buildHelpCard([query], { faqs, fromUsage: flag }),
          ]) {
            expect(blockKitViolations(message)).toEqual([]);
            expect(pingsSomeone(message)).toBe(false);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('topic lists and the Home tab stay within limits for any set of categories', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileText, fc.array(hostileFaq, { minLength: 1, maxLength: 30 })), { maxLength: 40 }),
        (groups) => {
          const categories = new Map(groups.map(([name, faqs], index) => [`${index}${name}`.slice(0, 60), faqs]));
          if (categories.size === 0) return;
          expect(blockKitViolations(buildTopicListCard(categories))).toEqual([]);
          expect(pingsSomeone(buildTopicListCard(categories))).toBe(false);
          const home = buildHomeView(categories);
          expect(blockKitViolations({ text: 'home', blocks: home.blocks }, 100)).toEqual([]);
          expect(pingsSomeone({ text: '', blocks: home.blocks })).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the bot’s reply to any message is within limits and pings no one', () => {
    const service = new HrFaqService(shippedMatcher(), { feedback: true, hrChannelId: 'C0HRTEAM1' });
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, ephemeral) => {
        const { message } = service.reply(text, { ephemeral });
        expect(blockKitViolations(message)).toEqual([]);
        expect(pingsSomeone(message)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
