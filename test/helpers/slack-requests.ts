import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const BOT_TOKEN = 'xoxb-test-0000-secret-token';

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<timestamp>:<raw body>"). */
export function signatureHeaders(
  body: string,
  { secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000) } = {},
) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'X-Slack-Request-Timestamp': String(timestamp), 'X-Slack-Signature': signature };
}

export interface SignedRequest {
  body: string;
  contentType: string;
}

let triggerCounter = 0;

/** A slash command exactly as Slack sends it: form-encoded, every field Slack includes (a new trigger_id each). */
export function slashCommand(text: string, responseUrl: string, overrides: Record<string, string> = {}): SignedRequest {
  triggerCounter += 1;
  const fields = {
    token: 'verification-token-unused',
    team_id: 'T0001',
    team_domain: 'acme',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ASKER1',
    user_name: 'asker',
    command: '/hrfaq',
    text,
    api_app_id: 'A0HRFAQ',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `1337.${process.pid}.${triggerCounter}`,
    ...overrides,
  };
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

let eventCounter = 0;

/** An Events API `event_callback` as Slack sends it (JSON). */
export function eventCallback(
  event: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): SignedRequest & { eventId: string } {
  eventCounter += 1;
  const eventId = `Ev0TEST${String(eventCounter).padStart(4, '0')}`;
  const envelope = {
    token: 'verification-token-unused',
    team_id: 'T0001',
    api_app_id: 'A0HRFAQ',
    event: { event_ts: '1700000000.000100', ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [
      { enterprise_id: null, team_id: 'T0001', user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6ImFwcF9tZW50aW9uIn0',
    ...overrides,
  };
  return { body: JSON.stringify(envelope), contentType: 'application/json', eventId };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  responseUrl: string;
  /** Where the card was: an ephemeral message, a public message (optionally in a thread), or App Home. */
  container?: 'ephemeral' | 'message' | 'home' | 'modal';
  channel?: string;
  messageTs?: string;
  threadTs?: string;
  user?: string;
}

/** A block_actions interaction: `payload=<json>`, form-encoded, as Slack sends it. */
export function blockAction(click: ButtonClick): SignedRequest {
  const channel = click.channel ?? 'C0GENERAL';
  const messageTs = click.messageTs ?? '1700000000.000200';
  const container =
    click.container === 'home'
      ? { type: 'view', view_id: 'V0HOME' }
      : click.container === 'modal'
        ? { type: 'view', view_id: 'V0MODAL' }
        : { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: click.container !== 'message' };
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    user: { id: click.user ?? 'U0ASKER1', username: 'asker', name: 'asker', team_id: 'T0001' },
    api_app_id: 'A0HRFAQ',
    token: 'verification-token-unused',
    container,
    trigger_id: '1337.42.trigger',
    team: { id: 'T0001', domain: 'acme' },
    enterprise: null,
    is_enterprise_install: false,
    response_url: click.responseUrl,
    actions: [
      {
        action_id: click.actionId,
        block_id: 'hrfaq_related',
        text: { type: 'plain_text', text: 'A button', emoji: true },
        value: click.value,
        type: 'button',
        action_ts: '1700000001.000300',
      },
    ],
  };
  if (click.container === 'home' || click.container === 'modal') {
    payload.view = {
      id: click.container === 'home' ? 'V0HOME' : 'V0MODAL',
      type: click.container,
      hash: '1.abc',
      blocks: [],
    };
  } else {
    payload.channel = { id: channel, name: 'general' };
    if (click.container === 'message') {
      payload.message = {
        type: 'message',
        user: 'UBOT0001',
        ts: messageTs,
        text: 'card',
        ...(click.threadTs ? { thread_ts: click.threadTs } : {}),
      };
    }
  }
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}
