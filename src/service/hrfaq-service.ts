import { LRUCache } from 'lru-cache';
import type { UsageSummary } from '../analytics/usage-summary';
import { buildAnswerCard, type Vote } from '../blocks/answer-card';
import { answerPreview } from '../blocks/answer-preview';
import { buildDidYouMeanCard } from '../blocks/did-you-mean-card';
import type { Message } from '../blocks/elements';
import { buildEscalationMessage } from '../blocks/escalation-message';
import { buildFeedbackFollowUp } from '../blocks/feedback-follow-up';
import { buildHelpCard } from '../blocks/help-card';
import { buildHomeView } from '../blocks/home-view';
import { MAX_RELATED_BUTTONS } from '../blocks/limits';
import { buildNoMatchCard } from '../blocks/no-match-card';
import { NOTICES } from '../blocks/notice-card';
import type { PopularFaqs } from '../blocks/popular';
import { buildTopicListCard } from '../blocks/topic-list-card';
import type { Faq } from '../knowledge/faq-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { applyLearning, type LearnedOverlay, NOTHING_LEARNED, ownPhrasingsOf } from '../learning/learned-overlay';
import { MAX_QUERY_LENGTH } from '../matching/match-config';
import type { Matcher, MatchResult } from '../matching/matcher';
import { normalize } from '../matching/normalize';

/** Who will see a card, which decides its buttons. */
export interface CardVisibility {
  /** Only the asker sees it (slash commands): offer "Share in channel" and "Back". */
  ephemeral: boolean;
}

export interface ServiceOptions {
  /** Offer 👍 / 👎 on answer cards. */
  feedback: boolean;
  /** FAQ ids people asked for most lately, best first (from the event log); none when it has no data. */
  mostAsked?: (limit: number) => readonly string[];
  /** Where "Ask HR" posts; cards offer "Ask HR" exactly when it is set. */
  hrChannelId?: string;
  /** What people taught the bot (learned phrasings, demoted answers), applied after matching. */
  learned?: () => LearnedOverlay;
}

/** The options every entry point (bot, Lambda, CLI) derives from the settings. */
export function serviceOptionsFor(
  env: { HR_CHANNEL_ID?: string },
  learning?: { readonly current: LearnedOverlay },
): ServiceOptions {
  return {
    feedback: true,
    ...(env.HR_CHANNEL_ID ? { hrChannelId: env.HR_CHANNEL_ID } : {}),
    ...(learning ? { learned: () => learning.current } : {}),
  };
}

const POPULAR_COUNT = 3;
const NO_MATCH_TTL_MS = 10 * 60 * 1000;
const EXAMPLE_COUNT = 3;

/** What a typed message (slash command, mention or DM) turned into. */
export type Reply =
  | { kind: 'help' | 'list'; message: Message }
  | { kind: 'answer'; result: MatchResult; message: Message };

const GREETING =
  /^(hi|hey|hello|hiya|howdy|yo|good (morning|afternoon|evening)|morning|afternoon)( there)?( (team|all|everyone|folks|yall|hrfaq|bot|hr|hr team|people team))?$/;
const THANKS =
  /^((ok|okay|great|perfect|awesome|cool|got it|brilliant|amazing) )?(thanks|thank you|thx|ty|cheers|thanks a lot|thanks so much|thank you so much|many thanks)( (again|team|all|so much|a lot|hrfaq|bot|hr|hr team))?( (that helps|that helped|thats great|thats helpful|got it))?$/;

/** A wave, as an emoji or its Slack code (":wave:", ":wave::skin-tone-3:"). */
const WAVE = /👋|:wave:/;

/**
 * "hi", "Hey there 👋", "thanks!": a greeting or a thank-you with nothing else (mentions, emoji and
 * punctuation aside, as `normalize` reads a message: "y’all" is "yall") gets a word back, not "I don't have
 * an answer". So does a wave alone; other messages without a word (":thinking_face:", "?!") get the help card.
 */
function courtesyOf(text: string, plain: string): string | undefined {
  if (GREETING.test(plain) || (plain === '' && WAVE.test(text))) return 'Hi! 👋';
  if (THANKS.test(plain)) return "You're welcome!";
  return undefined;
}

