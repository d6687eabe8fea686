const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const consonant = (letter: string | undefined) => letter !== undefined && /[a-z]/.test(letter) && !VOWELS.has(letter);

/**
 * A word with its regular English inflections, built forward from the word only: plural or third person
 * ("baby" → babies, "coach" → coaches, "resign" → resigns), past ("relocate" → relocated, "plan" →
 * planned) and -ing ("divorce" → divorcing, "quit" → quitting). Nothing is taken off the word, so a cue
 * such as "canned" never comes to mean "can". Irregular forms must be listed as words of their own.
 */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  const last = word.at(-1);
  const before = word.at(-2);
  if (last === 'y' && consonant(before)) forms.add(`${word.slice(0, -1)}ies`);
  else if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else forms.add(`${word}s`);
  if (/(ed|ing)$/.test(word) || word.length < 3) return [...forms];
  // Past and -ing forms.
  if (last === 'e') {
    forms.add(`${word}d`);
    if (word.endsWith('ie')) forms.add(`${word.slice(0, -2)}ying`);
    else forms.add(word.endsWith('ee') ? `${word}ing` : `${word.slice(0, -1)}ing`);
  } else if (last === 'y' && consonant(before)) {
    forms.add(`${word.slice(0, -1)}ied`);
    forms.add(`${word}ing`);
  } else {
    forms.add(`${word}ed`);
    forms.add(`${word}ing`);
    // A short word ending consonant-vowel-consonant doubles its last letter: planned, quitting.
    const third = word.at(-3);
    const startsSyllable = consonant(third) || (third === 'u' && word.at(-4) === 'q');
    if (consonant(last) && !/[wxy]/.test(last ?? '') && VOWELS.has(before ?? '') && startsSyllable) {
      forms.add(`${word}${last}ed`);
      forms.add(`${word}${last}ing`);
    }
  }
  return [...forms];
}
