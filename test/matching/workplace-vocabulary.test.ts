import { Analyzer } from '../../src/matching/analyzer';
import { englishWords } from '../../src/matching/english-words';
import {
  DEFAULT_FILLER_WORDS,
  MIXED_LANGUAGE_FILLER_WORDS,
  OTHER_LANGUAGE_FILLER_WORDS,
} from '../../src/matching/filler-words';
import { WORKPLACE_CUES } from '../../src/matching/workplace-concepts';
import {
  BRITISH_SPELLINGS,
  FRENCH_WORDS,
  IN_ANOTHER_LANGUAGE_WORDS,
  SPANISH_WORDS,
  TRANSLATED_WORDS,
  WORKPLACE_SYNONYMS,
} from '../../src/matching/workplace-vocabulary';

/** The shorter lists, Spanish and French aside (those are held to more words below). */
const OTHER_WORD_LISTS = TRANSLATED_WORDS.filter(([, list]) => list !== SPANISH_WORDS && list !== FRENCH_WORDS);

/** The first place each item appears, and every later place that repeats it. */
function repeats(lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Map<string, number>();
  const repeated: string[] = [];
  lists.forEach((list, index) => {
    for (const item of list) {
      const first = seen.get(item);
      if (first !== undefined && first !== index) repeated.push(item);
      seen.set(item, first ?? index);
    }
  });
  return repeated;
}

