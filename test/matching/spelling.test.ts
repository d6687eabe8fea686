import { editDistance, SpellingCorrector } from '../../src/matching/spelling';

const corrector = new SpellingCorrector(
  new Map([
    ['employment', 3],
    ['compensation', 2],
    ['retrieval', 1],
    ['generative', 4],
    ['professional', 2],
    ['agentic', 1],
    ['pays', 1],
  ]),
);

describe('SpellingCorrector', () => {
  it.each([
    ['employement', 'employment'], // insertion
    ['compensaton', 'compensation'], // deletion
    ['generitive', 'generative'], // substitution
    ['retreival', 'retrieval'], // swapped letters
    ['agnetic', 'agentic'], // swapped letters in a short word
    ['proffesional', 'professional'], // two edits in a long word
  ])('corrects %s to %s', (typo, fixed) => {
    expect(corrector.correct(typo)).toBe(fixed);
  });

  it('leaves known words, short words, numbers and distant words alone', () => {
    expect(corrector.correct('employment')).toBeUndefined();
    expect(corrector.correct('day')).toBeUndefined(); // too short to guess ("pay")
    expect(corrector.correct('401ks')).toBeUndefined();
    expect(corrector.correct('vacation')).toBeUndefined();
  });

  it('never "corrects" a real English word the knowledge base doesn\'t use', () => {
    const withDictionary = new SpellingCorrector(new Map([['better', 3]]), new Set(['letter']));
    expect(withDictionary.correct('letter')).toBeUndefined();
    expect(withDictionary.correct('bettr')).toBe('better');
    expect(new SpellingCorrector(new Map([['better', 3]])).correct('letter')).toBe('better');
  });

  it('allows only one edit in words shorter than eight letters', () => {
    expect(corrector.correct('agnetci')).toBeUndefined();
  });
});

describe('SpellingCorrector without the two-typo search', () => {
  it('still finds one typo, but leaves two in a long word alone', () => {
    const corrector = new SpellingCorrector(new Map([['reimbursement', 4]]));
    expect(corrector.correct('reimbursment', { twoTypos: false })).toBe('reimbursement');
    expect(corrector.correct('reimbusment')).toBe('reimbursement');
    expect(corrector.correct('reimbusment', { twoTypos: false })).toBeUndefined();
  });
});

describe('SpellingCorrector, choosing between equally close words', () => {
  it('prefers the one that fits, then the commoner one', () => {
    const corrector = new SpellingCorrector(
      new Map([
        ['except', 9],
        ['exempt', 1],
      ]),
    );
    expect(corrector.correct('exmept')).toBe('except');
    expect(corrector.correct('exmept', { fits: (word) => word === 'exempt' })).toBe('exempt');
    // A closer word still wins over one that fits.
    expect(corrector.correct('excep', { fits: (word) => word === 'exempt' })).toBe('except');
  });
});

describe('SpellingCorrector.add', () => {
  it('makes one more word a target, and a known word left alone', () => {
    const corrector = new SpellingCorrector(new Map([['payroll', 3]]));
    expect(corrector.correct('glases')).toBeUndefined();
    corrector.add('glasses', 1);
    expect(corrector.correct('glases')).toBe('glasses');
    expect(corrector.has('glasses')).toBe(true);
    expect(corrector.correct('glasses')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('retreival', 'retrieval')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('SpellingCorrector, two typos in a long word', () => {
  const long = new SpellingCorrector(
    new Map([
      ['reimbursement', 3],
      ['accommodation', 2],
      ['beneficiary', 1],
      ['bereavement', 2],
      ['unused', 0],
    ]),
    new Set(['reimburse']),
  );

  it.each([
    ['reimbusment', 'reimbursement'], // two letters dropped: the delete index alone misses it
    ['acomodation', 'accommodation'],
    ['benificiery', 'beneficiary'],
  ])('corrects %s to %s', (typo, fixed) => {
    expect(long.correct(typo)).toBe(fixed);
  });

  it('needs the first letter, at most two edits, a real typo and a word some FAQ uses', () => {
    expect(long.correct('eimbusment')).toBeUndefined(); // first letter lost
    expect(long.correct('rmbsmnt')).toBeUndefined(); // too far
    expect(long.correct('reimburse')).toBeUndefined(); // a real word
    expect(long.correct('unsused')).toBeUndefined(); // only words in use are targets
  });

  it('prefers the closer of two words Fuse.js proposes', () => {
    const two = new SpellingCorrector(
      new Map([
        ['bereavement', 1],
        ['bereavements', 5],
      ]),
    );
    expect(two.correct('berevemnt')).toBe('bereavement');
  });
});
