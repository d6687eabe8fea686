import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { evaluate, type Response } from '../../eval/evaluate';
import { formatLikelyTable, type SetResult } from '../../eval/run';
import { EVAL_SETS } from '../../eval/sets';

/** A responder from a fixed table of replies, by question. */
const from = (replies: Record<string, Response>) => (question: string) =>
  replies[question] ?? { answered: false, offered: [] };

describe('evaluate', () => {
  const set = {
    answerable: [
      { q: 'answered right', expect: 'a' },
      { q: 'answered wrong', expect: 'a' },
      { q: 'previewed right', expect: 'a' },
      { q: 'previewed wrong', expect: 'a' },
      { q: 'offered second', expect: 'a' },
    ],
    off_topic: ['off answered', 'off previewed', 'off offered'],
  };
  const report = evaluate(
    from({
      'answered right': { answered: true, offered: ['a', 'b'] },
      'answered wrong': { answered: true, offered: ['b', 'a'] },
      'previewed right': { answered: false, offered: ['a'], likely: true },
      'previewed wrong': { answered: false, offered: ['b', 'c', 'a'], likely: true },
      'offered second': { answered: false, offered: ['b', 'a'] },
      'off answered': { answered: true, offered: ['a'] },
      'off previewed': { answered: false, offered: ['a'], likely: true },
      'off offered': { answered: false, offered: ['a'] },
    }),
    set,
  );

  it('counts answers, top-1 and top-3 over the on-topic questions', () => {
    expect(report).toMatchObject({ answerable: 5, offTopic: 3, top1: 2 / 5, top3: 5 / 5 });
    expect(report.answeredCorrectly).toBeCloseTo(1 / 5);
    expect(report.answeredWrongly).toBeCloseTo(1 / 5);
    expect(report.offTopicAnswered).toBeCloseTo(1 / 3);
    expect(report.net).toBeCloseTo(1 / 5 - 1 / 5 - 1 / 3);
  });

  it('counts previews of the likeliest FAQ apart from answers, right, wrong and off-topic', () => {
    expect(report.likelyRight).toBeCloseTo(1 / 5);
    expect(report.likelyWrong).toBeCloseTo(1 / 5);
    expect(report.offTopicLikely).toBeCloseTo(1 / 3);
  });

  it('never counts an answer as a preview', () => {
    const answeredAndLikely = evaluate(from({ q: { answered: true, offered: ['a'], likely: true } }), {
      answerable: [{ q: 'q', expect: 'a' }],
      off_topic: [],
    });
    expect(answeredAndLikely).toMatchObject({ answeredCorrectly: 1, likelyRight: 0, likelyWrong: 0 });
  });

  it('prints one line per set, with what the asker sees at once', () => {
    const [entry] = EVAL_SETS;
    const results: SetResult[] = [{ entry, reports: { hrfaq: report } }];
    const table = formatLikelyTable(results).split('\n');
    expect(table).toHaveLength(3);
    expect(table[2]).toBe(`| ${entry.name} (${entry.role}) | 20.0% | 20.0% | 33.3% | 40.0% |`);
  });
});

describe('npm run eval -- --fit / --calibrate', () => {
  it('refuses to fit or calibrate on the holdouts alone, saying why', () => {
    const root = path.resolve(__dirname, '../..');
    for (const flag of ['--fit', '--calibrate']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'eval/run.ts', '--role', 'holdout', flag], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim()).toBe(
        '--fit and --calibrate use the tuning and review sets, and none of those is chosen',
      );
    }
  }, 30_000);
});
