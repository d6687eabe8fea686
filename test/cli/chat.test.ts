import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { fakeIo } from '../helpers/cli-io';

describe('chat', () => {
  it('answers, follows a related question by its number, and goes back', async () => {
    const run = fakeIo({ stdin: ['peo vs aso', '2', '7', 'quit'] });
    await expect(main(['chat'], run.io)).resolves.toBe(0);
    const out = run.stdout();
    const cards = out.split('\n> ');
    expect(cards[1]).toMatch(/What is the difference between a PEO and an ASO\?/);
    expect(cards[2]).toMatch(/^\s*What is an ASO/);
    expect(cards[2]).toMatch(/\[7\] ← Back: What is the difference between a PEO and an ASO\?/);
    expect(cards[3]).toMatch(/^\s*What is the difference between a PEO and an ASO\?/);
    expect(out).toMatch(/Bye!/);
  });

  it.each(['/quit', ':q', 'EXIT'])(
    'leaves on %j, as a terminal user may type it, rather than asking it',
    async (typed) => {
      const run = fakeIo({ stdin: [typed, 'peo vs aso'] });
      await expect(main(['chat'], run.io)).resolves.toBe(0);
      expect(run.stdout()).toMatch(/Bye!\n$/);
      expect(run.stdout()).not.toMatch(/PEO/);
    },
  );

  it('handles help, list and a miss without leaving', async () => {
    const run = fakeIo({ stdin: ['help', 'list', 'zzqx frobnicate', ''] });
    await expect(main(['chat'], run.io)).resolves.toBe(0);
    const out = run.stdout();
    // In the terminal the tips name what to type there, not the slash command.
    expect(out).toContain('`list`: browse every topic');
    expect(out).not.toContain('/hrfaq');
    expect(out).toContain('HR FAQ topics');
    expect(out).toContain("I don't have an answer for zzqx frobnicate");
  });

  it('asks a number that is not one of the choices shown (a 1099, a 401) as a question', async () => {
    const run = fakeIo({ stdin: ['1', 'peo vs aso', '1099', 'list', '401', 'peo vs aso', '3'] });
    await expect(main(['chat'], run.io)).resolves.toBe(0);
    const cards = run.stdout().split('\n> ');
    expect(run.stdout()).not.toMatch(/Pick a number|nothing to pick/);
    // Before any card there is nothing to pick, so "1" is asked too.
    expect(cards[1]).toMatch(/I'm not sure I understood 1\.|I don't have an answer for 1\b/);
    expect(cards[2]).toMatch(/\[6\]/);
    expect(cards[2]).not.toMatch(/\[7\]/);
    expect(cards[3]).toContain('1099');
    expect(cards[4]).toContain('HR FAQ topics');
    expect(cards[5]).toContain('401');
    // A number among the choices still picks one.
    const third = /\[3\] (.+)/.exec(cards[6] ?? '')?.[1];
    expect(third).toBeDefined();
    expect(cards[7]?.trimStart().startsWith(`${third}\n`)).toBe(true);
  });

  it('wraps every line to the terminal width without breaking a word', async () => {
    const run = fakeIo({ stdin: ['peo vs aso', 'zzqx?'], columns: 50 });
    await main(['chat'], run.io);
    const lines = run.stdout().split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(50);
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    const wide = fakeIo({ stdin: ['peo vs aso', 'zzqx?'], columns: 10_000 });
    await main(['chat'], wide.io);
    expect(words(run.stdout())).toEqual(words(wide.stdout()));
  });

  it('falls back to 80 columns when the width is unknown', async () => {
    const run = fakeIo({ stdin: ['peo vs aso'] });
    await main(['chat'], run.io);
    const lines = run.stdout().split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    expect(lines.some((line) => [...line].length > 70)).toBe(true);
  });
});

describe('chat through a pipe its reader closes early (npm run chat | head)', () => {
  it('stops quietly, exit 0, with no stack trace', async () => {
    const root = path.join(__dirname, '..', '..');
    const child = spawn(process.execPath, [path.join(root, 'bin', 'hrfaq.js'), 'chat'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', DOTENV_CONFIG_PATH: path.join(os.tmpdir(), 'hrfaq-no-such.env') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Far more than a pipe holds, so that the bot is still writing when the reader goes.
    child.stdin.end('list\n'.repeat(400));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 60_000);
});
