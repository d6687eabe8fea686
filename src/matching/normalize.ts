/**
 * Turns raw question text (as typed in Slack, or written in an FAQ file) into plain lowercase words:
 * Slack markup resolved to what people see, HTML entities decoded, diacritics, possessives, emoji codes
 * and punctuation removed.
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
    text = text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  }
  text = text.toLowerCase();
  if (text.includes("'")) {
    // possessives: "employer's" and "workers'" both become the plain word; "don't" becomes "dont"
    text = text
      .replace(/(\p{L})'s\b/gu, '$1')
      .replace(/(\p{L}s)'(?=\P{L}|$)/gu, '$1')
      .replace(/(\p{L})'(\p{L})/gu, '$1$2');
  }
  return (ascii ? text.replace(/[^a-z0-9]+/g, ' ') : text.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

export function words(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}
