import { replyFields } from '../../src/listeners/record-events';
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
    expect(replyFields(leaning.reply('peo vs aso', visibility))).toEqual({
      band: 'did-you-mean',
      faq: undefined,
      previewed: 'peo-vs-aso',
    });
    const cautious = new HrFaqService(new Matcher(kb, { answerThreshold: 0.99, likelyThreshold: 1 }), {
      feedback: true,
    });
    expect(replyFields(cautious.reply('peo vs aso', visibility))).toEqual({ band: 'did-you-mean', faq: undefined });
  });

  it('gives help and list as their own band', () => {
    const service = new HrFaqService(shippedMatcher(), { feedback: true });
    expect(replyFields(service.reply('help', visibility))).toEqual({ band: 'help' });
    expect(replyFields(service.reply('list', visibility))).toEqual({ band: 'list' });
  });
});
