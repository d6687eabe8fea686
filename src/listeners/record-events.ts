import type { EventRecorder } from '../analytics/event-log';
import type { QuestionSource } from '../analytics/event-schema';
import type { Reply } from '../service/hrfaq-service';
import type { RequestFields } from './request-log';

const KIND = { answer: 'answered', 'did-you-mean': 'did-you-mean', 'no-match': 'no-match' } as const;

/** Records a typed question's outcome (help and list are not questions). */
export function recordReply(
  events: EventRecorder,
  source: QuestionSource,
  reply: Reply,
  userId: string | undefined,
): void {
  if (reply.kind !== 'answer') return;
  const { result } = reply;
  const top = result.match ?? result.suggestions[0];
  events.record({
    kind: KIND[result.band],
    surface: source,
    band: result.band,
    ...(top ? { faq: top.faq.id, score: top.score } : {}),
    ...(result.band === 'did-you-mean' && result.likely ? { previewed: true as const } : {}),
    question: result.query,
    userId,
  });
}

/** A reply's fields for the request log line: band (or help / list), the FAQ answered or previewed. */
export function replyFields(reply: Reply): RequestFields {
  if (reply.kind !== 'answer') return { band: reply.kind };
  const { band, match, likely, suggestions } = reply.result;
  const previewed = likely ? suggestions[0]?.faq.id : undefined;
  return { band, faq: match?.faq.id, ...(previewed ? { previewed } : {}) };
}
