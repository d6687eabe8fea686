import type { transliterate as Transliterate } from 'transliteration';
import { readMarkedVietnamese } from './vietnamese';

/**
 * Turns raw question text (as typed in Slack, or written in an FAQ file) into plain lowercase words:
 * Slack markup resolved to what people see, HTML entities decoded, diacritics, possessives, emoji codes
 * and punctuation removed. Cyrillic is read in Latin letters, and Vietnamese typed with its marks is read,
 * before the marks go: they still tell letters and syllables apart then ("й" from "и"; see vietnamese.ts).
 */
export function normalize(raw: string): string {
  // FAQ text rarely has markup, so the Slack and entity rewrites run only when their characters appear.
  let text = raw;
  if (text.includes('<')) {
    // Mentions of people, channels and groups (<@U1>, <#C1|general>, <!here>) say who or where, not
    // what, so they vanish; links keep the label people see.
    text = text
      .replace(/<[@#!][^>]*>/g, ' ')
      .replace(/<(?:https?|mailto|tel):[^>|]*\|([^>]*)>/gi, ' $1 ')
      .replace(/<(?:https?|mailto|tel):[^>]*>/gi, ' ');
  }
  if (text.includes('&')) text = text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  if (text.includes(':')) text = text.replace(/:[a-z0-9_+-]+:/gi, ' ').replace(/\bhttps?:\/\/\S+/gi, ' ');
  if (text.includes('.')) {
    // dotted abbreviations: "p.e.o." reads as "peo"
    text = text.replace(/\b(?:\p{L}\.){2,}\p{L}?\.?/gu, (abbreviation) => ` ${abbreviation.replace(/\./g, '')} `);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detects text that is not plain ASCII
  const ascii = !/[^\u0000-\u007f]/.test(text);
  if (!ascii) {
    // (compatibility forms first: a Cyrillic modifier letter such as "𞀰" is the letter "а")
    if (CYRILLIC.test(text)) text = text.normalize('NFKC').replace(CYRILLIC_WORDS, (word) => transliterate()(word));
    text = readMarkedVietnamese(text)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      // letters that carry no accent to strip: "lønn" reads "lonn", "wypłata" "wyplata", as typed on an English keyboard
      .replace(/[łøđæœßẞ]/gi, (letter) => FOLDED[letter.toLowerCase()] ?? letter)
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  }
  text = joinFormNumbers(text.toLowerCase());
  if (text.includes("'")) {
    // possessives: "employer's" and "workers'" both become the plain word; "don't" becomes "dont"
    text = text
      .replace(/(\p{L})'s\b/gu, '$1')
      .replace(/(\p{L}s)'(?=\P{L}|$)/gu, '$1')
      // "I'll", "I'd": not the words "ill" and "id"
      .replace(/(\p{L})'ll\b/gu, '$1 will')
      .replace(/\bi'd\b/gu, 'i would')
      .replace(/(\p{L})'(\p{L})/gu, '$1$2');
  }
  const plain = (ascii ? text.replace(/[^a-z0-9]+/g, ' ') : text.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
  // w 2, p 60; 401 k, 1099 misc: form names typed with a space
  return /\d/.test(plain)
    ? plain.replace(/\b([ptw]) (\d{1,3})\b/g, '$1$2').replace(/\b(\d{3,4}) (k|b|nec|misc|int|div)\b/g, '$1$2')
    : plain;
}

/**
 * Ukrainian and Russian typed in Cyrillic read as the same words typed in Latin letters ("відпустка" is
 * "vidpustka", "отпуск" "otpusk"), before accents are stripped (which would turn "й" into "и"). The
 * transliteration tables load only when a text has Cyrillic in it.
 */
const CYRILLIC = /[\u0400-\u04ff\u1d78\ua69c\ua69d\u{1e030}-\u{1e06d}]/u;
const CYRILLIC_WORDS = /[\u0400-\u04ff]+/g;
let transliterator: typeof Transliterate | undefined;
function transliterate(): typeof Transliterate {
  transliterator ??= (require('transliteration') as { transliterate: typeof Transliterate }).transliterate;
  return transliterator;
}

const FOLDED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss' };

/** What ends the name of a form or plan after its number: 401k, 403b, 1099nec (as joinFormNumbers joins them). */
export const FORM_SUFFIXES: readonly string[] = ['k', 'b', 'nec', 'misc', 'int', 'div', 'r'];

const FORM = '(?:[a-z]{1,2}\\d{1,4}|\\d{3,4}[a-z]{0,4}?)';
/** A form or plan's name as normalised: a letter or two and a number (w2, i9), or a number and its suffix (401k). */
export const FORM_NAME = new RegExp(`^${FORM}$`);
/** The same in the plural: w2s, 401ks, 1099s. */
export const FORM_NAME_PLURAL = new RegExp(`^${FORM}s$`);

/**
 * Form and plan names are written many ways: W-2, W2, W 2, W‑2; 401(k), 401k, 401 k; 1099-NEC, 1099nec;
 * I-9; P60. Each becomes one token ("w2", "401k", "1099nec"): dashes and brackets here, spaces at the end.
 */
function joinFormNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  return (
    text
      // 401(k), 403(b)
      .replace(/\b(\d{2,4})\s*\(([a-z])\)/g, '$1$2')
      // w-2, i-9, p-60 (one or two letters, a dash, then the digits); w 2, p 60 with a space
      .replace(/\b([a-z]{1,2})[-\u2010-\u2015](\d{1,3})\b/g, '$1$2')
      // 403-b, 1099-nec
      .replace(/\b(\d{3,4})[-\u2010-\u2015](k|b|nec|misc|int|div|r)\b/g, '$1$2')
  );
}

export function words(text: string): string[] {
  return splitJoined(normalize(text));
}

/**
 * The words of two letters or more typed in capitals ("VA", "PA", "CA"), lower-cased (Cyrillic read in Latin
 * letters, as `words` reads it): abbreviations. None in a message typed mostly in capitals, where capitals say
 * nothing of a word.
 */
export function typedInCapitals(text: string): ReadonlySet<string> {
  const capitals = text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu) ?? [];
  const all = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (capitals.length * 2 > all.filter((word) => /\p{L}/u.test(word)).length) return new Set();
  return new Set(capitals.map((word) => (CYRILLIC.test(word) ? normalize(word) : word.toLowerCase())));
}

/** A capitalised name in the possessive, the name its first group ("Sara" of "Sara's", "Sara’s"). */
export const POSSESSIVE_NAME = "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)['\\u2019]s";
const POSSESSIVE_NAMES = new RegExp(`${POSSESSIVE_NAME}(?![\\p{L}\\p{N}])`, 'gu');

/**
 * The names a text gives in the possessive, capitalised: "Sara" of "what's Sara's phone number". A name is
 * no misspelt word, so it is never corrected ("Sara" is not "bara", a Norwegian filler, nor "sars").
 */
export function possessiveNames(text: string): ReadonlySet<string> {
  return new Set(Array.from(text.matchAll(POSSESSIVE_NAMES), ([, name = '']) => normalize(name)));
}

/**
 * The words a text types with a capital and small letters inside a sentence ("does Jessica Tran have…",
 * "in Workday"): a name, often, never corrected to a filler word ("Tran" is not "than"). A sentence's first
 * word is left out: "Whta is open enrollment" is a typo of "what".
 */
export function titleCased(text: string): ReadonlySet<string> {
  const found = text.match(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu) ?? [];
  return new Set(found.map((word) => normalize(word)));
}

/**
 * How a text was typed, as reading its words needs it: the words typed in capitals, the names given in the
 * possessive, the words typed with a capital inside a sentence, and whether it is in Cyrillic.
 */
export interface Typing {
  readonly capitals: ReadonlySet<string>;
  /** The names it gives in the possessive, capitalised ("Sara's"): never read as misspelt words. */
  readonly names: ReadonlySet<string>;
  /** Its words typed with a capital inside a sentence ("Tran"): never read as a misspelt filler word. */
  readonly titleCased: ReadonlySet<string>;
  /** Some of it is written in Cyrillic, so it is written in another language than English. */
  readonly cyrillic: boolean;
  /** Its words as typed, before any is read as English ("giorni", not "days"). */
  readonly typed: readonly string[];
}

/** Words read with no more known of how they were typed (a single word, a phrase of the knowledge base's own). */
export const UNKNOWN_TYPING: Typing = {
  capitals: new Set(),
  names: new Set(),
  titleCased: new Set(),
  cyrillic: false,
  typed: [],
};

/** How this text was typed. */
export function typing(text: string): Typing {
  return {
    capitals: typedInCapitals(text),
    names: possessiveNames(text),
    titleCased: titleCased(text),
    cyrillic: CYRILLIC.test(text),
    typed: words(text),
  };
}

/** A list joined by `separator` (words by spaces), back as its items: none for the empty text. */
export function splitJoined(text: string, separator = ' '): string[] {
  return text === '' ? [] : text.split(separator);
}

/**
 * Two words of three letters or more with only spaces between them, in text without the characters that
 * normalising removes whole (mentions, emoji codes, links, entities): always at least two words, since
 * only single letters and numbers are ever joined ("w 2", "401 k").
 */
const SEVERAL_WORDS = /^[^<:&]*[a-z]{3}\s+[a-z]{3}/i;

/**
 * The one word a text is, or undefined when it is none or several. Most texts asked about are phrases of
 * several words, which a quick look tells without normalising them (a tenth of a second for the alternates
 * of 10,000 FAQs, on every start).
 */
export function soleWord(text: string): string | undefined {
  if (SEVERAL_WORDS.test(text)) return undefined;
  const [word, ...rest] = words(text);
  return rest.length === 0 ? word : undefined;
}
