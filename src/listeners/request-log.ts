import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';

/** What a handler adds to its request's log line. Never the question text: that stays out of info logs. */
export interface RequestFields {
  /** The match band, or help / list, when there was a question. */
  band?: string;
  faq?: string;
  /** Under "Did you mean…?", the FAQ whose answer the card previewed as the likeliest. */
  previewed?: string;
  /** How it ended when not plainly: unavailable, repeat, not_configured, ignored… */
  outcome?: string;
}

const FIELDS = Symbol('request log fields');

/** Adds fields to the one log line of the request being handled. */
export function noteRequest(context: Context, fields: RequestFields): void {
  const noted = context as Context & { [FIELDS]?: RequestFields };
  noted[FIELDS] = { ...noted[FIELDS], ...fields };
}

/**
 * What a request is, for its log line and its error event: command, mention, dm, home, or the button's
 * action id without its `hrfaq_` prefix and `:<n>` suffix (open_faq, share, feedback_up…).
 */
export function requestName(body: AnyMiddlewareArgs['body']): string {
  if ('command' in body) return 'command';
  if (body.type === 'event_callback' && 'event' in body) {
    const type = (body.event as { type?: string }).type;
    return type === 'app_mention'
      ? 'mention'
      : type === 'message'
        ? 'dm'
        : type === 'app_home_opened'
          ? 'home'
          : `event:${type}`;
  }
  if (body.type === 'block_actions' && 'actions' in body) {
    const id = body.actions[0]?.action_id ?? '';
    return id.replace(/^hrfaq_/, '').replace(/:\d+$/, '');
  }
  return String(body.type);
}

/**
 * Bolt global middleware: one structured line per request, e.g.
 * `{"event":"request","type":"command","band":"answer","faq":"peo-vs-aso","ms":1.2}`, after the listeners
 * are done (or have failed: errors go on to `app.error`).
 */
export function logRequests(): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, logger, next }) => {
    const startedAt = performance.now();
    let outcome: string | undefined;
    try {
      await next();
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      const name = requestName(body);
      const fields = (context as { [FIELDS]?: RequestFields })[FIELDS];
      logger.info({
        event: 'request',
        type: body.type === 'block_actions' ? `action:${name}` : name,
        ...fields,
        ...(outcome ? { outcome } : {}),
        ms: Math.round((performance.now() - startedAt) * 10) / 10,
      });
    }
  };
}
