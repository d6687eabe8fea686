import { z } from 'zod';
import { doubleQuoted } from './front-matter';

/** Slack shows at most 150 characters in a header block, and the question is the card's header. */
export const MAX_QUESTION_LENGTH = 150;
/** Keeps every answer comfortably inside one Slack message once it is split into sections. */
export const MAX_ANSWER_LENGTH = 20_000;
export const MAX_CATEGORY_LENGTH = 60;

export const FAQ_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_FAQ_ID_LENGTH = 64;

const isMissing = (input: unknown) => input === undefined || input === null;

/** YAML reads `2024` or `true` as non-strings; an author means the text, so take it as text. */
const asText = (value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);

/**
 * `- Benefits: when do they start?` is valid YAML, but the ": " makes it a key and value rather than text; the
 * author meant the text, so say how to write it.
 */
const notText = (input: unknown) => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'must be text';
  const [entry, ...more] = Object.entries(input);
  const meant =
    entry && more.length === 0 && (entry[1] === null || typeof entry[1] !== 'object')
      ? `: ${doubleQuoted(`${entry[0]}: ${String(entry[1] ?? '')}`.trim())}`
      : '';
  return `must be text, but the ": " (colon and space) in it makes YAML read a key and value; put the whole text in quotes${meant}`;
};

const text = (maxLength?: number) => {
  const base = z
    .string({ error: (issue) => (isMissing(issue.input) ? 'is missing' : notText(issue.input)) })
    .trim()
    .min(1, { error: 'is empty' });
  const limited =
    maxLength === undefined
      ? base
      : base.max(maxLength, {
          error: (issue) => `is ${String(issue.input).length} characters; keep it to ${maxLength}`,
        });
  return z.preprocess(asText, limited);
};

/** An empty YAML key (`alternates:`) means "none yet", not an error. */
const optionalList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === null ? undefined : value),
    z.array(item, { error: 'must be a list (one "- item" per line, or [a, b])' }).default([]),
  );

export const faqIdSchema = z
  .string({ error: 'must be text' })
  .max(MAX_FAQ_ID_LENGTH, { error: `is longer than ${MAX_FAQ_ID_LENGTH} characters` })
  .regex(FAQ_ID_PATTERN, { error: 'must be kebab-case: lowercase letters, digits and single hyphens' });

/** The words of a text as an id spells them: accents dropped, lowercase ASCII letters and digits ("Café's" → cafes). */
export function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * The kebab-case form of a would-be id, for "did you mean": `Payday` → `payday`, `Sick_Leave` → `sick-leave`,
 * `PTOPolicy` → `pto-policy` (or, without `splitCamelCase`, `ptopolicy`). Undefined when nothing valid is left.
 */
export function toKebabCase(text: string, { splitCamelCase = true } = {}): string | undefined {
  const spaced = splitCamelCase
    ? text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    : text;
  const kebab = asciiWords(spaced).join('-');
  return faqIdSchema.safeParse(kebab).success ? kebab : undefined;
}

const LINK_URL_FORMS =
  'must be a web address starting with https:// or http://, or an email link such as mailto:payroll@example.com';

/** `mailto:` and one or more addresses (comma-separated), optionally followed by `?subject=…`. */
const MAILTO = /^mailto:[^\s@,?]+@[^\s@,?]+(?:,[^\s@,?]+@[^\s@,?]+)*(?:\?\S*)?$/i;

/** A web address (with a host after `//`) or a `mailto:` link: what a link on an answer card can open. */
function isLinkAddress(value: string): boolean {
  if (/^mailto:/i.test(value)) return MAILTO.test(value);
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

export const linkSchema = z.strictObject(
  {
    title: text(100),
    url: z
      .string({ error: LINK_URL_FORMS })
      .refine(isLinkAddress, { error: LINK_URL_FORMS })
      // Slack writes links as <url|title>, so these characters would end the link early or inject markup.
      .regex(/^[^\s<>|]+$/, { error: 'must not contain spaces or the characters < > |' }),
  },
  { error: 'must be a link with a title and a url' },
);

/** Front matter as HR authors write it. Unknown keys are errors, so a typo such as `realted:` is caught. */
export const frontMatterSchema = z.strictObject(
  {
    id: faqIdSchema.optional(),
    question: text(MAX_QUESTION_LENGTH),
    alternates: optionalList(text()),
    keywords: optionalList(text()),
    category: text(MAX_CATEGORY_LENGTH),
    related: optionalList(faqIdSchema),
    links: optionalList(linkSchema),
  },
  { error: 'must be a set of "key: value" lines' },
);

export const FRONT_MATTER_KEYS = Object.keys(frontMatterSchema.shape);

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Where an FAQ came from, so checks on its content can point at the file (and, via locate.ts, the line). */
export interface FaqSource {
  /** The path as shown to authors. */
  file: string;
  /** The absolute path, for reading the file again. */
  path: string;
}

/** A validated FAQ: its front matter with the id resolved, the Markdown answer and where it came from. */
export interface Faq extends Omit<FrontMatter, 'id'> {
  id: string;
  answer: string;
  source: FaqSource;
  /**
   * The answer rendered for display once (Slack mrkdwn for the bot): at load (validate, reloads) or in the
   * background after start-up; absent until then, on Lambda, in the other CLI commands and for ad-hoc FAQs
   * (the card then converts it when shown).
   */
  rendered?: string;
}
