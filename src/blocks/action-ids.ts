import { z } from 'zod';
import { faqIdSchema } from '../knowledge/faq-schema';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import { LIMITS } from './limits';

/**
 * Action ids shared by the builders that emit buttons and the listeners that handle them. Slack wants the
 * ids in one block distinct, so `actions()` appends `:<n>`; listeners register `actionIdPattern(id)`.
 */
export const ACTIONS = {
  /** Open an FAQ: related questions, did-you-mean choices, topic lists and App Home. */
  openFaq: 'hrfaq_open_faq',
  /** Go back to the FAQ the user came from (ephemeral cards). */
  back: 'hrfaq_back',
  /** Post the ephemeral answer publicly, marked as shared by the asker. */
  share: 'hrfaq_share',
  /** "None of these" under a did-you-mean card. */
  noneOfThese: 'hrfaq_none_of_these',
  feedbackUp: 'hrfaq_feedback_up',
  feedbackDown: 'hrfaq_feedback_down',
  askHr: 'hrfaq_ask_hr',
  /** HR keeps a learned phrasing (weekly digest). */
  keepLearned: 'hrfaq_keep_learned',
  /** HR undoes a learned phrasing: removed at once, never learned again (weekly digest). */
  undoLearned: 'hrfaq_undo_learned',
} as const;

/** Matches the ids of one or more of these actions, with the `:<n>` that keeps ids distinct within a block. */
export function actionIdPattern(...ids: string[]): RegExp {
  return new RegExp(`^(?:${ids.join('|')})(?::\\d+)?$`);
}

/** Matches every action id hrfaq did not emit (an old card's, or a forged one). */
export const FOREIGN_ACTION_ID = new RegExp(`^(?!${actionIdPattern(...Object.values(ACTIONS)).source})`);

/** What a button carries. Every field is validated when the click comes back, because values can be forged. */
export const openFaqValueSchema = z.strictObject({
  /** The FAQ to show. */
  id: faqIdSchema,
  /** The FAQ the user came from, for the Back button. */
  from: faqIdSchema.optional(),
  /** The question the user typed, when the button came from a did-you-mean card (for the gap report). */
  q: z.string().max(MAX_QUERY_LENGTH).optional(),
});

export const faqRefValueSchema = z.strictObject({ id: faqIdSchema });

/** 👍 / 👎 on an answer card: the FAQ, and the question it was shown for (what the vote teaches about). */
export const feedbackValueSchema = z.strictObject({
  id: faqIdSchema,
  q: z.string().max(MAX_QUERY_LENGTH).optional(),
});

/** Keep / Undo on a learned phrasing: the normalised question and the FAQ it was learned for. */
export const learnedValueSchema = z.strictObject({
  q: z.string().min(1).max(MAX_QUERY_LENGTH),
  id: faqIdSchema,
});

export const questionValueSchema = z.strictObject({
  /** The unanswered question, so "Ask HR" and "None of these" know what was asked. */
  q: z.string().max(MAX_QUERY_LENGTH),
  /** The FAQ the user was looking at, when there was one. */
  id: faqIdSchema.optional(),
});

/** Serialises a button value; the schemas keep every value well under Slack's 2000-character limit. */
export function encodeValue(value: object): string {
  const json = JSON.stringify(value);
  if (json.length > LIMITS.buttonValue) throw new Error('button value too long');
  return json;
}

/** Parses a button value against its schema; undefined for anything malformed, oversized or forged. */
export function decodeValue<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> | undefined {
  if (typeof raw !== 'string' || raw.length > LIMITS.buttonValue) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const result = schema.safeParse(parsed);
  return result.success ? result.data : undefined;
}
