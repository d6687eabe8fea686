import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSince, reportCommand } from '../../src/cli/commands/report';
import { main } from '../../src/cli/main';
import { fakeIo } from '../helpers/cli-io';

describe('report', () => {
  let dataDir: string;
  const today = new Date().toISOString().slice(0, 10);
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-report-'));
    const now = new Date().toISOString();
    writeFileSync(
      path.join(dataDir, `events-${today}.jsonl`),
      [
        { time: now, kind: 'no-match', surface: 'command', question: 'when is payday' },
        {
          time: now,
          kind: 'feedback',
          surface: 'button',
          faq: 'aso-fees',
          vote: 'down',
          user: 'a'.repeat(16),
          card: 'c',
        },
        { time: now, kind: 'did-you-mean', surface: 'button', faq: 'aso-fees', question: 'aso money' },
        { time: now, kind: 'answered', surface: 'mention', faq: 'peo-vs-aso' },
        { time: now, kind: 'did-you-mean', surface: 'dm', faq: 'aso-fees', question: 'christmas bonus?' },
      ]
        .map((event) => JSON.stringify(event))
        .concat(['{"broken'])
        .join('\n'),
    );
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints tidy tables for HR, with FAQ questions, and warns about a corrupt line', async () => {
    const run = fakeIo({ env: { DATA_DIR: dataDir } });
    await expect(main(['report'], run.io)).resolves.toBe(0);
    const out = run.stdout();
    expect(out).toMatch(/Unanswered questions/);
    expect(out).toMatch(/\s1\s+when is payday/);
    expect(out).toMatch(/100%\s+1\s+0\s+aso-fees\s+How do ASO fees work\?/);
    expect(out).toMatch(/1\s+aso money\s+aso-fees/);
    expect(out).toMatch(
      /Offered "Did you mean…\?" choices, and nothing clicked[^\n]*\n[^\n]*\n[^\n]*\n\s+1\s+christmas bonus\?/,
    );
    expect(out).toMatch(/command\s+1/);
    expect(run.stderr()).toMatch(/warning: skipped .*events-.*\.jsonl:6: not valid JSON/);
  });

  it('--json gives the same data for machines, on stdout only', async () => {
    const run = fakeIo({ env: { DATA_DIR: dataDir } });
    await main(['report', '--json', '--since', '1d'], run.io);
    const report = JSON.parse(run.stdout());
    expect(report.unanswered[0]).toMatchObject({ question: 'when is payday', count: 1 });
    expect(report.feedback[0]).toMatchObject({ faq: 'aso-fees', down: 1, downRate: 1 });
    expect(report.suggestedAlternates[0]).toMatchObject({ question: 'aso money', faq: 'aso-fees' });
    expect(report.volume.bySurface).toMatchObject({ command: 1, mention: 1 });
    expect(report.skippedLines).toBe(1);
  });

  it('rejects a --since date in the future', async () => {
    const run = fakeIo();
    await expect(main(['report', '--since', '2999-01-01'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toMatch(/--since 2999-01-01 is in the future/);
  });

  it("takes today's date as --since, even where today starts before it does in UTC", async () => {
    const run = fakeIo();
    // 23:30 UTC on 31 October is already 1 November in Sydney.
    await expect(
      reportCommand(run.io, { since: '2026-11-01', json: true, now: new Date('2026-10-31T23:30:00Z') }),
    ).resolves.not.toBe(2);
  });

  it('rejects a bad --since', async () => {
    const run = fakeIo({ env: { DATA_DIR: dataDir } });
    await expect(main(['report', '--since', 'last tuesday'], run.io)).resolves.toBe(2);
    expect(run.stderr()).toMatch(/--since takes a period such as 7d/);
  });

  it('says so when there are no events', async () => {
    const run = fakeIo({ env: { DATA_DIR: path.join(dataDir, 'empty') } });
    await expect(main(['report'], run.io)).resolves.toBe(0);
    expect(run.stderr()).toMatch(/No events/);
    expect(run.stdout()).toMatch(/\(none\)/);
  });
});

describe('parseSince', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['7d', '2026-11-20T12:00:00.000Z'],
    ['24h', '2026-11-26T12:00:00.000Z'],
    ['2w', '2026-11-13T12:00:00.000Z'],
    ['2026-11-01', '2026-11-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseSince(text, now)?.toISOString()).toBe(iso);
  });

  it.each(['', 'soon', '7x', '2026-13-45', '0d', '0h', '2026-02-30', '2026-04-31', '999999999d'])(
    'refuses %j',
    (text) => {
      expect(parseSince(text, now)).toBeUndefined();
    },
  );
});
