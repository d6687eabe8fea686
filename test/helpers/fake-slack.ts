import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
}

export interface RecordedResponse {
  path: string;
  body: Record<string, unknown>;
}

interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Destroy the socket instead of answering: a network error. */
  drop?: boolean;
  /** Never answer at all (the connection stays open): a hung Slack. */
  hang?: boolean;
}

/**
 * A fake Slack on loopback: the Web API under /api/<method> (what SLACK_API_URL points at) and a sink for
 * response_url posts under /response/<id>. It records every call, answers like Slack, and can be scripted
 * to fail (5xx, 429 with Retry-After, dropped connections) a given number of times.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  private readonly scripts = new Map<string, ScriptedReply[]>();
  private readonly overrides = new Map<string, (body: Record<string, unknown>) => unknown>();
  private readonly delays = new Map<string, number>();
  private server?: Server;
  private tsCounter = 1000;
  baseUrl = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(({ status, headers, body, drop, hang }) => {
        if (hang) return;
        if (drop) {
          request.socket.destroy();
          return;
        }
        response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  responseUrl(id = 'r1'): string {
    return `${this.baseUrl}/response/${id}`;
  }

  /** The next `count` calls to `method` get this reply instead of success. */
  failNext(method: string, reply: ScriptedReply, count = 1): void {
    const queue = this.scripts.get(method) ?? [];
    for (let index = 0; index < count; index++) queue.push(reply);
    this.scripts.set(method, queue);
  }

  /** Answers `method` only after `ms` milliseconds from now on: a slow Slack. */
  delay(method: string, ms: number): void {
    this.delays.set(method, ms);
  }

  /** Answers `method` with this function's result (an object with `ok`) from now on. */
  answer(method: string, reply: (body: Record<string, unknown>) => unknown): void {
    this.overrides.set(method, reply);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.scripts.clear();
    this.overrides.clear();
    this.delays.clear();
  }

  /** Resolves once `predicate` holds, polling; rejects after `timeoutMs` with what was recorded. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 3000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) {
        throw new Error(
          `timed out; calls: ${JSON.stringify(this.calls.map((call) => call.method))}, responses: ${this.responses.length}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private async handle(request: IncomingMessage): Promise<ScriptedReply> {
    const raw = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = parseBody(raw, request.headers['content-type'] ?? '');
    if (path.startsWith('/response/')) {
      // failNext('response_url', …) scripts failures of response_url posts.
      const failure = this.scripts.get('response_url')?.shift();
      if (failure) return failure;
      this.responses.push({ path, body });
      return { status: 200, body: { ok: true } };
    }
    const method = path.replace(/^\/api\//, '');
    const delay = this.delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    this.calls.push({ method, body });
    const scripted = this.scripts.get(method)?.shift();
    if (scripted) return scripted;
    const override = this.overrides.get(method);
    if (override) return { status: 200, body: override(body) };
    return { status: 200, body: this.success(method, body) };
  }

  private success(method: string, body: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://acme.slack.com/',
          team: 'Acme',
          user: 'hrfaq',
          team_id: 'T0001',
          user_id: 'UBOT0001',
          bot_id: 'BBOT0001',
        };
      case 'chat.postMessage':
        this.tsCounter += 1;
        return { ok: true, channel: body.channel, ts: `1700000000.00${this.tsCounter}`, message: { text: body.text } };
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: body.channel,
          permalink: `https://acme.slack.com/archives/${String(body.channel)}/p${String(body.message_ts).replace('.', '')}`,
        };
      default:
        return { ok: true };
    }
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The Web API client sends form bodies with JSON-encoded fields such as `blocks`; decode both. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    try {
      body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      body[key] = value;
    }
  }
  return body;
}
