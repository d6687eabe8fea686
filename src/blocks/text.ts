import { LIMITS } from './limits';

const ELLIPSIS = '…';

/** Embedding and override marks (U+202A–U+202E, U+2066–U+2069) can make echoed text read in a misleading order. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Cuts text to at most `max` UTF-16 units, ending with an ellipsis, without splitting an emoji in half. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // don't keep half a surrogate pair
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * Escapes text a user typed before the bot echoes it in mrkdwn: `&`, `<` and `>` as Slack asks, so nobody
 * can smuggle in `<!channel>`, `<@U123>` or a disguised `<https://evil|link>`. Plain "@here" is broken
 * with a zero-width joiner too, in case a client ever links it.
 */
export function escapeUserText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
}

/** Echoes a user's question inside mrkdwn: escaped, on one line, and short. */
export function quoteUserText(text: string, max = 200): string {
  const oneLine = text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Escape after truncating so an entity such as &amp; is never cut in half.
  return escapeUserText(truncate(oneLine, max)).replace(/[*_~`]/g, (mark) => `\u200b${mark}\u200b`);
}

/** Plain text for a `plain_text` object: no escaping needed, just Slack's length limit. */
export function plain(text: string, max: number): string {
  const cleaned = text
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
  return truncate(cleaned === '' ? '…' : cleaned, max);
}

/**
 * Splits long mrkdwn into pieces of at most `max` characters for consecutive section blocks: at paragraph
 * breaks where possible, then at line breaks, then at spaces, never inside a `<link|label>`.
 */
export function splitMrkdwn(text: string, max: number = LIMITS.sectionText): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = bestCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

function bestCut(text: string, max: number): number {
  const window = text.slice(0, max);
  for (const separator of ['\n\n', '\n', ' ']) {
    let at = window.lastIndexOf(separator);
    while (at > 0 && insideLink(text, at)) at = window.lastIndexOf(separator, at - 1);
    if (at > max / 3) return at;
  }
  const open = window.lastIndexOf('<');
  if (open > 0 && insideLink(text, open + 1)) return open;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Whether `index` falls inside a `<…>` sequence of the whole text (its `>` may lie past the cut). */
function insideLink(text: string, index: number): boolean {
  const open = text.lastIndexOf('<', index - 1);
  if (open === -1) return false;
  const close = text.indexOf('>', open);
  return close === -1 || close >= index;
}

/**
 * A mention of a Slack user, for the one place each card names someone (who shared it, who asked HR); ids
 * that don't look like Slack user ids are refused, so nothing else can be smuggled into a mention.
 */
export function userMention(userId: string | undefined): string | undefined {
  return userId !== undefined && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : undefined;
}
