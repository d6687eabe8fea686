import markedWords from './vocabulary/vietnamese-marked-words.json';

/** Letters that only Vietnamese writes: ơ, ư, and vowels with a dot below or a hook above (ạ … ỹ). */
const VIETNAMESE_LETTER = /[ơưƠƯ\u1EA0-\u1EF9]/u;
/** The longest phrase in the list, in syllables. */
const LONGEST = 3;
const MARKED: ReadonlyMap<string, string> = new Map(Object.entries(markedWords));

/**
 * Vietnamese typed with its marks, read before normalising drops them: without them a syllable often reads two
 * ways ("nghỉ", time off, and "nghĩ", think, are both "nghi"), with them it reads one. Each word or phrase of
 * `vocabulary/vietnamese-marked-words.json` ("nghỉ phép", "lương", "thai sản") becomes the English word an FAQ
 * would use, the longest phrase first; the rest of the text is left as it is. Text with no letter that only
 * Vietnamese writes is returned unchanged, so French, Portuguese or Romanian accents are never read this way.
 */
export function readMarkedVietnamese(text: string): string {
  const composed = text.normalize('NFC');
  if (!VIETNAMESE_LETTER.test(composed)) return text;
  const syllables = [...composed.matchAll(/\p{L}+/gu)].map((found) => ({
    word: found[0].toLowerCase(),
    start: found.index,
    end: found.index + found[0].length,
  }));
  // Whether only spaces stand between a syllable and the next: a phrase is syllables joined that way.
  const spacedToNext = syllables.map(
    ({ end }, index) => index + 1 < syllables.length && /^ +$/.test(composed.slice(end, syllables[index + 1]?.start)),
  );
  let out = '';
  let copied = 0;
  for (let at = 0; at < syllables.length; ) {
    let english: string | undefined;
    let matched = 0;
    for (let length = Math.min(LONGEST, syllables.length - at); length > 0; length -= 1) {
      if (spacedToNext.slice(at, at + length - 1).every(Boolean)) {
        english = MARKED.get(
          syllables
            .slice(at, at + length)
            .map(({ word }) => word)
            .join(' '),
        );
      }
      if (english !== undefined) {
        matched = length;
        break;
      }
    }
    const first = syllables[at];
    const last = syllables[at + matched - 1];
    if (english !== undefined && first !== undefined && last !== undefined) {
      out += `${composed.slice(copied, first.start)}${english}`;
      copied = last.end;
    }
    at += Math.max(1, matched);
  }
  return out + composed.slice(copied);
}