const LEAD_AFTER_NONE_OF_THESE =
  "Thanks, that helps HR improve these answers. I don't have a better match for that question.";

/**
 * The one entry to the domain: match a question and build every card the bot shows. The Slack listeners and
 * the CLI both go through here, which is why `ask --json` prints exactly what the bot would send.
 */
export class HrFaqService {
  readonly matcher: Matcher;
  readonly options: ServiceOptions;
  /** The polite one-line notices (sent, unavailable, something went wrong…). */
  readonly notices = NOTICES;
  /**
   * Recent replies by question text; an answer only changes with the knowledge base, and a reload builds a new
   * service. `npm run bench:load`: 0.84× bare Bolt with it, 0.59× when every question is new.
   */
  private readonly answers = new LRUCache<string, { result: MatchResult; message: Message }>({ max: 5000 });
  private exampleCache?: string[];
  private ownPhrasings?: ReadonlyMap<string, string>;

  constructor(matcher: Matcher, options: ServiceOptions) {
    this.matcher = matcher;
    this.options = options;
  }

  get kb(): KnowledgeBase {
    return this.matcher.kb;
  }

  /** Whether "Ask HR" can be offered: an HR channel is configured. */
  get askHr(): boolean {
    return this.options.hrChannelId !== undefined;
  }

  /**
   * `help` (or nothing) shows usage, `list` the topics; a greeting or a thank-you alone gets a friendly word
   * and the usage (it is not a question the FAQs failed to answer); anything else is a question.
   */
  reply(text: string, visibility: CardVisibility): Reply {
    const trimmed = text.trim();
    if (trimmed === '' || /^(help|\?)$/i.test(trimmed)) return { kind: 'help', message: this.help() };
    const plain = normalize(trimmed);
    const courtesy = courtesyOf(trimmed, plain);
    if (courtesy !== undefined || plain === '') return { kind: 'help', message: this.help(courtesy) };
    if (/^(list|topics)$/i.test(trimmed)) return { kind: 'list', message: this.topicList() };
    return { kind: 'answer', ...this.answer(trimmed, visibility) };
  }

  answer(query: string, visibility: CardVisibility): { result: MatchResult; message: Message } {
    // Longer questions are rare and rarely repeated: not worth a cache entry.
    const learned = this.options.learned?.() ?? NOTHING_LEARNED;
    // What is learned is part of the key, so a phrasing learned or undone takes effect on the next question.
    const key =
      query.length <= MAX_QUERY_LENGTH ? `${learned.version}:${visibility.ephemeral ? 'e' : 'p'}:${query}` : undefined;
    const cached = key === undefined ? undefined : this.answers.get(key);
    if (cached) return cached;
    const result = this.applyLearned(this.matcher.match(query), learned);
    const answered = { result, message: this.messageFor(result, visibility) };
    // A no-match card shows what people ask lately, which changes: it is kept for ten minutes only.
    if (key !== undefined) this.answers.set(key, answered, result.band === 'no-match' ? { ttl: NO_MATCH_TTL_MS } : {});
    return answered;
  }

  private applyLearned(result: MatchResult, learned: LearnedOverlay): MatchResult {
    if (learned.version === 0) return result;
    this.ownPhrasings ??= ownPhrasingsOf(this.kb);
    return applyLearning(result, learned, this.kb, this.ownPhrasings);
  }

  /** Whether the FAQs' own phrasings already answer this question with this FAQ (nothing to learn then). */
  answersOutright(question: string, faqId: string): boolean {
    const result = this.matcher.match(question);
    return result.band === 'answer' && result.match?.faq.id === faqId;
  }

  /** The message for a match result, by band: the answer card, "did you mean", or the no-match fallback. */
  private messageFor(result: MatchResult, visibility: CardVisibility): Message {
    if (result.band === 'answer' && result.match) {
      return this.answerCard(result.match.faq, visibility, { question: result.query });
    }
    if (result.band === 'did-you-mean' && result.suggestions.length > 0) {
      return buildDidYouMeanCard(
        result.query,
        result.suggestions.map(({ faq }) => faq),
        {
          asksParticulars: result.asksParticulars,
          aboutOwnRecords: result.aboutOwnRecords,
          asksAnAction: result.asksAnAction,
          askHr: this.askHr,
          examples: this.examples(),
          ...(result.likely && result.suggestions[0]
            ? { likely: { preview: answerPreview(result.suggestions[0].faq.answer) } }
            : {}),
        },
      );
    }
    return buildNoMatchCard(result.query, { popular: this.popular(), examples: this.examples(), askHr: this.askHr });
  }

