import type { Faq } from '../knowledge/faq-schema';
import { lineInFaqFile } from '../knowledge/locate';
import { modifiedTime } from '../knowledge/modified-time';
import type { KnowledgeProblem } from '../knowledge/problems';
import { type Matcher, surest } from './matcher';
import { words } from './normalize';
import { stem } from './stem';

interface Phrasing {
  owner: Faq;
  text: string;
  label: string;
  keyPath: Array<string | number>;
}

interface Collision {
  phrasing: Phrasing;
  /** The FAQ the phrasing finds first, or that is as sure a match as its own, which it finds first. */
  rival: Faq;
  /** The phrasing finds the rival first (rather than its own FAQ first, with the rival as sure). */
  lost: boolean;
}

/**
 * Content CI for HR authors ("test all"): every FAQ's own question and alternates must find that FAQ first on
 * their words, without the rule that a question typed exactly as a phrasing finds its FAQ, so that questions
 * worded a little differently find it too.
 * When two FAQs compete for the same words, the problem is reported once, on the FAQ that was added or
 * changed last (the copy, when one FAQ's alternate repeats another's question), naming the other.
 */
export function selfCheck(matcher: Matcher): KnowledgeProblem[] {
  const collisions = new Map<string, Collision[]>();
  const problems: KnowledgeProblem[] = [];
  for (const faq of matcher.kb.faqs) {
    for (const phrasing of phrasingsOf(faq)) {
      // Typed word for word, a phrasing always finds its FAQ; what matters is whether its words do, so that a
      // question worded a little differently finds it too, and is answered.
      const scored = matcher.score(phrasing.text, { exactWording: false });
      const [first, ...others] = scored.ranked;
      if (!first) {
        problems.push({
          file: faq.source.file,
          line: lineInFaqFile(faq, phrasing.keyPath),
          message: `${phrasing.label} "${phrasing.text}" has no words the bot can match (only small words like "what" or "is", symbols or emoji), so it never finds this FAQ; say what it is about`,
        });
        continue;
      }
      // A tie counts against it even when its own small words would settle it: a question worded a little
      // differently ("payday pls" against "payday" and "when is payday?") is a close call, not answered.
      // (candidates are ranked by fit, so the surest of the others may come after the second)
      const surer = surest(others);
      const clearlyOwn = first.faq === faq && (surer === undefined || surer.score < first.score);
      if (clearlyOwn) continue;
      const lost = first.faq !== faq;
      const rival = lost ? first.faq : surer?.faq;
      if (!rival) continue;
      const key = [faq.id, rival.id].sort().join(' ');
      collisions.set(key, [...(collisions.get(key) ?? []), { phrasing, rival, lost }]);
    }
  }
  const groups = matcher.kb.synonyms.groups;
  for (const pair of collisions.values()) {
    const [{ phrasing, rival }] = pair as [Collision, ...Collision[]];
    const blamed = toBlame(phrasing.owner, rival, pair);
    const other = blamed === phrasing.owner ? rival : phrasing.owner;
    for (const { phrasing: lost, lost: foundOther } of pair) {
      const why = synonymHint(lost.text, groups);
      if (lost.owner === blamed) {
        const same = phrasingsOf(other).find(({ text }) => sameWords(text, lost.text));
        problems.push({
          file: blamed.source.file,
          line: lineInFaqFile(blamed, lost.keyPath),
          message: same
            ? `${lost.label} "${lost.text}" is also the ${same.label} of "${other.id}" (${other.source.file}); two FAQs can't share a phrasing: reword one, or merge the two FAQs`
            : foundOther
              ? `${lost.label} "${lost.text}" is worded closer to "${other.id}" (${other.source.file}): asked in other words, it finds that FAQ first; reword it, or move it to that FAQ${why}`
              : `${lost.label} "${lost.text}" fits "${other.id}" (${other.source.file}) as surely as this FAQ: asked in other words, the bot can't tell them apart and asks; reword it to name what sets this FAQ apart, or move it to that FAQ${why}`,
        });
      } else if (!phrasingsOf(blamed).some(({ text }) => sameWords(text, lost.text))) {
        // (a phrasing both FAQs have is reported once, above, as the copy's)
        problems.push({
          file: blamed.source.file,
          line: lineInFaqFile(blamed, ['question']),
          message: `draws questions worded like "${lost.text}" (${lost.label} of "${other.id}", ${other.source.file}) away from that FAQ; make this FAQ's question and alternates more specific, or reword that phrasing in ${other.source.file} to name what sets it apart${why}`,
        });
      }
    }
  }
  return problems;
}

/**
 * When the knowledge base's own synonyms.yml reads a phrase of the phrasing as others, say so: the group HR
 * just wrote ("[pto, holiday, annual leave]") may be what made two FAQs compete.
 */
function synonymHint(text: string, groups: ReadonlyArray<readonly string[]>): string {
  // (compared by stems, as the matcher reads them: "holidays" holds the group's "holiday")
  const stems = (phrase: string) => words(phrase).map(stem).join(' ');
  const asked = ` ${stems(text)} `;
  for (const group of groups) {
    const phrase = group.find((each) => stems(each) !== '' && asked.includes(` ${stems(each)} `));
    if (phrase === undefined) continue;
    const others = group.filter((each) => each !== phrase).map((each) => `"${each}"`);
    return ` (synonyms.yml reads "${phrase}" as the same as ${others.join(', ')}, which may be why)`;
  }
  return '';
}

function phrasingsOf(faq: Faq): Phrasing[] {
  return [
    { owner: faq, text: faq.question, label: 'question', keyPath: ['question'] },
    ...faq.alternates.map((text, index) => ({
      owner: faq,
      text,
      label: `alternates[${index + 1}]`,
      keyPath: ['alternates', index],
    })),
  ];
}

/**
 * Which of two competing FAQs to report: the one holding a copy of the other's question; else the one
 * changed last; else the later file.
 */
function toBlame(a: Faq, b: Faq, pair: readonly Collision[]): Faq {
  const copies = (holder: Faq, original: Faq) =>
    holder.alternates.some((text) => sameWords(text, original.question)) ||
    pair.some(({ phrasing }) => phrasing.owner === holder && sameWords(phrasing.text, original.question));
  if (copies(a, b) && !copies(b, a)) return a;
  if (copies(b, a) && !copies(a, b)) return b;
  const changed = (faq: Faq) => modifiedTime(faq.source.path) ?? 0;
  const difference = changed(a) - changed(b);
  if (difference !== 0) return difference > 0 ? a : b;
  return a.source.file > b.source.file ? a : b;
}

function sameWords(first: string, second: string): boolean {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return plain(first) === plain(second);
}
