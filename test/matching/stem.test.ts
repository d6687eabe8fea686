import { stem } from '../../src/matching/stem';

describe('stem', () => {
  it('merges the forms of one word', () => {
    expect(stem('employees')).toBe(stem('employee'));
    expect(stem('deductibles')).toBe(stem('deductible'));
    expect(stem('dependants')).toBe(stem('dependent'));
    // (and the irregular forms of "forget": "I forgot to clock in" asks what "if I forget to clock in" answers)
    expect(stem('forgot')).toBe(stem('forget'));
    expect(stem('forgotten')).toBe(stem('forgetting'));
  });

  it('keeps apart words of different meaning at work that Porter2 would merge', () => {
    expect(stem('deductible')).not.toBe(stem('deduction'));
    expect(stem('dependents')).not.toBe(stem('depends'));
    expect(stem('relative')).not.toBe(stem('relations'));
    expect(stem('terminal')).not.toBe(stem('termination'));
    expect(stem('personal')).not.toBe(stem('person'));
    expect(stem('wellness')).not.toBe(stem('well'));
    expect(stem('internal')).not.toBe(stem('intern'));
    expect(stem('internationally')).not.toBe(stem('interns'));
    expect(stem('accounting')).not.toBe(stem('account'));
    expect(stem('accountants')).not.toBe(stem('accounts'));
    expect(stem('internals')).not.toBe(stem('intern'));
    expect(stem('internally')).toBe(stem('internal'));
    expect(stem('founded')).not.toBe(stem('found'));
    expect(stem('founding')).toBe(stem('founded'));
  });

  it('returns a string for words that are also names of object properties', () => {
    expect(stem('constructor')).toBe('constructor');
    expect(stem('tostring')).toBe('tostr');
  });

  it('keeps tokens with a digit as they are (the stemmer would turn a 3 into a y)', () => {
    expect(stem('2316')).toBe('2316');
    expect(stem('403b')).toBe('403b');
    expect(stem('13th')).toBe('13th');
    expect(stem('w2')).toBe('w2');
    expect(stem('1990s')).toBe('1990');
    expect(stem('7shifts')).toBe('7shifts');
  });

  it.each([
    ['w2s', 'w2'],
    ['1099s', '1099'],
    ['401ks', '401k'],
    ['i9s', 'i9'],
  ])('reads the plural of a form name as the form: %s', (plural, form) => {
    expect(stem(plural)).toBe(form);
  });
});
