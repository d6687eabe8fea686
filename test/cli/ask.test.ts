import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { blockKitViolations } from '../helpers/block-kit';
import { fakeIo } from '../helpers/cli-io';

const env = {};

describe('ask', () => {
  it('prints a readable card: the question, the answer and numbered related questions', async () => {
    const run = fakeIo({ env });
    await expect(main(['ask', 'peo vs aso'], run.io)).resolves.toBe(0);
    const out = run.stdout();
    expect(out).toMatch(/^What is the difference between a PEO and an ASO\?/);
    expect(out).toContain('co-employment');
    expect(out).toMatch(/\[1\] What is a PEO/);
    expect(out).not.toContain(`${String.fromCharCode(27)}[`); // no colour codes when stdout is not a terminal
  });

  it('prints candidates on did-you-mean and the fallback on no match', async () => {
    const unsure = fakeIo({ env });
    await main(['ask', 'co-employment peo'], unsure.io);
    expect(unsure.stdout()).toMatch(/Did you mean/);
    expect(unsure.stdout()).toMatch(/\[1\] What is co-employment\?/);
    const none = fakeIo({ env });
    await main(['ask', 'when is payday'], none.io);
    expect(none.stdout()).toMatch(/don't have an answer for when is payday/);
    expect(none.stdout()).toMatch(/How to ask/);
  });

  it('--json prints one object on one line with the contract fields', async () => {
    const run = fakeIo({ env });
    await main(['ask', '--json', 'peo vs aso'], run.io);
    const lines = run.stdout().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] as string);
    expect(Object.keys(json)).toEqual(['query', 'band', 'match', 'suggestions', 'likely', 'message']);
    expect(json).toMatchObject({
      query: 'peo vs aso',
      band: 'answer',
      match: { id: 'peo-vs-aso', question: 'What is the difference between a PEO and an ASO?' },
    });
    expect(Object.keys(json.match)).toEqual(['id', 'question', 'score']);
    expect(Object.keys(json.suggestions[0])).toEqual(['id', 'question', 'score']);
    expect(Object.keys(json.message)).toEqual(['text', 'blocks']);
    expect(blockKitViolations(json.message)).toEqual([]);
  });

  it('--json gives match null unless the band is answer', async () => {
    const run = fakeIo({ env, stdin: ['co-employment peo', 'when is payday'] });
    await main(['ask', '--json'], run.io);
    const [unsure, none] = run
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(unsure).toMatchObject({ band: 'did-you-mean', match: null, likely: false });
    expect(unsure.suggestions.length).toBeGreaterThan(1);
    expect(none).toMatchObject({ band: 'no-match', match: null, suggestions: [] });
  });

  it('--json reads one question per stdin line and answers each, in order, even blank lines', async () => {
    const questions = ['peo vs aso', '', 'what is rag', 'when is payday'];
    const run = fakeIo({ env, stdin: questions });
    await main(['ask', '--json'], run.io);
    const lines = run
      .stdout()
      .split('\n')
      .filter((line) => line !== '');
    expect(lines.map((line) => JSON.parse(line).query)).toEqual(questions);
  });

  it('--json gives what /hrfaq shows for help and list, as no match', async () => {
    const run = fakeIo({ env, stdin: ['help', 'list'] });
    await main(['ask', '--json'], run.io);
    const [help, list] = run
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(help).toMatchObject({ query: 'help', band: 'no-match', match: null, suggestions: [] });
    expect(JSON.stringify(help.message.blocks)).toContain('/hrfaq list');
    expect(list).toMatchObject({ query: 'list', band: 'no-match', match: null });
    expect(JSON.stringify(list.message.blocks)).toContain('HR outsourcing');
  });

  it('--preview prints a Block Kit Builder link that holds exactly the blocks --json gives', async () => {
    const preview = fakeIo({ env });
    await expect(main(['ask', '--preview', 'peo vs aso'], preview.io)).resolves.toBe(0);
    const url = preview.stdout().trim();
    expect(url).toMatch(/^https:\/\/app\.slack\.com\/block-kit-builder\/#%7B%22blocks%22/);
    const json = fakeIo({ env });
    await main(['ask', '--json', 'peo vs aso'], json.io);
    const decoded = JSON.parse(decodeURIComponent(url.slice(url.indexOf('#') + 1)));
    expect(decoded).toEqual({ blocks: JSON.parse(json.stdout()).message.blocks });
  });

  it('refuses --json and --preview together', async () => {
    const run = fakeIo({ env });
    await expect(main(['ask', '--json', '--preview', 'x'], run.io)).resolves.toBe(2);
  });

  it('asks for a question when run in a terminal with none', async () => {
    const run = fakeIo({ env, isTTY: true });
    await expect(main(['ask'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toMatch(/npm run chat/);
  });

  it('exits 1 with the problems when the knowledge base is broken', async () => {
    const run = fakeIo({ env: { KNOWLEDGE_DIR: path.join(__dirname, '..', 'fixtures', 'knowledge', 'broken') } });
    await expect(main(['ask', '--json', 'peo'], run.io)).resolves.toBe(1);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toMatch(/problems/);
  });
});

describe('the ask contract through npm, as other tools call it', () => {
  it('turns 200 questions on stdin into exactly 200 JSON lines and nothing else', () => {
    const questions = Array.from(
      { length: 200 },
      (_, index) =>
        ['peo vs aso', 'what is co-employment', 'when is payday', 'gen ai tools', '<!channel> hi', ''][index % 6],
    );
    const child = spawnSync('npm', ['run', '--silent', 'ask', '--', '--json'], {
      cwd: path.join(__dirname, '..', '..'),
      input: `${questions.join('\n')}\n`,
      encoding: 'utf8',
      // Not the project's own .env, which holds the settings of whoever runs the tests.
      env: { ...process.env, KNOWLEDGE_DIR: '', DOTENV_CONFIG_PATH: path.join(os.tmpdir(), 'hrfaq-no-such.env') },
    });
    expect(child.status).toBe(0);
    const lines = child.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(200);
    expect(lines.map((line) => JSON.parse(line).query)).toEqual(questions);
  }, 60_000);
});
