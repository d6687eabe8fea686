import { createHash } from 'node:crypto';
import type { KnowledgeBase } from './knowledge-base';

const hashes = new WeakMap<KnowledgeBase, string>();

/**
 * A short fingerprint of what the knowledge base says (FAQs, synonyms, settings; not where the files sit),
 * shown by /healthz so operators can see that every replica serves the same FAQs. Computed once per load.
 */
export function knowledgeHash(kb: KnowledgeBase): string {
  let hash = hashes.get(kb);
  if (!hash) {
    const faqs = kb.faqs.map(({ source: _source, rendered: _rendered, ...faq }) => faq);
    const content = JSON.stringify({ faqs, synonyms: kb.synonyms, settings: kb.settings });
    hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
    hashes.set(kb, hash);
  }
  return hash;
}
