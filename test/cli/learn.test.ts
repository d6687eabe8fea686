import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LogLevel } from '@slack/bolt';
import { Pool } from 'pg';
import { main } from '../../src/cli/main';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { FileLearningStore } from '../../src/learning/file-learning-store';
import { createLogger } from '../../src/runtime/logger';
import { migrate } from '../../src/store/postgres/migrate';
import { DIRECT, PgLearningStore } from '../../src/store/postgres/pg-learning-store';
import { fakeIo } from '../helpers/cli-io';
import { freshDatabase } from '../helpers/postgres';

const PEOPLE = ['0000000000000001', '0000000000000002', '0000000000000003'];

describe('npm run learn', () => {
  let work: string;
  let kb: string;
  let data: string;
  const asoFees = () => path.join(kb, 'hr-outsourcing', 'aso-fees.md');

  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-learn-'));
    kb = path.join(work, 'kb');
    data = path.join(work, 'data');
    cpSync(DEFAULT_KNOWLEDGE_DIR, kb, { recursive: true });
    // HR's own comments in the file, which the edit must keep.
    const original = readFileSync(asoFees(), 'utf8');
    writeFileSync(
      asoFees(),
      original
        .replace('---\nquestion:', '---\n# Reviewed by HR every quarter\nquestion:')
        .replace('  - aso fees\n', '  - aso fees # the most asked\n'),
    );
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const store = () => new FileLearningStore(data, { minPeople: 3 });
  const teach = async (question: string, faq: string, keep: boolean) => {
    const learning = store();
    for (const user of PEOPLE) await learning.record({ kind: 'pick', question, faq, user });
    if (keep) expect(await learning.keep({ question, faq })).toBe(true);
  };
  const run = async (...argv: string[]) => {
    const io = fakeIo({ env: { DATA_DIR: data, KNOWLEDGE_DIR: kb } });
    const code = await main(['learn', ...argv], io.io);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };

  it('lists learned phrasings, kept or new', async () => {
    expect((await run()).stdout).toContain('No learned phrasings.');
    await teach('how much do we pay the peo', 'aso-fees', true);
    await teach('is a peo worth it', 'what-is-a-peo', false);
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(stdout).toMatch(/kept\s+3 people {2}"how much do we pay the peo" → aso-fees/);
    expect(stdout).toMatch(/new\s+3 people {2}"is a peo worth it" → what-is-a-peo/);
  });

  it('names each answer demoted after 👎: the question asked, and the FAQ by id and question', async () => {
    const learning = store();
    for (const user of PEOPLE) {
      await learning.record({ kind: 'down', question: 'what does the aso cost', faq: 'aso-fees', user });
      await learning.record({ kind: 'down', question: 'old question', faq: 'gone-faq', user });
    }
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(stdout).not.toContain('answer(s)');
    expect(stdout.split('\n')).toEqual([
      'No learned phrasings.',
      'Demoted after 👎 from several people (2): asked these questions, the bot offers the FAQ as "Did you mean…?" ' +
        'instead of answering with it:',
      '  👎      3 people  "what does the aso cost" → aso-fees ("How do ASO fees work?")',
      '  👎      3 people  "old question" → gone-faq (no longer in the knowledge base)',
      '',
    ]);
  });

  it('--apply writes the kept ones into alternates, keeping comments and key order, then validates', async () => {
    await teach('how much do we pay the peo', 'aso-fees', true);
    await teach('is a peo worth it', 'what-is-a-peo', false);
    const before = readFileSync(asoFees(), 'utf8');
    const { code, stdout, stderr } = await run('--apply', '--dir', kb);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('OK: 13 FAQs');
    const after = readFileSync(asoFees(), 'utf8');
    expect(after).toContain('# Reviewed by HR every quarter');
    expect(after).toContain('  - aso fees # the most asked\n');
    expect(after).toContain('  - what do companies pay an aso for\n  - how much do we pay the peo\n');
    const keys = (text: string) => [...text.matchAll(/^([a-z]+):/gm)].map((match) => match[1]);
    expect(keys(after)).toEqual(keys(before));
    // Only the alternates changed: the rest of the file is byte for byte the same.
    expect(after.replace('  - how much do we pay the peo\n', '')).toBe(before);
    expect(readFileSync(path.join(kb, 'hr-outsourcing', 'what-is-a-peo.md'), 'utf8')).not.toContain('worth it');
    // Applied ones leave the learned list; the one not kept stays.
    expect((await store().list()).phrasings.map((phrasing) => phrasing.question)).toEqual(['is a peo worth it']);
    expect((await run('--apply', '--dir', kb)).stdout).toContain('Nothing kept yet');
  });

  it('puts the files back when the knowledge base would not validate', async () => {
    // Another FAQ's own phrasing: the self-check fails, so nothing may change.
    await teach('what is a peo', 'aso-fees', true);
    const before = readFileSync(asoFees(), 'utf8');
    const { code, stderr } = await run('--apply', '--dir', kb);
    expect(code).toBe(1);
    expect(stderr).toContain('put back as they were');
    expect(readFileSync(asoFees(), 'utf8')).toBe(before);
    expect((await store().list()).phrasings).toHaveLength(1);
  });

  it('with DATABASE_URL, lists and applies the learning shared in PostgreSQL (DATA_DIR unused)', async () => {
    const url = await freshDatabase();
    const pool = new Pool({ connectionString: url });
    const quiet = createLogger({ level: LogLevel.ERROR, destination: { write: () => undefined } });
    const shared = new PgLearningStore(pool, () => migrate(pool).then(() => undefined), DIRECT, quiet, {
      minPeople: 3,
    });
    try {
      for (const user of PEOPLE)
        await shared.record({ kind: 'pick', question: 'how much do we pay the peo', faq: 'aso-fees', user });
      expect(await shared.keep({ question: 'how much do we pay the peo', faq: 'aso-fees' })).toBe(true);
      const env = { DATA_DIR: data, KNOWLEDGE_DIR: kb, DATABASE_URL: url, ANALYTICS_SALT: 'a-salt-for-the-learn-test' };
      const io = fakeIo({ env });
      expect(await main(['learn', '--apply', '--dir', kb], io.io)).toBe(0);
      expect(io.stdout()).toMatch(/kept\s+3 people {2}"how much do we pay the peo" → aso-fees/);
      expect(readFileSync(asoFees(), 'utf8')).toContain('  - how much do we pay the peo\n');
      expect((await shared.list()).phrasings).toEqual([]);
      expect(existsSync(data)).toBe(false);

      const down = fakeIo({ env: { ...env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
      expect(await main(['learn'], down.io)).toBe(1);
      expect(down.stderr()).toContain('could not be read');
    } finally {
      await pool.end();
    }
  });
});
