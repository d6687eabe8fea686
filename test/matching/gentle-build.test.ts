import { KnowledgeBase } from '../../src/knowledge/knowledge-base';
import { EMPTY_SYNONYMS } from '../../src/knowledge/synonyms-schema';
import { Matcher } from '../../src/matching/matcher';

/** A big knowledge base in memory: enough work that building a matcher takes a good while. */
function bigKb(size: number): KnowledgeBase {
  const word = (n: number) => `w${(n * 7919) % 4000}x`;
  const faqs = Array.from({ length: size }, (_, index) => ({
    id: `faq-${index}`,
    question: `How does ${word(index)} ${word(index + 1)} work?`,
    alternates: [`${word(index)} ${word(index + 2)}`, `what is ${word(index + 3)}`],
    keywords: [word(index + 4)],
    category: `Topic ${index % 20}`,
    related: [],
    links: [],
    answer: Array.from({ length: 80 }, (_, position) => word(index * 31 + position)).join(' '),
    source: { file: `faq-${index}.md`, path: `/nowhere/faq-${index}.md` },
  }));
  return new KnowledgeBase(faqs, EMPTY_SYNONYMS, '/nowhere');
}

describe('Matcher.build', () => {
  it('builds the same matcher as the constructor', async () => {
    const kb = bigKb(300);
    const gentle = await Matcher.build(kb);
    const direct = new Matcher(kb);
    for (const question of ['how does w0x work', 'w7919x', 'what is w3x', 'nothing like it']) {
      expect(gentle.match(question)).toEqual(direct.match(question));
    }
  });

  it('lets other work run while it builds a big knowledge base', async () => {
    const kb = bigKb(4000);
    let longest = 0;
    let ticks = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks += 1;
    }, 5);
    const started = performance.now();
    await Matcher.build(kb);
    const took = performance.now() - started;
    clearInterval(tick);
    // The build takes a good while, but other work runs all through it: no slice holds the event loop for
    // more than a small part of the build. Both sides are measured in the same run, so a slow or busy
    // machine slows them alike (a bound in milliseconds failed on a loaded CI machine).
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(longest).toBeLessThan(took / 4);
  }, 60_000);
});
