import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { Matcher } from '../matching/matcher';
import { HrFaqService, type ServiceOptions } from './hrfaq-service';

/**
 * Holds the service built from the current knowledge base. Listeners read `service` on every request, so
 * a reload swaps the whole knowledge base at once: a request sees the old one or the new one, never a mix.
 */
export class KnowledgeStore {
  private current: HrFaqService;

  /** `matcher` is the knowledge base's, when it was made already (read from a saved index, say). */
  constructor(
    kb: KnowledgeBase,
    private readonly options: ServiceOptions,
    matcher: Matcher = new Matcher(kb),
  ) {
    this.current = new HrFaqService(matcher, options);
  }

  get service(): HrFaqService {
    return this.current;
  }

  /**
   * Builds the new knowledge base's matcher in slices, so requests keep being answered from the current
   * one meanwhile, then swaps it in.
   */
  async replace(kb: KnowledgeBase): Promise<void> {
    const matcher = await Matcher.build(kb);
    this.current = new HrFaqService(matcher, this.options);
  }
}
