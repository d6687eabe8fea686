import { buildDidYouMeanCard } from '../../src/blocks/did-you-mean-card';
import { renderForTerminal } from '../../src/cli/render-terminal';
import { shippedMatcher } from '../helpers/knowledge';

describe('renderForTerminal', () => {
  const faqs = shippedMatcher().kb.faqs.slice(0, 3);

  it('shows a likely FAQ with its preview, and numbers "Read the full answer" before the other choices', () => {
    const card = buildDidYouMeanCard('peo or aso', faqs, {
      likely: { preview: 'A PEO shares <b>employer</b> status.' },
    });
    const { text, choices } = renderForTerminal(card, { color: false });
    expect(text).toContain("I'm not sure I understood");
    expect(text).toContain(faqs[0]?.question);
    expect(text).toContain('A PEO shares <b>employer</b> status.');
    expect(choices.map(({ label }) => label)).toEqual([
      'Read the full answer',
      ...faqs.slice(1).map(({ question }) => question),
    ]);
    expect(JSON.parse(choices[0]?.value ?? '{}')).toMatchObject({ id: faqs[0]?.id });
  });
});
