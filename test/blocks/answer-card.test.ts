import { ACTIONS } from '../../src/blocks/action-ids';
import { buildAnswerCard } from '../../src/blocks/answer-card';
import type { Faq } from '../../src/knowledge/faq-schema';
import { blockKitViolations, pingsSomeone } from '../helpers/block-kit';

function faq(overrides: Partial<Faq> = {}): Faq {
  return {
    id: 'what-is-a-peo',
    question: 'What is a PEO?',
    alternates: [],
    keywords: [],
    category: 'HR outsourcing',
    related: [],
    links: [{ title: 'A guide', url: 'https://example.org/guide' }],
    answer:
      'A **PEO** shares *employer* status. See [the guide](https://example.org/g).\n\n- payroll\n- benefits\n\n1. one\n2. two',
    source: { file: 'knowledge/x.md', path: '/x.md' },
    ...overrides,
  };
}

const related = [faq({ id: 'peo-vs-aso', question: 'PEO vs ASO?' }), faq({ id: 'aso-fees', question: 'ASO fees?' })];
const buttonsOf = (message: ReturnType<typeof buildAnswerCard>) =>
  message.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));

describe('buildAnswerCard', () => {
  it('has a header with the question, the answer in mrkdwn and a context line', () => {
    const { blocks } = buildAnswerCard(faq());
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'What is a PEO?', emoji: true } });
    const section = blocks[1];
    if (section?.type !== 'section') throw new Error('expected a section');
    expect(section.text?.text).toContain('*PEO*');
    expect(section.text?.text).toContain('_employer_');
    expect(section.text?.text).toContain('<https://example.org/g|the guide>');
    expect(section.text?.text).toMatch(/•\s+payroll/);
    expect(section.text?.text).toMatch(/1\.\s+one/);
    const context = blocks[2];
    if (context?.type !== 'context') throw new Error('expected a context');
    expect(JSON.stringify(context)).toContain('HR outsourcing');
    expect(JSON.stringify(context)).toContain('<https://example.org/guide|A guide>');
  });

  it('has a fallback text that starts with the question', () => {
    expect(buildAnswerCard(faq()).text).toMatch(/^What is a PEO\?\nA /);
  });

  it('offers related questions as buttons that open them', () => {
    const buttons = buttonsOf(buildAnswerCard(faq(), { related }));
    expect(buttons.map((button) => (button.type === 'button' ? button.text.text : ''))).toEqual([
      'PEO vs ASO?',
      'ASO fees?',
    ]);
    expect(buttons.every((button) => button.action_id?.startsWith(ACTIONS.openFaq))).toBe(true);
    expect(JSON.parse((buttons[0] as { value: string }).value)).toEqual({ id: 'peo-vs-aso' });
  });

  it('shows at most six related questions and never the FAQ itself', () => {
    const many = Array.from({ length: 9 }, (_, index) => faq({ id: `other-${index}`, question: `Other ${index}?` }));
    const buttons = buttonsOf(buildAnswerCard(faq(), { related: [faq(), ...many] }));
    expect(buttons).toHaveLength(6);
    expect(buttons.map((button) => button.action_id)).not.toContain(undefined);
  });

  it('offers Share and Back on an ephemeral card, remembering where the user came from', () => {
    const buttons = buttonsOf(buildAnswerCard(faq(), { related, ephemeral: true, backTo: related[0] }));
    const ids = buttons.map((button) => button.action_id?.replace(/:\d+$/, ''));
    expect(ids).toContain(ACTIONS.share);
    expect(ids).toContain(ACTIONS.back);
    expect(JSON.parse((buttons[0] as { value: string }).value)).toEqual({ id: 'peo-vs-aso', from: 'what-is-a-peo' });
  });

  it('offers neither Share nor Back on a public card, and credits who shared it', () => {
    const message = buildAnswerCard(faq(), { related, sharedBy: 'U0123ABC' });
    const ids = buttonsOf(message).map((button) => button.action_id?.replace(/:\d+$/, ''));
    expect(ids).not.toContain(ACTIONS.share);
    expect(ids).not.toContain(ACTIONS.back);
    expect(JSON.stringify(message.blocks)).toContain('Shared by <@U0123ABC>');
  });

  it('refuses to turn a malformed user id into a mention', () => {
    expect(JSON.stringify(buildAnswerCard(faq(), { sharedBy: '<!channel>' }).blocks)).not.toContain('Shared by');
  });

  it('escapes special mentions an author put in an answer, so a card can never ping a channel', () => {
    const message = buildAnswerCard(faq({ answer: 'Hey <!channel> and <!here> and <@U999>, <!subteam^S1|@hr>' }));
    expect(pingsSomeone(message)).toBe(false);
  });

  it('splits a very long answer into sections within Block Kit limits', () => {
    const answer = Array.from({ length: 60 }, (_, index) => `Paragraph ${index} ${'lorem ipsum '.repeat(30)}`).join(
      '\n\n',
    );
    const message = buildAnswerCard(faq({ answer, question: 'Q'.repeat(149) }), {
      related,
      ephemeral: true,
      feedback: true,
    });
    expect(answer.length).toBeGreaterThan(20_000);
    expect(message.blocks.filter((block) => block.type === 'section').length).toBeGreaterThan(6);
    expect(blockKitViolations(message)).toEqual([]);
  });

  it('keeps within 50 blocks even when the answer would need more', () => {
    const answer = Array.from({ length: 80 }, () => 'x'.repeat(2900)).join('\n\n');
    const message = buildAnswerCard(faq({ answer }), { related });
    expect(message.blocks).toHaveLength(50);
    expect(blockKitViolations(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('too long for one Slack message');
  });

  it('still renders an answer whose Markdown is too deeply nested to convert', () => {
    const message = buildAnswerCard(faq({ answer: `${'>'.repeat(5000)} <!channel> deep` }));
    expect(blockKitViolations(message)).toEqual([]);
    expect(pingsSomeone(message)).toBe(false);
    expect(JSON.stringify(message.blocks)).toContain('deep');
  });

  it('acknowledges a vote in place and offers Ask HR after a thumbs-down when asked to', () => {
    const message = buildAnswerCard(faq(), { feedback: true, vote: 'down', askHr: true });
    const ids = buttonsOf(message).map((button) => button.action_id?.replace(/:\d+$/, ''));
    expect(ids).toEqual([ACTIONS.feedbackUp, ACTIONS.feedbackDown, ACTIONS.askHr]);
    expect(JSON.stringify(message.blocks)).toContain('Thanks for telling us');
    expect(JSON.stringify(message.blocks)).toContain('Not helpful ✓');
  });
});
