import { inflections } from '../../src/matching/inflect';

describe('inflections', () => {
  it.each([
    ['baby', ['baby', 'babies']],
    ['coach', ['coach', 'coaches', 'coached', 'coaching']],
    ['resign', ['resign', 'resigns', 'resigned', 'resigning']],
    ['relocate', ['relocate', 'relocates', 'relocated', 'relocating']],
    ['quit', ['quit', 'quits', 'quited', 'quiting', 'quitted', 'quitting']],
    ['bully', ['bully', 'bullies', 'bullied', 'bullying']],
    ['die', ['die', 'dies', 'died', 'dying']],
    ['referee', ['referee', 'referees', 'refereed', 'refereeing']],
  ])('builds the regular forms of %j', (word, forms) => {
    expect(inflections(word)).toEqual(expect.arrayContaining(forms));
  });

  it('never takes anything off a word, so an inflected cue does not come to mean its stem', () => {
    const cues: Array<[string, string]> = [
      ['canned', 'can'],
      ['dating', 'date'],
      ['tripped', 'trip'],
      ['hourly', 'hour'],
      ['bumping', 'bump'],
    ];
    for (const [cue, stemWord] of cues) {
      const forms = inflections(cue);
      expect(forms[0]).toBe(cue);
      expect(forms).not.toContain(stemWord);
      for (const form of forms) expect(form.length).toBeGreaterThanOrEqual(cue.length);
    }
    expect(inflections('dating')).toEqual(['dating', 'datings']);
  });
});
