import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { watchKnowledge } from '../../src/runtime/knowledge-watcher';
import { FakeSlack } from '../helpers/fake-slack';
import { captureLogs } from '../helpers/logs';
import { slashCommand } from '../helpers/slack-requests';
import { type RunningApp, startTestApp } from '../helpers/test-app';

describe('a pathological answer arriving by reload', () => {
  const slack = new FakeSlack();
  const sandbox = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-latency-'));
  const directory = path.join(sandbox, 'knowledge');
  let bot: RunningApp;
  beforeAll(async () => {
    cpSync(DEFAULT_KNOWLEDGE_DIR, directory, { recursive: true });
    await slack.start();
    bot = await startTestApp(slack, { KNOWLEDGE_DIR: directory });
  });
  afterAll(async () => {
    await bot.stop();
    await slack.stop();
    rmSync(sandbox, { recursive: true, force: true });
  });

  it('never makes an acknowledgement wait over a second, and is rejected naming its file', async () => {
    const { lines, logger } = captureLogs();
    const watcher = watchKnowledge({ directory, logger, debounceMs: 50, onReload: (kb) => bot.store.replace(kb) });
    await watcher.ready;
    try {
      // Thousands of `_a` pairs: valid Markdown, under the length limit, seconds of work to convert.
      writeFileSync(
        path.join(directory, 'pathological.md'),
        `---\nquestion: What is this?\ncategory: Leave\n---\n${'_a'.repeat(4000)}\n`,
      );
      const latencies: number[] = [];
      while (!lines.some((line) => String(line.event).startsWith('knowledge_reload'))) {
        const started = performance.now();
        const response = await bot.send(slashCommand('peo vs aso', slack.responseUrl()));
        expect(response.status).toBe(200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const rejected = lines.find((line) => line.event === 'knowledge_reload_rejected');
      expect(JSON.stringify(rejected?.problems)).toMatch(/pathological\.md:1: the answer takes \d+ ms to render/);
      expect(latencies.length).toBeGreaterThan(5);
      expect(Math.max(...latencies)).toBeLessThan(1000);
      expect(bot.store.service.kb.get('pathological')).toBeUndefined();
    } finally {
      watcher.close();
    }
  }, 60_000);
});
