import { normalize } from '../../src/matching/normalize';
import { readMarkedVietnamese } from '../../src/matching/vietnamese';
import markedWords from '../../src/matching/vocabulary/vietnamese-marked-words.json';

describe('readMarkedVietnamese', () => {
  it('reads the longest listed phrase first, capitals and all, and leaves the rest as typed', () => {
    expect(readMarkedVietnamese('Em được NGHỈ PHÉP mấy ngày?')).toMatch(/^Em được leave mấy /);
    expect(readMarkedVietnamese('Lương tháng này')).toMatch(/^salary /);
  });

  it('reads a phrase only when its syllables are apart by spaces alone', () => {
    expect(readMarkedVietnamese('nghỉ phép')).toBe('leave');
    expect(readMarkedVietnamese('nghỉ, phép')).not.toContain('leave phép');
    expect(readMarkedVietnamese('nghỉ\nphép')).not.toBe('leave');
  });

  it('reads text whose marks come as separate characters (NFD) as it reads composed text', () => {
    const composed = 'Em được nghỉ phép không?';
    expect(readMarkedVietnamese(composed.normalize('NFD'))).toBe(readMarkedVietnamese(composed));
  });

  it('leaves text with no letter only Vietnamese writes alone: plain ASCII, French, Portuguese, Romanian', () => {
    for (const text of ['can I take leave', 'congé payé', 'você tem férias?', 'concediu de odihnă']) {
      expect(readMarkedVietnamese(text)).toBe(text);
    }
  });

  it('is part of normalising, before the marks are dropped', () => {
    expect(normalize('Vợ em sắp sinh, em được nghỉ phép không?')).toContain('leave');
    expect(normalize('em nghĩ là')).toBe('em nghi la');
  });

  it('has a list of lowercase composed Vietnamese phrases of one to three syllables, each read as one English word', () => {
    const entries = Object.entries(markedWords);
    expect(entries.length).toBeGreaterThan(200);
    expect(
      entries.filter(
        ([phrase, english]) =>
          phrase !== phrase.normalize('NFC').toLowerCase() ||
          !/^\p{L}+(?: \p{L}+){0,2}$/u.test(phrase) ||
          !/^[a-z0-9]+$/.test(english),
      ),
    ).toEqual([]);
    // Every phrase has a mark: one in plain letters is the unmarked list's (vietnamese-words.json).
    expect(entries.filter(([phrase]) => /^[a-z ]+$/.test(phrase))).toEqual([]);
  });
});
