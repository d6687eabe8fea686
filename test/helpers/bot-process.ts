import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { type SignedRequest, signatureHeaders } from './slack-requests';

const ENTRY = path.join(__dirname, '..', '..', 'dist', 'app.js');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Collects a child process's stdout and stderr as text. */
export function captureOutput(child: ChildProcess): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return { out: () => out, err: () => err };
}

export interface BotProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  exited: Promise<number | null>;
  send: (request: SignedRequest, headers?: Record<string, string>) => Promise<Response>;
  /** SIGTERM, and the exit code once it has flushed and stopped. */
  stop: () => Promise<number | null>;
}

/** The built bot (dist/app.js, as `npm start` runs it) in HTTP mode on a free port; resolves once started. */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [ENTRY], {
    cwd: __dirname, // no .env here
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { out, err } = captureOutput(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let code: number | null | undefined;
  void exited.then((value) => {
    code = value;
  });
  await until(() => out().includes('"event":"started"') || code !== undefined, 20_000, 'the bot to start');
  if (code !== undefined) throw new Error(`the bot exited with ${code}: ${err()}`);
  const url = `http://127.0.0.1:${port}/slack/events`;
  return {
    child,
    url,
    stdout: out,
    exited,
    send: (request, headers = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': request.contentType, ...signatureHeaders(request.body), ...headers },
        body: request.body,
      }),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * Two replicas of the built bot sharing one PostgreSQL database, started together (so their migrations must
 * not race), with a DATA_DIR of their own that must stay unused.
 */
export async function startReplicas(
  env: Record<string, string> & { DATABASE_URL: string; DATA_DIR: string },
): Promise<[BotProcess, BotProcess]> {
  const shared = { ANALYTICS_SALT: 'the-same-salt-on-every-replica', ...env };
  return Promise.all([startBotProcess(shared), startBotProcess(shared)]);
}
