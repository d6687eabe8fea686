import { z } from 'zod';
import { faqIdSchema } from '../knowledge/faq-schema';
import { MAX_QUERY_LENGTH } from '../matching/match-config';

export const EVENT_KINDS = ['asked', 'answered', 'did-you-mean', 'no-match', 'feedback', 'escalated'] as const;
export const SURFACES = ['command', 'mention', 'dm', 'button'] as const;

/**
 * One line of the event log. The question text is present only for no-match and did-you-mean events, which
 * HR needs to close gaps; users appear only as salted hashes.
 */
export const analyticsEventSchema = z.strictObject({
  time: z.iso.datetime(),
  kind: z.enum(EVENT_KINDS),
  surface: z.enum(SURFACES),
  faq: faqIdSchema.optional(),
  score: z.number().min(0).max(1).optional(),
  band: z.enum(['answer', 'did-you-mean', 'no-match']).optional(),
  question: z.string().max(MAX_QUERY_LENGTH).optional(),
  user: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
  vote: z.enum(['up', 'down']).optional(),
  /** Identifies the card a vote was cast on, so each user's vote counts once per card. */
  card: z.string().max(100).optional(),
  /** A "Did you mean…?" card that showed the start of its likeliest FAQ's answer (that FAQ is `faq`). */
  previewed: z.literal(true).optional(),
});

export type AnalyticsEvent = z.infer<typeof analyticsEventSchema>;
/** Where a question or click came in: a slash command, a mention, a DM or a button. */
export type QuestionSource = (typeof SURFACES)[number];
