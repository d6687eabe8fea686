import { Analyzer, type Vocabulary } from '../../src/matching/analyzer';
import { Cues } from '../../src/matching/cues';

// Knows every word, and no word written joined, so a topic's words stay as they are.
const everything: Vocabulary = { has: () => false, knows: () => true };
const entries = [
  { topic: ['leave balance'], cues: ['how many pto days', 'canned'] },
  { topic: ['medical plan'], cues: ['health insurance', 'urgent care'], parts: ['urgent care'] },
];

function cuesWith(groups: string[][]): { cues: Cues; analyzer: Analyzer } {
  const analyzer = new Analyzer(groups);
  return { cues: new Cues(entries, analyzer, everything, () => true), analyzer };
}

describe('Cues', () => {
  it('finds a cue of several words through a one-word synonym ("vacation" reads as "pto")', () => {
    const { cues, analyzer } = cuesWith([['pto', 'vacation']]);
    const found = cues.find(analyzer.words('how many vacation days do I have left'));
    expect(found.map(({ topics }) => topics)).toEqual([[['leav', 'balanc']]]);
  });

  it('does not stretch a cue to a word no synonym group joins to it', () => {
    const { cues, analyzer } = cuesWith([]);
    expect(cues.find(analyzer.words('how many vacation days do I have left'))).toEqual([]);
    expect(cues.find(analyzer.words('how many pto days do I have left'))).toHaveLength(1);
  });

  it('still matches a one-word cue only as written, synonyms or not', () => {
    const { cues, analyzer } = cuesWith([['pto', 'vacation']]);
    expect(cues.find(analyzer.words('got canned today'))).toHaveLength(1);
    expect(cues.find(analyzer.words('can I take pto'))).toEqual([]);
  });

  it('marks the cues listed as parts of their topic with their own terms, and only those', () => {
    const { cues, analyzer } = cuesWith([]);
    const [care] = cues.find(analyzer.words('is urgent care covered'));
    expect(care?.part).toEqual(['urgent', 'care']);
    const [insurance] = cues.find(analyzer.words('health insurance for my kids'));
    expect(insurance?.topics).toEqual([['medic', 'plan']]);
    expect(insurance?.part).toBeUndefined();
  });

  it('inflects English one-word cues only, not abbreviations ("paye" has no past tense "payed")', () => {
    const analyzer = new Analyzer([]);
    const cues = new Cues([{ topic: ['tax withholding'], cues: ['paye', 'resign'] }], analyzer, everything, () => true);
    const found = (text: string) => cues.find(analyzer.words(text)).length;
    expect(found('my paye code')).toBe(1);
    expect(found('when do we get payed')).toBe(0);
    expect(found('i resigned yesterday')).toBe(1);
  });

  it("leaves out a one-word Spanish cue, read as its English word, which alone mustn't be a cue", () => {
    const analyzer = new Analyzer([]);
    const cues = new Cues([{ topic: ['bonus'], cues: ['bono', 'me dan bono'] }], analyzer, everything, () => true);
    const found = (text: string) => cues.find(analyzer.words(text)).length;
    expect(analyzer.readsAsEnglish('bono')).toBe(true);
    expect(found('bonus')).toBe(0);
    expect(found('si recomiendo a un amigo me dan bono?')).toBe(1);
  });

  it('saved and read back, finds the same cues, parts and word pairs as the cues it was saved from', () => {
    const { cues, analyzer } = cuesWith([['pto', 'vacation']]);
    const saved = JSON.parse(JSON.stringify(cues.saved()));
    const restored = Cues.fromSaved(saved, analyzer, everything);
    for (const question of [
      'how many vacation days do I have left',
      'got canned today, is urgent care covered',
      'health insurance for my kids',
      'nothing to see here',
    ]) {
      const words = analyzer.words(question);
      expect(restored.find(words)).toEqual(cues.find(words));
    }
    expect(restored.together('urgent', 'care')).toBe(true);
    expect(restored.together('care', 'urgent')).toBe(false);
    expect([...restored.words].sort()).toEqual([...cues.words].sort());
  });

  it('refuses saved cues that refer to entries they do not hold', () => {
    const { cues, analyzer } = cuesWith([]);
    const saved = cues.saved();
    expect(() => Cues.fromSaved({ ...saved, topicOf: saved.topicOf.map(() => 99) }, analyzer, everything)).toThrow(
      /saved cues are damaged/,
    );
    expect(() => Cues.fromSaved({ ...saved, formCues: [] }, analyzer, everything)).toThrow(/saved cues are damaged/);
  });
});
