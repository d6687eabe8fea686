import { createHash } from 'node:crypto';
import type { KnowledgeBase } from './knowledge-base';

const digests = new WeakMap<KnowledgeBase, string>();

/**
 * The SHA-256 of what the knowledge base says (FAQs in order, synonyms, settings; not where the files sit).
 * Computed once per load.
 */
export function knowledgeDigest(kb: KnowledgeBase): string {
  let digest = digests.get(kb);
  if (!digest) {
    // FAQ by FAQ, each answer as it is (length first, so no two contents hash the same text): one JSON text
    // of 10,000 FAQs would take longer than the hashing.
    const hash = createHash('sha256').update(JSON.stringify({ synonyms: kb.synonyms, settings: kb.settings }));
    for (const { source: _source, rendered: _rendered, answer, ...faq } of kb.faqs) {
      const meta = JSON.stringify(faq);
      hash.update(`\n${meta.length}:${meta}${answer.length}:`).update(answer);
    }
    digest = hash.digest('hex');
    digests.set(kb, digest);
  }
  return digest;
}

/**
 * A short fingerprint of the knowledge base's content, shown by /healthz so operators can see that every
 * replica serves the same FAQs.
 */
export function knowledgeHash(kb: KnowledgeBase): string {
  return knowledgeDigest(kb).slice(0, 12);
}

const sourceDigests = new WeakMap<KnowledgeBase, string>();

/**
 * Records a digest of the files a knowledge base was read from and of the code that read them (its loader does,
 * when it reads with stored parses): it names the FAQs as surely as `knowledgeDigest`, and costs nothing, since
 * the files' digests are taken anyway to look up their parses.
 */
export function recordSourceDigest(kb: KnowledgeBase, digest: string): void {
  sourceDigests.set(kb, digest);
}

/**
 * What names a knowledge base's content for a saved index: the digest of its files when its loader recorded
 * one, else `knowledgeDigest` (a tenth of a second at 10,000 FAQs).
 */
export function contentKey(kb: KnowledgeBase): string {
  return sourceDigests.get(kb) ?? knowledgeDigest(kb);
}
