import { distance } from 'fastest-levenshtein';
import { toKebabCase } from './faq-schema';

/** The closest known name to a misspelt one, for "did you mean …?" hints; undefined when nothing is close. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(name.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

export function didYouMean(name: string, known: Iterable<string>): string {
  const hint = closest(name, known);
  return hint === undefined ? '' : ` (did you mean "${hint}"?)`;
}

/**
 * What to add to "must be kebab-case" for a `related` entry that is not an id ("Payday"): that its kebab-case
 * form is this FAQ's own id, or the id of another FAQ (or the nearest one), named by `others`; or, failing
 * that, the kebab-case form to write.
 */
export function relatedIdHint(
  written: string,
  isOwnId: (id: string) => boolean,
  others: ReadonlyMap<string, string>,
): string {
  const forms = [toKebabCase(written), toKebabCase(written, { splitCamelCase: false })];
  const own = forms.find((form) => form !== undefined && isOwnId(form));
  const existing = forms.find((form) => form !== undefined && others.has(form));
  const [kebab] = forms;
  const near = existing ?? (kebab === undefined ? undefined : closest(kebab, others.keys()));
  if (own !== undefined && existing === undefined) return `; "${own}" is this FAQ's own id: remove it`;
  if (near !== undefined) return `; did you mean "${near}"? That is the id of ${others.get(near)}`;
  if (kebab !== undefined) return `; did you mean "${kebab}"? (No FAQ has that id yet.)`;
  return '';
}
