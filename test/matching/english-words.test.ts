import { EnglishWords, englishWords } from '../../src/matching/english-words';

describe('EnglishWords', () => {
  it('knows real words and not typos', () => {
    const words = englishWords();
    for (const word of ['letter', 'days', 'offer', 'employment', 'compensation', 'zyzzyva'])
      expect(words.has(word)).toBe(true);
    for (const word of ['employement', 'compensaton', 'retreival', 'peo', 'zzzzz', '', 'x'])
      expect(words.has(word)).toBe(false);
  });

  it('finds words in a list that is not perfectly sorted, and only whole words', () => {
    const words = new EnglishWords('apple\nbanana\napricot\nband\n');
    expect(['apple', 'banana', 'apricot', 'band'].every((word) => words.has(word))).toBe(true);
    expect(words.has('ban')).toBe(false);
    expect(words.has('pple')).toBe(false);
    expect(new EnglishWords('one\r\ntwo\r\n').has('two')).toBe(true);
  });
});
