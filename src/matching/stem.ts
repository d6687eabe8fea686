import porter2 from 'wink-porter2-stemmer';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Porter2 stem ("employees" → "employe"), memoised because the same few thousand words recur. */
export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = porter2(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}
