import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
}

/** Signs a form body the way Slack does. */
function sign(secret: string, body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'X-Slack-Request-Timestamp': String(timestamp), 'X-Slack-Signature': `v0=${signature}` };
}

function post(agent: Agent, port: number, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * Sends `total` signed slash commands at `concurrency`, over keep-alive connections as Slack does, and
 * measures each acknowledgement's latency. `onProgress` is called every `progressEvery` requests.
 */
let runs = 0;

export async function runLoad(options: {
  port: number;
  secret: string;
  /** The question text of request number `index`. */
  question: (index: number) => string;
  total: number;
  concurrency: number;
  onProgress?: (done: number) => Promise<void>;
  progressEvery?: number;
}): Promise<LoadResult> {
  const { port, secret, question, total, concurrency, onProgress, progressEvery = Number.POSITIVE_INFINITY } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  let done = 0;
  let nextProgress = progressEvery;
  const run = `${process.pid}.${++runs}`;
  const started = performance.now();
  const worker = async () => {
    while (issued < total) {
      const index = issued++;
      const body = new URLSearchParams({
        token: 'unused',
        team_id: 'T0001',
        team_domain: 'acme',
        channel_id: 'C0GENERAL',
        channel_name: 'general',
        user_id: `U${String(index % 500).padStart(6, '0')}`,
        user_name: 'load',
        command: '/hrfaq',
        text: question(index),
        api_app_id: 'A0HRFAQ',
        response_url: 'http://127.0.0.1:9/unused',
        // Unique per request, as Slack's are: a repeated trigger_id is a replay, acknowledged and not answered.
        trigger_id: `${run}.${index}`,
      }).toString();
      const before = performance.now();
      try {
        const status = await post(agent, port, body, sign(secret, body));
        if (status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - before);
      done += 1;
      if (onProgress && done >= nextProgress) {
        nextProgress += progressEvery;
        await onProgress(done);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))] ?? 0;
  return { requests: total, errors, seconds, throughput: total / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}
