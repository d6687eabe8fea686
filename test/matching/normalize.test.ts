import path from 'node:path';
import { normalize, possessiveNames, soleWord, titleCased, typedInCapitals, words } from '../../src/matching/normalize';

describe('normalize', () => {
  it.each([
    ['What is a PEO?', 'what is a peo'],
    ['<@U0123ABC> what is a peo', 'what is a peo'],
    ['<@U0123ABC|jane> hi', 'hi'],
    ['<!channel> <!here> <!everyone> <!subteam^S123|@hr> peo', 'peo'],
    ['see <#C0123|hr-help> about peo', 'see about peo'],
    ['read <https://example.com/x|the guide> please', 'read the guide please'],
    ['read <https://example.com/x> please', 'read please'],
    ['PEO &amp; ASO &lt;compared&gt;', 'peo aso compared'],
    ["the employer's workers' comp", 'the employer workers comp'],
    ['the employer’s role', 'the employer role'],
    ['Qué es la compensación?', 'que es la compensacion'],
    ['co-employment vs. EOR', 'co employment vs eor'],
    ['Når får jeg LØNN? wypłata', 'nar far jeg lonn wyplata'],
    ['Ærlig talt, Straße, STRAẞE, Đorđe, œuvre, ŁÓDŹ', 'aerlig talt strasse strasse dorde oeuvre lodz'],
    ['what is a p.e.o. in hr', 'what is a peo in hr'],
    ['r.a.g. explained', 'rag explained'],
    [':wave: hello :smile:', 'hello'],
    ['peo 😀 🎉', 'peo'],
    ['```code fence``` `peo`', 'code fence peo'],
    ['   \t\n  ', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps letters of other scripts, including right-to-left text', () => {
    expect(normalize('ما هو PEO؟')).toBe('ما هو peo');
    expect(normalize('שלום peo')).toBe('שלום peo');
  });

  it('reads Cyrillic in Latin letters, as Ukrainian and Russian speakers type it without a Cyrillic keyboard', () => {
    expect(normalize('Відпустка: скільки днів?')).toBe('vidpustka skilki dniv');
    expect(normalize('Отпуск и больничный, ёлка, йод')).toBe('otpusk i bolnichnyy yolka yod');
    // Mixed with English and Polish in one message, and other scripts untouched.
    expect(normalize('my відпустка, urlop, ما هو')).toBe('my vidpustka urlop ما هو');
    // A compatibility form of a Cyrillic letter is that letter, inside a word too; "й" keeps its breve until read.
    expect(normalize('𞀰')).toBe('a');
    expect(normalize('от𞀰пуск')).toBe(normalize('отапуск'));
    expect(normalize('йод')).not.toBe(normalize('иод'));
  });

  it('loads the transliteration tables only for text with Cyrillic in it', () => {
    jest.isolateModules(() => {
      const loaded = () =>
        Object.keys(require.cache).some((file) => file.includes(`${path.sep}transliteration${path.sep}`));
      const fresh: typeof import('../../src/matching/normalize') = require('../../src/matching/normalize');
      for (const file of Object.keys(require.cache))
        if (file.includes(`${path.sep}transliteration${path.sep}`)) delete require.cache[file];
      fresh.normalize('Ärger mit dem Gehalt, café, lønn');
      expect(loaded()).toBe(false);
      fresh.normalize('зарплата');
      expect(loaded()).toBe(true);
    });
  });

  it('keeps digits', () => {
    expect(normalize('401k and W-2')).toBe('401k and w2');
  });

  it('splits into words, and gives no words for blank text', () => {
    expect(words('Hi, PEO!')).toEqual(['hi', 'peo']);
    expect(words('?!')).toEqual([]);
  });

  describe('soleWord: the one word a text is, told quickly for phrases of several words', () => {
    it.each([
      ['EL', 'el'],
      ['W-2', 'w2'],
      ['w 2', 'w2'],
      ['401 (k)', '401k'],
      ['1099 nec', '1099nec'],
      ['p.e.o.', 'peo'],
      [':rotating_light: ESTA', 'esta'],
      ['<@U0123ABC> pto', 'pto'],
      ['see https://example.com/pto-policy ESPP', undefined],
      ['https://example.com/pto-policy ESPP', 'espp'],
      ['benefits &amp;', 'benefits'],
      ['  Forma  ', 'forma'],
      ['paid time off', undefined],
      ['DE 4', undefined],
      ['pto\u00a0days', undefined],
      ['café\u00a0crème', undefined],
      ["don't", 'dont'],
      ['?!', undefined],
    ])('%j', (text, expected) => {
      const all = words(text);
      // Always what normalising the whole text says.
      expect(soleWord(text)).toBe(all.length === 1 ? all[0] : undefined);
      expect(soleWord(text)).toBe(expected);
    });
  });
});

describe('typedInCapitals', () => {
  it('finds the words of two letters or more typed in capitals, whole words only', () => {
    expect([...typedInCapitals('como uso mis beneficios del VA? mi PA dice que si')]).toEqual(['va', 'pa']);
    // (not a piece of a word with an accented letter: "NAÏVE", "ÉVA"; nor one capital letter: "plan C")
    expect([...typedInCapitals('NAÏVE question about ÉVA and plan C')]).toEqual(['naïve', 'éva']);
  });

  it('finds none in a message typed mostly in capitals', () => {
    expect(typedInCapitals('PANO PO MAG FILE NG LEAVE SA PORTAL? regular na')).toEqual(new Set());
  });
});

describe('possessiveNames', () => {
  it('finds the capitalised names given in the possessive, with either apostrophe', () => {
    expect([...possessiveNames("what's Sara's phone number? and Tomás’s email")]).toEqual(['sara', 'tomas']);
  });

  it('finds no word in lower case, in capitals, or not in the possessive', () => {
    // ("employer's" is a word, "HR's" an abbreviation, "Sara" alone no possessive, "Sara'sphone" no word end)
    expect(possessiveNames("my employer's plan, HR's form, ask Sara, Sara'sphone")).toEqual(new Set());
  });
});

describe('titleCased', () => {
  it('finds the words typed with a capital inside a sentence, not those in capitals or small letters', () => {
    expect([...titleCased('does Jessica Tran have PTO left in Workday, or Zoë?')]).toEqual([
      'jessica',
      'tran',
      'workday',
      'zoe',
    ]);
  });

  it("leaves out a sentence's first word, which may be a typo ('Whta is…')", () => {
    expect([...titleCased('Whta is open enrollment? Hwo do I join. Ask Sara')]).toEqual(['sara']);
  });
});
