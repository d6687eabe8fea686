import { LRUCache } from 'lru-cache';
import { buildAnswerCard, type Vote } from '../blocks/answer-card';
import type { Message } from '../blocks/elements';
import { buildHelpCard } from '../blocks/help-card';
import { buildHomeView } from '../blocks/home-view';
import { MAX_RELATED_BUTTONS } from '../blocks/limits';
import { buildReply } from '../blocks/reply';
import { buildTopicListCard } from '../blocks/topic-list-card';
import type { Faq } from '../knowledge/faq-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import type { Matcher, MatchResult } from '../matching/matcher';

/** Where a reply will be shown, which decides the card's buttons. */
export interface Surface {
  /** Only the asker sees it (slash commands): offer "Share in channel" and "Back". */
  ephemeral: boolean;
}

export interface ServiceOptions {
  /** Offer 👍 / 👎 on answer cards. */
  feedback: boolean;
  /** An HR channel is configured, so "Ask HR" can be offered. */
  askHr: boolean;
}

/** The options every entry point (bot, Lambda, CLI) derives from the settings. */
export function serviceOptionsFor(env: { HR_CHANNEL_ID?: string }): ServiceOptions {
  return { feedback: true, askHr: env.HR_CHANNEL_ID !== undefined };
}

const POPULAR_COUNT = 3;
const ANSWER_CACHE_SIZE = 5000;

/** What a typed message (slash command, mention or DM) turned into. */
export type Reply =
  | { kind: 'help' | 'list'; message: Message }
  | { kind: 'answer'; result: MatchResult; message: Message };

/**
 * The bot's one entry to the domain: match a question and build the card for it. The Slack listeners and
 * the CLI both go through here, which is why `ask --json` prints exactly what the bot would send.
 */
export class HrFaqService {
  readonly matcher: Matcher;
  readonly options: ServiceOptions;
  /**
   * Recent answers by question text. People ask the same questions again and again, and an answer only
   * changes with the knowledge base, which gets a new service (and so an empty cache) on every reload.
   */
  private readonly answers = new LRUCache<string, { result: MatchResult; message: Message }>({
    max: ANSWER_CACHE_SIZE,
  });
  /** Plain answer cards (no Back, no vote, no credit) by FAQ and surface: they depend on nothing else. */
  private readonly plainCards = new Map<string, Message>();
  private helpCard?: Message;
  private topicListCard?: Message;
  private home?: ReturnType<typeof buildHomeView>;

  constructor(matcher: Matcher, options: ServiceOptions) {
    this.matcher = matcher;
    this.options = options;
  }

  get kb(): KnowledgeBase {
    return this.matcher.kb;
  }

  /** `help` (or nothing) shows usage, `list` the topics; anything else is a question. */
  reply(text: string, surface: Surface): Reply {
    const trimmed = text.trim();
    if (trimmed === '' || /^(help|\?)$/i.test(trimmed)) return { kind: 'help', message: this.help() };
    if (/^(list|topics)$/i.test(trimmed)) return { kind: 'list', message: this.topicList() };
    return { kind: 'answer', ...this.answer(trimmed, surface) };
  }

  answer(query: string, surface: Surface): { result: MatchResult; message: Message } {
    // Longer questions are rare and rarely repeated: not worth a cache entry.
    const key = query.length <= MAX_QUERY_LENGTH ? `${surface.ephemeral ? 'e' : 'p'}:${query}` : undefined;
    const cached = key === undefined ? undefined : this.answers.get(key);
    if (cached) return cached;
    const result = this.matcher.match(query);
    const message = buildReply(result, {
      answerCard: (faq) => this.plainCard(faq, surface),
      popular: this.popular(),
      askHr: this.options.askHr,
    });
    const answered = { result, message };
    if (key !== undefined) this.answers.set(key, answered);
    return answered;
  }

  private plainCard(faq: Faq, surface: Surface): Message {
    const key = `${surface.ephemeral ? 'e' : 'p'}:${faq.id}`;
    let message = this.plainCards.get(key);
    if (!message) {
      message = buildAnswerCard(faq, {
        related: this.related(faq),
        ephemeral: surface.ephemeral,
        feedback: this.options.feedback,
      });
      this.plainCards.set(key, message);
    }
    return message;
  }

  /** The card for one FAQ by id (a button click); undefined when no such FAQ exists any more. */
  card(
    id: string,
    surface: Surface,
    extra: { backTo?: string; sharedBy?: string; vote?: Vote; askHr?: boolean } = {},
  ): { faq: Faq; message: Message } | undefined {
    const faq = this.kb.get(id);
    if (!faq) return undefined;
    const plain =
      extra.backTo === undefined && extra.sharedBy === undefined && extra.vote === undefined && !extra.askHr;
    if (plain) return { faq, message: this.plainCard(faq, surface) };
    const backTo = extra.backTo === undefined ? undefined : this.kb.get(extra.backTo);
    const message = buildAnswerCard(faq, {
      related: this.related(faq),
      ephemeral: surface.ephemeral,
      backTo,
      sharedBy: extra.sharedBy,
      feedback: this.options.feedback,
      vote: extra.vote,
      askHr: extra.askHr === true && this.options.askHr,
    });
    return { faq, message };
  }

  related(faq: Faq): Faq[] {
    return this.matcher.related(faq, MAX_RELATED_BUTTONS);
  }

  popular(): Faq[] {
    return this.kb.mostLinked(POPULAR_COUNT);
  }

  // The knowledge base never changes under a service, so these are built once, on first use.
  help(): Message {
    this.helpCard ??= buildHelpCard(this.popular());
    return this.helpCard;
  }

  topicList(): Message {
    this.topicListCard ??= buildTopicListCard(this.kb.byCategory());
    return this.topicListCard;
  }

  homeView(): ReturnType<typeof buildHomeView> {
    this.home ??= buildHomeView(this.kb.byCategory());
    return this.home;
  }
}
