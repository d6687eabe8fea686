import porter2 from 'wink-porter2-stemmer';
import { FORM_NAME_PLURAL } from './normalize';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * Words whose Porter2 stem would merge them with a word of another meaning at work: an insurance
 * deductible is not a payroll deduction, a dependent is not "it depends", a relative is not employee
 * relations, a freight terminal is not a termination, personal details are not a person, a wellness
 * programme is not "as well", an internal transfer or international travel is not an intern, and the
 * accounting team (or an accountant) is not a bank account; and when a company was founded is not what
 * someone found (a filler word: "I found out that…"). And one irregular verb of HR questions, whose forms
 * Porter2 leaves apart: "I forgot to clock in" asks what "What if I forget to clock in?" answers.
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    deductible: 'deductible',
    deductibles: 'deductible',
    dependent: 'dependent',
    dependents: 'dependent',
    dependant: 'dependent',
    dependants: 'dependent',
    relative: 'relative',
    relatives: 'relative',
    terminal: 'terminal',
    terminals: 'terminal',
    personal: 'personal',
    wellness: 'wellness',
    wellbeing: 'wellbeing',
    internal: 'internal',
    internally: 'internal',
    internals: 'internal',
    international: 'international',
    internationally: 'international',
    accounting: 'accounting',
    accountant: 'accountant',
    accountants: 'accountant',
    accountancy: 'accountant',
    founded: 'founded',
    founding: 'founded',
    forgot: 'forget',
    forgotten: 'forget',
  }),
);

/**
 * Porter2 stem ("employees" → "employe"), memoised because the same few thousand words recur. A token with
 * a digit (a form, a year, an amount: "2316", "403b", "13th") is kept as it is: the stemmer has nothing to
 * take off it, and wink-porter2-stemmer turns a 3 into a y ("2316" → "2y16"), except the plural of a form's
 * name: "w2s" are W-2s, "1099s" are 1099s.
 */
export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = OWN_STEMS.get(word) ?? (/\d/.test(word) ? formStem(word) : porter2(word));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

function formStem(word: string): string {
  return FORM_NAME_PLURAL.test(word) ? word.slice(0, -1) : word;
}
