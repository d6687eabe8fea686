import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MATCH_CONFIG } from '../../src/matching/match-config';
import { Matcher } from '../../src/matching/matcher';
import { DIMENSIONS, encodeWordVectors, WordVectors } from '../../src/matching/word-vectors';
import { faqText, knowledgeFolder, loadValid } from '../helpers/knowledge';

const vector = (...head: number[]) => Array.from({ length: DIMENSIONS }, (_, index) => head[index] ?? 0);

describe('WordVectors file', () => {
  const entries = [
    { word: 'boss', vector: vector(1, 0.9) },
    { word: 'manager', vector: vector(0.9, 1) },
    { word: 'banana', vector: vector(-1, 0, 1) },
  ];

  it('reads back what it wrote: the same words, and directions within rounding', () => {
    const vectors = WordVectors.decode(encodeWordVectors(entries));
    if (typeof vectors === 'string') throw new Error(vectors);
    expect(vectors.size).toBe(3);
    expect(vectors.find('manager')).toBe(1);
    expect(vectors.find('unknown')).toBe(-1);
    const cosine = (1 * 0.9 + 0.9 * 1) / (Math.hypot(1, 0.9) * Math.hypot(0.9, 1));
    expect(vectors.similarity(0, 1)).toBeCloseTo(cosine, 2);
    expect(vectors.similarity(0, 0)).toBe(1);
    expect(vectors.similarity(0, 2)).toBeLessThan(0);
  });

  it.each([
    ['another kind of file', Buffer.from('PK\u0003\u0004 not vectors at all')],
    ['too short for a header', Buffer.from('HRWV')],
    ['cut short', encodeWordVectors(entries).subarray(0, -1)],
  ])('refuses %s, saying what is wrong', (_, data) => {
    expect(typeof WordVectors.decode(data)).toBe('string');
  });

  it('reads no vectors from a missing file or another kind of file', () => {
    const folder = knowledgeFolder({ 'notes.txt': 'not vectors' }, 'hrfaq-vectors-');
    expect(WordVectors.read(path.join(folder, 'missing.bin'))).toBeNull();
    expect(WordVectors.read(path.join(folder, 'notes.txt'))).toBeNull();
    writeFileSync(path.join(folder, 'vectors.bin'), encodeWordVectors(entries));
    expect(WordVectors.read(path.join(folder, 'vectors.bin'))?.size).toBe(3);
  });

  it('refuses a file whose word count does not match its words', () => {
    const data = encodeWordVectors(entries);
    // two words in the header's count, three in the list: the vectors' length no longer fits either
    data.writeUInt32LE(2, 4);
    expect(WordVectors.decode(data)).toBe('truncated');
    const joined = encodeWordVectors([{ word: 'a\nb', vector: vector(1) }]);
    expect(WordVectors.decode(joined)).toBe('word count does not match');
  });
});

describe('the shipped word vectors', () => {
  const vectors = WordVectors.shipped();
  if (vectors === null) throw new Error('src/matching/vocabulary/word-vectors.bin cannot be read');
  const similarity = (a: string, b: string) => vectors.similarity(vectors.find(a), vectors.find(b));

  it('hold the 50,000 commonest plain English words', () => {
    expect(vectors.size).toBe(50_000);
    for (const word of ['the', 'holiday', 'salary', 'supervisor', 'reimbursement']) {
      expect(vectors.find(word)).toBeGreaterThanOrEqual(0);
    }
    expect(vectors.find('Holiday')).toBe(-1);
  });

  it('put words of one meaning nearer each other than unrelated words', () => {
    expect(similarity('boss', 'supervisor')).toBeGreaterThan(similarity('boss', 'banana') + 0.2);
    expect(similarity('salary', 'wages')).toBeGreaterThan(similarity('salary', 'umbrella') + 0.2);
    expect(similarity('sick', 'illness')).toBeGreaterThan(similarity('sick', 'parking') + 0.2);
  });

  it('weigh common words less than rare ones', () => {
    expect(vectors.weight(vectors.find('the'))).toBeLessThan(0.1);
    expect(vectors.weight(vectors.find('reimbursement'))).toBeGreaterThan(0.8);
  });

  it('find a text nearer in meaning when its words mean what the question says, and 0 for no words', () => {
    const words = (text: string) => text.split(' ').map((word) => vectors.find(word));
    const question = words('brother sleep overnight');
    expect(vectors.nearness(question, words('guests visitors stay night'))).toBeGreaterThan(
      vectors.nearness(question, words('projector calendar booking meeting')) + 0.1,
    );
    expect(vectors.nearness(question, words('brother sleep overnight'))).toBe(1);
    expect(vectors.nearness([], words('guests'))).toBe(0);
    expect(vectors.nearness(question, [])).toBe(0);
  });
});

describe('Matcher with word vectors', () => {
  // Two FAQs that share one word with the question each ("room"): a near tie on the words alone, which
  // the words give to the FAQ on guests.
  const kb = loadValid(
    knowledgeFolder({
      'a-meeting-rooms.md': faqText(
        'How do I book a room?',
        'Book meeting rooms in the calendar. Each has a projector and a screen; cancel if plans change.',
        { category: 'Office' },
      ),
      'b-guests.md': faqText(
        'Can a guest stay in my room?',
        'Visitors may stay overnight twice a month. Tell reception the night before.',
        { category: 'Housing' },
      ),
    }),
  );
  const question = 'where can my team present slides, need a room';

  it('gives a near tie to the FAQ nearest in meaning', () => {
    const plain = new Matcher(kb, { meaningWeight: 0 }).match(question);
    expect(plain.suggestions[0]?.faq.id).toBe('b-guests');
    expect(DEFAULT_MATCH_CONFIG.meaningWeight).toBeGreaterThan(0);
    const withMeaning = new Matcher(kb).match(question);
    expect(withMeaning.suggestions.map(({ faq }) => faq.id)).toEqual(['a-meeting-rooms', 'b-guests']);
  });

  it('never overturns a clear lead on the words', () => {
    const result = new Matcher(kb).match('can a guest stay in my room, for a meeting with my team');
    expect(result.suggestions[0]?.faq.id).toBe('b-guests');
  });

  it('leaves the order to the words when it may weigh only one candidate', () => {
    const result = new Matcher(kb, { meaningCandidates: 1 }).match(question);
    expect(result.suggestions[0]?.faq.id).toBe('b-guests');
  });
});
