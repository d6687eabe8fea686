import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isValidSlackRequest } from '@slack/bolt';

/** Slack's own rule for old requests, applied to the future too: a clock can be off, but not by this much. */
const MAX_CLOCK_SKEW_SEC = 5 * 60;
/** Slack's payloads are far smaller; Bolt's own limit is the same. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Runs in front of Bolt's HTTP receiver, for what Bolt lets through: a timestamp more than five minutes in
 * the future gets 401 (Bolt rejects only old ones, so a captured request could be replayed later), and a
 * correctly signed body that isn't an object (`null`, `3`) gets 400 instead of a connection left hanging.
 * The body is buffered once and handed on as `rawBody`, which Bolt reads instead of the stream.
 */
export function guardRequests(
  next: RequestListener,
  signingSecret: string,
  now: () => number = Date.now,
): RequestListener {
  return (request, response) => {
    if (request.method !== 'POST') {
      next(request, response);
      return;
    }
    const timestamp = Number(request.headers['x-slack-request-timestamp']);
    if (Number.isFinite(timestamp) && timestamp - Math.floor(now() / 1000) > MAX_CLOCK_SKEW_SEC) {
      reply(response, 401);
      request.resume();
      return;
    }
    readBody(request)
      .then((raw) => {
        if (raw === undefined) return reply(response, 413);
        if (isMalformed(raw, request, signingSecret, timestamp)) return reply(response, 400);
        Object.assign(request, { rawBody: raw });
        next(request, response);
      })
      .catch(() => reply(response, 400));
  };
}

/** A signed JSON body that is not an object, or a form body whose payload is not one. */
function isMalformed(raw: Buffer, request: IncomingMessage, signingSecret: string, timestamp: number): boolean {
  const text = raw.toString('utf8');
  const contentType = String(request.headers['content-type'] ?? '');
  let parsed: unknown;
  try {
    if (contentType.startsWith('application/x-www-form-urlencoded')) {
      const payload = new URLSearchParams(text).get('payload');
      if (payload === null) return false;
      parsed = JSON.parse(payload);
    } else {
      parsed = JSON.parse(text);
    }
  } catch {
    return false; // Bolt answers unparseable bodies itself (after checking the signature)
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return false;
  // Only a correctly signed request learns that its body was malformed; anything else gets Bolt's 401.
  return isValidSlackRequest({
    signingSecret,
    body: text,
    headers: {
      'x-slack-signature': String(request.headers['x-slack-signature'] ?? ''),
      'x-slack-request-timestamp': timestamp,
    },
  });
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function reply(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  response.writeHead(status);
  response.end();
}
