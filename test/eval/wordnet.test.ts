import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WordNet } from '../../eval/wordnet';

describe('WordNet reader (the eval experiment)', () => {
  const wordnet = new WordNet();
  afterAll(() => wordnet.close());

  it("gives a word's synonyms and the broader words its senses are kinds of", () => {
    expect(wordnet.related('buddy')).toEqual(expect.arrayContaining(['pal', 'chum', 'friend']));
    expect(wordnet.related('fender-bender')).toContain('collision');
    expect(wordnet.related('buddy')).not.toContain('buddy');
  });

  it('reduces inflected words to their lemma', () => {
    expect(wordnet.related('buddies')).toContain('pal');
    expect(wordnet.related('sidekicks')).toContain('buddy');
  });

  it('finds the first and the last word of an index, and nothing for a word WordNet lacks', () => {
    expect(wordnet.related('zzzzqx')).toEqual([]);
    expect(wordnet.related('')).toEqual([]);
    // the index files start with an indented licence; words sort after it
    expect(wordnet.related('zymosis').length).toBeGreaterThan(0);
  });

  it('reads lines longer than one chunk, and a small dictionary of its own', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-wordnet-'));
    const long = 'x'.repeat(5000);
    const dataLine = (offset: number, words: string) =>
      `${String(offset).padStart(8, '0')} 18 n 0${words.split(' ').length} ${words
        .split(' ')
        .map((word) => `${word} 0`)
        .join(' ')} 000 | ${long}`;
    const licence = '  1 licence text\n';
    const first = dataLine(licence.length, 'pal chum');
    writeFileSync(path.join(dir, 'data.noun'), `${licence}${first}\n`);
    writeFileSync(
      path.join(dir, 'index.noun'),
      `${licence}chum n 1 0 1 0 ${String(licence.length).padStart(8, '0')}\n`,
    );
    for (const part of ['verb', 'adj', 'adv']) {
      writeFileSync(path.join(dir, `data.${part}`), licence);
      writeFileSync(path.join(dir, `index.${part}`), licence);
    }
    const small = new WordNet(dir);
    expect(small.related('chum')).toEqual(['pal']);
    expect(small.related('pal')).toEqual([]);
    small.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
