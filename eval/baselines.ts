import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base';
import type { Responder } from './evaluate';

/**
 * Plain-library baselines over the same fields the matcher reads (question, alternates, keywords, answer).
 * A library has no notion of "I don't know": it answers with its first hit whenever it has one.
 */
export function miniSearchBaseline(kb: KnowledgeBase): Responder {
  const search = new MiniSearch({
    fields: ['question', 'alternates', 'keywords', 'answer'],
    idField: 'id',
  });
  search.addAll(
    kb.faqs.map((faq) => ({
      id: faq.id,
      question: faq.question,
      alternates: faq.alternates.join(' \n '),
      keywords: faq.keywords.join(' \n '),
      answer: faq.answer,
    })),
  );
  return (question) => {
    const offered = search
      .search(question)
      .slice(0, 3)
      .map(({ id }) => String(id));
    return { answered: offered.length > 0, offered };
  };
}

/** Fuse.js token search with its default threshold, as the matcher's predecessor used it. */
export function fuseBaseline(kb: KnowledgeBase): Responder {
  const fuse = new Fuse([...kb.faqs], {
    keys: ['question', 'alternates', 'keywords', 'answer'],
    useTokenSearch: true,
    ignoreLocation: true,
  });
  return (question) => {
    const offered = fuse.search(question, { limit: 3 }).map(({ item }) => item.id);
    return { answered: offered.length > 0, offered };
  };
}