describe('the vocabulary that ships with the matcher', () => {
  it('has each synonym phrase in one group only, each group of at least two phrases', () => {
    expect(repeats(WORKPLACE_SYNONYMS)).toEqual([]);
    expect(WORKPLACE_SYNONYMS.filter((group) => group.length < 2)).toEqual([]);
  });

  it('points each cue to one topic only, and every topic has cues', () => {
    expect(repeats(WORKPLACE_CUES.map(({ cues }) => cues))).toEqual([]);
    expect(WORKPLACE_CUES.filter(({ topic, cues }) => topic.length === 0 || cues.length === 0)).toEqual([]);
  });

  it("lists as parts of a topic only that topic's own cues", () => {
    const strays = WORKPLACE_CUES.flatMap(({ cues, parts = [] }) => parts.filter((part) => !cues.includes(part)));
    expect(strays).toEqual([]);
    expect(WORKPLACE_CUES.some(({ parts = [] }) => parts.length > 0)).toBe(true);
  });

  it('is lowercase throughout, as the matcher compares it', () => {
    const all = [
      ...WORKPLACE_SYNONYMS.flat(),
      ...WORKPLACE_CUES.flatMap(({ topic, cues }) => [...topic, ...cues]),
      ...Object.entries(BRITISH_SPELLINGS).flat(),
      ...TRANSLATED_WORDS.flatMap(([, list]) => Object.entries(list).flat()),
    ];
    expect(all.filter((phrase) => phrase !== phrase.toLowerCase())).toEqual([]);
  });

  it.each([
    ['Spanish', SPANISH_WORDS],
    ['French', FRENCH_WORDS],
  ])('reads everyday %s words as one English word each, never a filler word or the word itself', (_, words) => {
    const entries = Object.entries(words);
    expect(entries.length).toBeGreaterThan(500);
    const fillers = new Set([...DEFAULT_FILLER_WORDS, ...OTHER_LANGUAGE_FILLER_WORDS]);
    expect(entries.filter(([word, english]) => !/^[a-z]+$/.test(word) || !/^[a-z0-9]+$/.test(english))).toEqual([]);
    expect(entries.filter(([word, english]) => word === english || fillers.has(word))).toEqual([]);
  });

  it.each(OTHER_WORD_LISTS)(
    'reads everyday %s words as one English word each, never a filler word or the word itself',
    (_, words) => {
      const entries = Object.entries(words);
      expect(entries.length).toBeGreaterThan(200);
      const fillers = new Set([...DEFAULT_FILLER_WORDS, ...OTHER_LANGUAGE_FILLER_WORDS]);
      expect(entries.filter(([word, english]) => !/^[a-z]+$/.test(word) || !/^[a-z0-9]+$/.test(english))).toEqual([]);
      expect(entries.filter(([word, english]) => word === english || fillers.has(word))).toEqual([]);
    },
  );

  it('gives a word one reading, whichever list it is in: the first list to read a word keeps it', () => {
    const lists = TRANSLATED_WORDS.map(([, list]) => list);
    const readings = new Map<string, Set<string>>();
    for (const list of lists) {
      for (const [word, english] of Object.entries(list))
        readings.set(word, (readings.get(word) ?? new Set()).add(english));
    }
    expect([...readings].filter(([, english]) => english.size > 1).map(([word]) => word)).toEqual([]);
    // …and a word the first list reads is left out of the later ones, so each word is in one list only.
    expect(repeats(lists.map((list) => Object.keys(list)))).toEqual([]);
  });

  it('reads a word that is English too in its language only, by a language that has a word list, with one reading', () => {
    const english = englishWords();
    const names = new Set(TRANSLATED_WORDS.map(([name]) => name));
    expect(Object.keys(IN_ANOTHER_LANGUAGE_WORDS).filter((language) => !names.has(language))).toEqual([]);
    const entries = Object.values(IN_ANOTHER_LANGUAGE_WORDS).flatMap((list) => Object.entries(list));
    expect(entries.length).toBeGreaterThan(20);
    // Each is an English word too (else it belongs in its language's list), read as another word…
    expect(entries.filter(([word, reading]) => !english.has(word) || word === reading)).toEqual([]);
    // …that no list reads always, and that no language drops as a filler word…
    const translated = new Set(TRANSLATED_WORDS.flatMap(([, list]) => Object.keys(list)));
    const fillers = new Set([...DEFAULT_FILLER_WORDS, ...OTHER_LANGUAGE_FILLER_WORDS, ...MIXED_LANGUAGE_FILLER_WORDS]);
    expect(entries.filter(([word]) => translated.has(word) || fillers.has(word))).toEqual([]);
    // …nor another language reads otherwise.
    expect(repeats(Object.values(IN_ANOTHER_LANGUAGE_WORDS).map((list) => Object.keys(list)))).toEqual([]);
  });

  it('reads the abbreviations employees type as the words FAQs use ("xmas", "meds", "eval", "chemo")', () => {
    const analyzer = new Analyzer(WORKPLACE_SYNONYMS);
    const terms = (text: string) => analyzer.terms(analyzer.words(text));
    expect(terms('xmas bonus')).toEqual(terms('christmas bonus'));
    // Not "OT": occupational therapy in a benefits FAQ, overtime in a question (a cue reads it so in questions).
    expect(terms('PT and OT coverage')).not.toContain(terms('overtime')[0]);
    expect(terms('are my meds covered')).toEqual(terms('are my medication covered'));
    expect(terms('self eval due')).toEqual(terms('self evaluation due'));
    expect(terms('leave for chemo')).toEqual(terms('leave for chemotherapy'));
    // Chatter of long messages carries no topic, nor does "y'all" (which a typo fix would read as "call").
    expect(terms('tbh idk, nah')).toEqual([]);
    expect(terms("do y'all want notice")).toEqual(terms('notice'));
  });

  it('reads a comparison as one, but not every word that shares its stem ("a different shift")', () => {
    const analyzer = new Analyzer(WORKPLACE_SYNONYMS);
    const terms = (text: string) => analyzer.terms(analyzer.words(text));
    expect(terms('HSA versus FSA')).toContain('vs');
    expect(terms("what's the difference between an HSA and an FSA")).toContain('vs');
    expect(terms('key differences hsa fsa')).toContain('vs');
    expect(terms('can I move to a different shift')).not.toContain('vs');
    expect(terms('we differ on this')).not.toContain('vs');
  });
});
