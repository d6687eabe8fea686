import type { EventRecorder } from '../analytics/event-log';
import type { Surface } from '../analytics/event-schema';
import type { Reply } from '../service/hrfaq-service';

const KIND = { answer: 'answered', 'did-you-mean': 'did-you-mean', 'no-match': 'no-match' } as const;

/** Records a typed question's outcome (help and list are not questions). */
export function recordReply(events: EventRecorder, surface: Surface, reply: Reply, userId: string | undefined): void {
  if (reply.kind !== 'answer') return;
  const { result } = reply;
  const top = result.match ?? result.suggestions[0];
  events.record({
    kind: KIND[result.band],
    surface,
    band: result.band,
    ...(top ? { faq: top.faq.id, score: top.score } : {}),
    question: result.query,
    userId,
  });
}
