import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
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

  it('agrees with a plain set of the whole list on its words and on words one letter off them', () => {
    const list = readFileSync(wordListPath, 'utf8')
      .split('\n')
      .filter((word) => word !== '');
    const set = new Set(list);
    const words = englishWords();
    const disagree: string[] = [];
    for (const [index, word] of list.entries()) {
      if (index % 7 !== 0) continue;
      for (const each of [word, `${word}q`, `${word}s`, word.slice(1), word.slice(0, -1), `a${word}`]) {
        if (words.has(each) !== set.has(each)) disagree.push(each);
      }
    }
    expect(disagree).toEqual([]);
  });

  it('searches an ordered group by halving, and finds its first and last words and none between', () => {
    const words = new EnglishWords('ba\nbab\nbac\nbad\nbae\nbaf\nbag\n');
    for (const word of ['ba', 'bab', 'bad', 'bag']) expect(words.has(word)).toBe(true);
    for (const word of ['b', 'baa', 'bacc', 'bah', 'bz', 'a']) expect(words.has(word)).toBe(false);
  });
});
