import { z } from 'zod';

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
export const synonymsSchema = z.strictObject(
  {
    groups: z
      .array(z.array(phrase, { error: 'must be a list of phrases' }).min(2, { error: 'needs at least two phrases' }), {
        error: 'must be a list of groups, each a list like [peo, professional employer organization]',
      })
      .default([]),
    stopwords: z.array(phrase, { error: 'must be a list of words' }).default([]),
    company_specific: z.array(phrase, { error: 'must be a list of words or phrases' }).default([]),
    we_words: z.array(phrase, { error: 'must be a list of words' }).default([]),
    general_markers: z.array(phrase, { error: 'must be a list of words or phrases' }).default([]),
  },
  { error: 'must have "groups:" (and optionally "stopwords:", "company_specific:", "we_words:", "general_markers:")' },
);

export type Synonyms = z.infer<typeof synonymsSchema>;

export const EMPTY_SYNONYMS: Synonyms = {
  groups: [],
  stopwords: [],
  company_specific: [],
  we_words: [],
  general_markers: [],
};
