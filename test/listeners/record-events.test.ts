import type { EventInput, EventRecorder } from '../../src/analytics/event-log';
import { recordReply, replyFields } from '../../src/listeners/record-events';
import { Matcher } from '../../src/matching/matcher';
import { HrFaqService } from '../../src/service/hrfaq-service';
import { shippedMatcher } from '../helpers/knowledge';

describe('replyFields', () => {
  const { kb } = shippedMatcher();
  const visibility = { ephemeral: true };

  it('names the FAQ answered, and no preview', () => {
    const service = new HrFaqService(shippedMatcher(), { feedback: true });
    expect(replyFields(service.reply('peo vs aso', visibility))).toEqual({ band: 'answer', faq: 'peo-vs-aso' });
  });

  it('names the FAQ previewed under "Did you mean…?" when one is likely', () => {
    const leaning = new HrFaqService(new Matcher(kb, { answerThreshold: 0.99, likelyThreshold: 0 }), {
      feedback: true,
    });
    expect(replyFields(leaning.reply('so, peo vs aso', visibility))).toEqual({
      band: 'did-you-mean',
      faq: undefined,
      previewed: 'peo-vs-aso',
    });
    const cautious = new HrFaqService(new Matcher(kb, { answerThreshold: 0.99, likelyThreshold: 1 }), {
      feedback: true,
    });
    expect(replyFields(cautious.reply('so, peo vs aso', visibility))).toEqual({ band: 'did-you-mean', faq: undefined });
  });

  it('records whether a "Did you mean…?" card previewed its likeliest answer, for HR\'s figures', () => {
    const recorded: EventInput[] = [];
    const events: EventRecorder = { record: (event) => recorded.push(event), flush: () => Promise.resolve() };
    for (const likelyThreshold of [0, 1]) {
      const service = new HrFaqService(new Matcher(kb, { answerThreshold: 0.99, likelyThreshold }), {
        feedback: true,
      });
      recordReply(events, 'dm', service.reply('so, peo vs aso', visibility), 'U1');
    }
    recordReply(
      events,
      'dm',
      new HrFaqService(shippedMatcher(), { feedback: true }).reply('peo vs aso', visibility),
      'U1',
    );
    expect(recorded.map(({ kind, faq, previewed }) => ({ kind, faq, previewed }))).toEqual([
      { kind: 'did-you-mean', faq: 'peo-vs-aso', previewed: true },
      { kind: 'did-you-mean', faq: 'peo-vs-aso', previewed: undefined },
      { kind: 'answered', faq: 'peo-vs-aso', previewed: undefined },
    ]);
  });

  it('gives help and list as their own band', () => {
    const service = new HrFaqService(shippedMatcher(), { feedback: true });
    expect(replyFields(service.reply('help', visibility))).toEqual({ band: 'help' });
    expect(replyFields(service.reply('list', visibility))).toEqual({ band: 'list' });
  });
});