  private answerCard(
    faq: Faq,
    visibility: CardVisibility,
    extra: { backTo?: Faq; sharedBy?: string; vote?: Vote; askHr?: boolean; question?: string } = {},
  ): Message {
    return buildAnswerCard(faq, {
      related: this.related(faq),
      ephemeral: visibility.ephemeral,
      feedback: this.options.feedback,
      ...extra,
      askHr: extra.askHr === true && this.askHr,
    });
  }

  /** The card for one FAQ by id (a button click); undefined when no such FAQ exists any more. */
  card(
    id: string,
    visibility: CardVisibility,
    extra: { backTo?: string; sharedBy?: string; question?: string } = {},
  ): { faq: Faq; message: Message } | undefined {
    const faq = this.kb.get(id);
    if (!faq) return undefined;
    const backTo = extra.backTo === undefined ? undefined : this.kb.get(extra.backTo);
    return {
      faq,
      message: this.answerCard(faq, visibility, { backTo, sharedBy: extra.sharedBy, question: extra.question }),
    };
  }

  /**
   * What a 👍 / 👎 shows: on the voter's own card (ephemeral or modal), the card again with the vote
   * acknowledged; under a shared card, a private thank-you. A 👎 offers the related questions and "Ask HR".
   */
  vote(
    id: string,
    vote: Vote,
    where: { ownCard: boolean; question?: string } & CardVisibility,
  ): { faq: Faq; message: Message } | undefined {
    const faq = this.kb.get(id);
    if (!faq) return undefined;
    const askHr = vote === 'down' && this.askHr;
    const message = where.ownCard
      ? this.answerCard(faq, where, { vote, askHr, question: where.question })
      : buildFeedbackFollowUp(faq, vote, this.related(faq), askHr);
    return { faq, message };
  }

  /** "None of these" under a did-you-mean card: no guessing, just how to ask and where else to turn. */
  noneOfThese(question: string | undefined): Message {
    return buildNoMatchCard(question ?? '', {
      popular: this.popular(),
      examples: this.examples(),
      askHr: this.askHr && question !== undefined,
      lead: LEAD_AFTER_NONE_OF_THESE,
    });
  }

  /** The post in the HR channel for "Ask HR"; `faqId` is the answer the asker found unhelpful, if any. */
  escalation(request: { question: string; userId: string; faqId?: string; permalink?: string }): {
    faq?: Faq;
    message: Message;
  } {
    const faq = request.faqId === undefined ? undefined : this.kb.get(request.faqId);
    return { faq, message: buildEscalationMessage({ ...request, faq }) };
  }

  related(faq: Faq): Faq[] {
    return this.matcher.related(faq, MAX_RELATED_BUTTONS);
  }

  /** What people asked most over the last 30 days when the event log knows; else the most-linked FAQs. */
  popular(): PopularFaqs {
    const asked = (this.options.mostAsked?.(POPULAR_COUNT * 2) ?? [])
      .map((id) => this.kb.get(id))
      .filter((faq): faq is Faq => faq !== undefined)
      .slice(0, POPULAR_COUNT);
    if (asked.length > 0) return { faqs: asked, fromUsage: true };
    return { faqs: this.kb.mostLinked(POPULAR_COUNT), fromUsage: false };
  }

  /** Example questions in the knowledge base's own words. */
  examples(): string[] {
    this.exampleCache ??= this.kb.examples(EXAMPLE_COUNT);
    return this.exampleCache;
  }

  help(greeting?: string): Message {
    return buildHelpCard(this.examples(), this.popular(), greeting);
  }

  topicList(): Message {
    return buildTopicListCard(this.kb.byCategory());
  }

  /** The Home tab; HR admins get the week's summary above the topics. */
  homeView(summary?: UsageSummary): ReturnType<typeof buildHomeView> {
    return buildHomeView(this.kb.byCategory(), this.examples(), summary);
  }
}
