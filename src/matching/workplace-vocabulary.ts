import britishSpellings from './vocabulary/british-spellings.json';
import frenchWords from './vocabulary/french-words.json';
import maoriWords from './vocabulary/maori-words.json';
import spanishWords from './vocabulary/spanish-words.json';
import swahiliWords from './vocabulary/swahili-words.json';
import synonyms from './vocabulary/synonyms.json';

/**
 * General HR and workplace vocabulary that holds in any company, shipped with the matcher so a knowledge
 * base finds "compassionate leave" under "bereavement" without listing it (`vocabulary/synonyms.json`).
 * Each group is a list of phrases that mean the same thing at work; the first is the canonical form. A
 * knowledge base's own `synonyms.yml` adds to these, and wins where it lists the same phrase.
 *
 * Only true synonyms belong here: a group that merges neighbouring ideas (maternity and paternity leave,
 * public holidays and vacation) would make their FAQs indistinguishable.
 */
export const WORKPLACE_SYNONYMS: ReadonlyArray<readonly string[]> = synonyms;

/**
 * British spellings read as American ones (in questions and FAQs alike), beyond the regular -ise/-ize and
 * -isation/-ization endings that the analyser folds by rule.
 */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = britishSpellings;

/**
 * Everyday Spanish words of HR questions, as US employees type them without accents, read as the English
 * word an FAQ would use ("pagaron" → pay, "seguro" → insurance, "botas" → boots): in questions and FAQs alike,
 * like British spellings. Written by someone who saw neither the matcher nor any evaluation set; forms that
 * are also English words ("cheque") are left out.
 */
export const SPANISH_WORDS: Readonly<Record<string, string>> = spanishWords;

/**
 * Everyday French words of HR questions, as employees in Quebec, France, Belgium or Switzerland type them
 * (accents are dropped before lookup), read as the English word an FAQ would use ("conge" → leave, "paie" →
 * pay, "demission" → resign), as the Spanish ones are. Written by someone who saw neither the matcher nor any
 * evaluation set; forms that are also English words ("prime", "formation") are left out.
 */
export const FRENCH_WORDS: Readonly<Record<string, string>> = frenchWords;

/**
 * Everyday Swahili and Sheng words of HR questions, as employees in Kenya, Uganda and Tanzania mix them into
 * English ("likizo" → leave, "mshahara" → salary, "homa" → fever, "msiba" → bereavement), read as the English
 * word an FAQ would use, as the Spanish and French ones are. Written by someone who saw neither the matcher
 * nor any evaluation set, checked against English word lists; words that are also English words or common
 * names ("pole", "doo", "gari") and words with a second everyday meaning ("kodi", tax or rent) are left out.
 */
export const SWAHILI_WORDS: Readonly<Record<string, string>> = swahiliWords;

/**
 * Te reo Māori words New Zealanders use in English at work, without their macrons ("whanau" → family,
 * "mahi" → work, "tangi" → funeral, "hapu" → pregnant), read as the English word an FAQ would use. Written
 * as the Swahili ones were; words that are also English words or common names ("mate", "kai", "utu") are left
 * out. A few that are rare English words stay ("hui", meeting); a knowledge base that uses one as a keyword
 * keeps it as written.
 */
export const MAORI_WORDS: Readonly<Record<string, string>> = maoriWords;
