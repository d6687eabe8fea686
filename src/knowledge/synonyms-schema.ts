import { z } from 'zod';
import { DEFAULT_MATCH_CONFIG } from '../matching/match-config';

const phrase = z
  .preprocess(
    (value) => (typeof value === 'number' ? String(value) : value),
    z.string({ error: 'must be text' }).trim().min(1, { error: 'is empty' }),
  )
  .transform((value) => value.toLowerCase());

/**
 * `knowledge/synonyms.yml`: groups of phrases that mean the same thing. The first phrase of a group is the
 * canonical form; the matcher rewrites every other phrase to it, in questions and in the knowledge base alike.
 */
const retired = z
  .unknown()
  .optional()
  .refine((value) => value === undefined, {
    error:
      "is no longer used: the bot now works out from the FAQs themselves when a question asks for something they don't hold. Delete this section",
  });

/**
 * `synonyms.yml`: groups of phrases that mean the same thing. The first phrase of a group is the canonical
 * form; the matcher rewrites every other phrase to it, in questions and in the knowledge base alike. General
 * workplace vocabulary ships with the matcher; this file adds a company's own words to it.
 */
export const synonymsSchema = z.strictObject(
  {
    groups: z
      .array(
        z
          .array(phrase, { error: 'must be a list of phrases, like [flex fund, wellbeing allowance]' })
          .min(2, { error: 'needs at least two phrases' }),
        { error: 'must be a list of groups, each a list like [pto, paid time off]' },
      )
      .default([]),
    stopwords: z.array(phrase, { error: 'must be a list of words' }).default([]),
    company_specific: retired,
    we_words: retired,
    general_markers: retired,
  },
  { error: 'must have "groups:" (and optionally "stopwords:")' },
);

/** What a YAML file of the knowledge folder holds, for the message when it holds something else. */
export interface YamlFileShape {
  /** The keys an author may write (retired ones are left out of suggestions). */
  keys: readonly string[];
  /** What the file must hold, in words. */
  expected: string;
  /** A small valid file, shown under the message. */
  example: readonly string[];
  /** A file that is only a list is read as this key's value: the intent is plain, and nothing is lost. */
  listKey?: string;
}

export const SYNONYMS_SHAPE: YamlFileShape = {
  keys: ['groups', 'stopwords'],
  expected: 'a "groups:" list (and optionally "stopwords:")',
  example: ['groups:', '  - [flex fund, wellbeing allowance]', '  - [eor, employer of record]'],
  listKey: 'groups',
};

export type Synonyms = Pick<z.infer<typeof synonymsSchema>, 'groups' | 'stopwords'>;

export const EMPTY_SYNONYMS: Synonyms = { groups: [], stopwords: [] };

/** `answer_threshold: 80` is a percentage where a fraction belongs: name the fraction it most likely means. */
function asFractionHint(input: unknown): string {
  return typeof input === 'number' && input >= 30 && input <= 95 ? ` (did you mean ${input / 100}?)` : '';
}

/** `matching.yml`: how cautious the bot is with this knowledge base. Every key is optional. */
export const matchingSettingsSchema = z
  .strictObject(
    {
      answer_threshold: z
        .number({
          error: `must be a number between 0.3 and 0.95 (the default is ${DEFAULT_MATCH_CONFIG.answerThreshold})`,
        })
        .min(0.3, { error: 'must be at least 0.3: lower answers too many questions it should not' })
        .max(0.95, {
          error: (issue) => `must be at most 0.95: higher would hardly ever answer${asFractionHint(issue.input)}`,
        })
        .optional(),
    },
    { error: 'must be "answer_threshold: <number>"' },
  )
  .transform(({ answer_threshold }) => (answer_threshold === undefined ? {} : { answerThreshold: answer_threshold }));

export type MatchingSettings = z.infer<typeof matchingSettingsSchema>;

export const MATCHING_SHAPE: YamlFileShape = {
  keys: ['answer_threshold'],
  expected: '"answer_threshold: <number>"',
  example: [`answer_threshold: 0.8   # 0.3 to 0.95; the default is ${DEFAULT_MATCH_CONFIG.answerThreshold}`],
};
