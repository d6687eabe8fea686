import type { AnalyticsEvent } from '../../src/analytics/event-schema';
import { buildGapReport } from '../../src/analytics/gap-report';

let clock = 0;
const at = (day: string) => `${day}T10:00:${String(clock++ % 60).padStart(2, '0')}.000Z`;
const event = (
  day: string,
  fields: Partial<AnalyticsEvent> & Pick<AnalyticsEvent, 'kind' | 'surface'>,
): AnalyticsEvent => ({
  time: at(day),
  ...fields,
});

const events: AnalyticsEvent[] = [
  event('2026-11-18', { kind: 'no-match', surface: 'command', question: 'When is payday?' }),
  event('2026-11-19', { kind: 'no-match', surface: 'mention', question: 'when is PAYDAY' }),
  event('2026-11-19', { kind: 'no-match', surface: 'button', question: 'parking rules' }),
  event('2026-11-19', { kind: 'answered', surface: 'dm', faq: 'peo-vs-aso', score: 1, band: 'answer' }),
  event('2026-11-19', {
    kind: 'did-you-mean',
    surface: 'command',
    faq: 'aso-fees',
    question: 'aso money',
    band: 'did-you-mean',
  }),
  event('2026-11-19', { kind: 'did-you-mean', surface: 'button', faq: 'aso-fees', question: 'aso money' }),
  event('2026-11-20', { kind: 'did-you-mean', surface: 'button', faq: 'aso-fees', question: 'ASO money?' }),
  event('2026-11-20', { kind: 'asked', surface: 'button', faq: 'what-is-a-peo' }),
  // u1 changes their mind on card c1: only the last vote counts
  event('2026-11-20', {
    kind: 'feedback',
    surface: 'button',
    faq: 'aso-fees',
    vote: 'up',
    user: 'a'.repeat(16),
    card: 'c1',
  }),
  event('2026-11-20', {
    kind: 'feedback',
    surface: 'button',
    faq: 'aso-fees',
    vote: 'down',
    user: 'a'.repeat(16),
    card: 'c1',
  }),
  event('2026-11-20', {
    kind: 'feedback',
    surface: 'button',
    faq: 'aso-fees',
    vote: 'down',
    user: 'b'.repeat(16),
    card: 'c1',
  }),
  event('2026-11-20', {
    kind: 'feedback',
    surface: 'button',
    faq: 'peo-vs-aso',
    vote: 'up',
    user: 'a'.repeat(16),
    card: 'c2',
  }),
  event('2026-11-20', {
    kind: 'feedback',
    surface: 'button',
    faq: 'peo-vs-aso',
    vote: 'down',
    user: 'b'.repeat(16),
    card: 'c2',
  }),
  event('2026-11-20', { kind: 'escalated', surface: 'button', faq: 'aso-fees' }),
];

describe('buildGapReport', () => {
  const report = buildGapReport(events, new Date('2026-11-13T00:00:00Z'), new Date('2026-11-20T23:00:00Z'));

  it('groups unanswered questions by their normalised text, most asked first', () => {
    expect(report.unanswered).toEqual([
      { question: 'when is PAYDAY', count: 2, lastSeen: expect.stringMatching(/^2026-11-19/) },
      { question: 'parking rules', count: 1, lastSeen: expect.stringMatching(/^2026-11-19/) },
    ]);
  });

  it('ranks FAQs by 👎 rate, counting each person’s last vote per card once', () => {
    expect(report.feedback).toEqual([
      { faq: 'aso-fees', up: 0, down: 2, downRate: 1 },
      { faq: 'peo-vs-aso', up: 1, down: 1, downRate: 0.5 },
    ]);
  });

  it('suggests alternates from did-you-mean picks', () => {
    expect(report.suggestedAlternates).toEqual([{ question: 'ASO money?', faq: 'aso-fees', count: 2 }]);
  });

  it('counts escalations and volume by day and by surface', () => {
    expect(report.escalations).toBe(1);
    expect(report.volume.byDay).toEqual([
      { day: '2026-11-18', questions: 1 },
      { day: '2026-11-19', questions: 3 },
      { day: '2026-11-20', questions: 1 },
    ]);
    expect(report.volume.bySurface).toEqual({ command: 2, mention: 1, dm: 1, button: 1 });
  });

  it('lists questions offered "Did you mean…?" choices with no click after them, most such first', () => {
    const offered = (question: string, surface: 'dm' | 'command' = 'dm') =>
      event('2026-11-20', { kind: 'did-you-mean', surface, question, faq: 'aso-fees', band: 'did-you-mean' });
    const more = buildGapReport(
      [
        ...events,
        offered('christmas bonus?'),
        offered('Christmas bonus', 'command'),
        offered('christmas bonus'),
        offered('vision plan'),
        // "None of these" is a click: the question is among the unanswered instead
        event('2026-11-20', { kind: 'no-match', surface: 'button', question: 'vision plan' }),
        offered('gym'),
        offered('gym'),
        event('2026-11-20', { kind: 'did-you-mean', surface: 'button', faq: 'aso-fees', question: 'gym' }),
        // a card that previewed the likeliest answer needs no click to be read
        event('2026-11-20', {
          kind: 'did-you-mean',
          surface: 'dm',
          question: 'parking',
          faq: 'aso-fees',
          band: 'did-you-mean',
          previewed: true,
        }),
      ],
      new Date('2026-11-13T00:00:00Z'),
      new Date('2026-11-20T23:00:00Z'),
    );
    expect(more.unpicked).toEqual([
      { question: 'christmas bonus', count: 3, lastSeen: expect.stringMatching(/^2026-11-20/) },
      { question: 'gym', count: 1, lastSeen: expect.stringMatching(/^2026-11-20/) },
    ]);
    // "aso money" was offered once and picked twice (once typed differently): nothing unpicked.
    expect(report.unpicked).toEqual([]);
  });

  it('is empty, not broken, with no events', () => {
    const empty = buildGapReport([], new Date(0), new Date(0));
    expect(empty).toMatchObject({
      unanswered: [],
      feedback: [],
      suggestedAlternates: [],
      unpicked: [],
      escalations: 0,
    });
  });
});
