import { readEvalSet, runSet } from '../../eval/run';
import { EVAL_SETS, resolve } from '../../eval/sets';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge';

/**
 * Holds the matcher's accuracy on every labelled set at or above a floor two points below its figure at the
 * time of writing (`npm run eval`; the wrong and off-topic floors are the goals, 2% and 3%, where a set meets
 * them; a preview floor below the goal sits a point or two under its figure), so a change that makes matching worse somewhere fails here. The floors are the project's, not the
 * matcher's: they live here, not in the code under test.
 */
type Floor = {
  top1: number;
  correct: number;
  wrong: number;
  offTopic: number;
  /** Where a set's previews fall short of the goals below, what it holds instead (said beside it). */
  likelyPrecision?: number;
  offTopicLikely?: number;
};

const FLOORS: Record<string, Floor> = {
  'sample-dev': { top1: 0.96, correct: 0.87, wrong: 0.02, offTopic: 0.02 },
  'sample-holdout': { top1: 0.96, correct: 0.81, wrong: 0.02, offTopic: 0.02 },
  'sample-review': { top1: 0.96, correct: 0.75, wrong: 0.02, offTopic: 0.02 },
  'sample-review-2': { top1: 0.93, correct: 0.75, wrong: 0.02, offTopic: 0.02 },
  'sample-natural': { top1: 0.93, correct: 0.69, wrong: 0.02, offTopic: 0.02 },
  northwind: { top1: 0.84, correct: 0.45, wrong: 0.02, offTopic: 0.03 },
  kestrel: { top1: 0.81, correct: 0.39, wrong: 0.02, offTopic: 0.03 },
  starter: { top1: 0.89, correct: 0.53, wrong: 0.02, offTopic: 0.03 },
  // It answered 2.5% of its off-topic questions (2 of 80) after an earlier stop's answer model (0% before);
  // 1.3% since.
  hartley: { top1: 0.78, correct: 0.34, wrong: 0.02, offTopic: 0.03 },
  brightwater: { top1: 0.74, correct: 0.17, wrong: 0.02, offTopic: 0.03 },
  fernhill: { top1: 0.7, correct: 0.14, wrong: 0.02, offTopic: 0.03 },
  maplepine: { top1: 0.78, correct: 0.31, wrong: 0.02, offTopic: 0.03 },
  cedarvalley: { top1: 0.83, correct: 0.33, wrong: 0.02, offTopic: 0.03 },
  orbit: { top1: 0.81, correct: 0.41, wrong: 0.02, offTopic: 0.03 },
  copperpot: { top1: 0.84, correct: 0.48, wrong: 0.02, offTopic: 0.03 },
  saffron: { top1: 0.87, correct: 0.4, wrong: 0.02, offTopic: 0.03 },
  lakbay: { top1: 0.8, correct: 0.29, wrong: 0.02, offTopic: 0.03 },
  // It answered 3.75% of its off-topic questions (3 of 80) until this stop's ranking changes.
  ironridge: { top1: 0.84, correct: 0.36, wrong: 0.02, offTopic: 0.03 },
  // It answered 2.6% wrongly (3.0% at its first score), over the 2% goal, until this stop's ranking changes.
  tidewater: { top1: 0.83, correct: 0.44, wrong: 0.02, offTopic: 0.03 },
  rutaverde: { top1: 0.81, correct: 0.41, wrong: 0.02, offTopic: 0.03 },
  harvestlane: { top1: 0.84, correct: 0.35, wrong: 0.02, offTopic: 0.03 },
  // It answered 3.75% of its off-topic questions (3 of 80) until the answer model was refitted on the
  // tuning and review sets.
  skylark: { top1: 0.82, correct: 0.33, wrong: 0.02, offTopic: 0.03 },
  bellhaven: { top1: 0.86, correct: 0.43, wrong: 0.02, offTopic: 0.03 },
  // It answered 6.25% of its off-topic questions (5 of 80) until the answer model was refitted on the
  // tuning and review sets.
  merlion: { top1: 0.86, correct: 0.46, wrong: 0.02, offTopic: 0.03 },
  thornbury: { top1: 0.8, correct: 0.34, wrong: 0.02, offTopic: 0.03 },
  quillfield: { top1: 0.81, correct: 0.31, wrong: 0.02, offTopic: 0.03 },
  // It answered 3.75% of its off-topic questions (3 of 80) as a holdout, until the answer model was refitted
  // with it among the review sets.
  coolabah: { top1: 0.78, correct: 0.24, wrong: 0.02, offTopic: 0.03 },
  ashgrove: { top1: 0.76, correct: 0.25, wrong: 0.02, offTopic: 0.03 },
  // Its previews were right 68% of the time (15.0% of questions right, 7.1% wrong), under the 70% goal; 69.5%
  // after the cues read from its own misses.
  pinecrest: { top1: 0.66, correct: 0.24, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.67 },
  // It answered 7.5% of its off-topic questions (6 of 80) as a holdout, over the 3% goal.
  redstone: { top1: 0.66, correct: 0.22, wrong: 0.02, offTopic: 0.03 },
  // As holdouts, Juniper answered 5% of its off-topic questions (4 of 80) and Tallow 3.75% (3 of 80), over the
  // 3% goal, until the rules on values of the present moment and on "who's on the …" panel.
  juniper: { top1: 0.74, correct: 0.26, wrong: 0.02, offTopic: 0.03 },
  // It previewed a guess for 22.5% of its off-topic questions, and its previews were right 69% of the time,
  // until the cues read from Mvuli's and Te Awa's misses (18.8% and 71% since); 69.8% (15.7% of questions
  // right, 6.8% wrong) after those read from Lumen Row's and Oak Hollow's, just under the 70% goal; 71% after
  // those read from its own misses and Pinecrest's.
  tallow: { top1: 0.64, correct: 0.25, wrong: 0.02, offTopic: 0.03 },
  // As holdouts, Dunecrest answered 5% of its off-topic questions (4 of 80) and Karoo 6.25% (5 of 80), over
  // the 3% goal, until the rules on values not yet set, household staff, "can you check" and "did HR receive
  // my … yet". Dunecrest's previews are right 67% of the time (13.9% of questions right, 6.8% wrong), under
  // the 70% goal (66% after the next stop's cues); Karoo previews a guess for 21.3% of its off-topic questions
  // (21.3% as a holdout, 22.5% for a while after, and again after the next stop's cues), over the 20% goal.
  dunecrest: { top1: 0.7, correct: 0.27, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.65 },
  karoo: { top1: 0.71, correct: 0.27, wrong: 0.02, offTopic: 0.03, offTopicLikely: 0.23 },
  // As holdouts, Mvuli answered 3.75% of its off-topic questions (3 of 80) and Te Awa 7.5% (6 of 80), over the
  // 3% goal, and Te Awa's previews were right 56% of the time, until their review: the rules on translations,
  // headcounts, a manager's questions about a report's records and "how much is the fine…", their cues and
  // word lists, and the fix that let the translation rule read "in te reo" once "reo" is read as English.
  mvuli: { top1: 0.66, correct: 0.16, wrong: 0.02, offTopic: 0.03 },
  teawa: { top1: 0.65, correct: 0.21, wrong: 0.02, offTopic: 0.03 },
  // As holdouts, Lumen Row's previews were right 57% of the time (8.2% of questions right, 6.1% wrong) and Oak
  // Hollow's 47% (7.5% right, 8.6% wrong), until their review (74% and 66% since: 15.4% right, 7.9% wrong; Oak
  // Hollow's 67% after the next stop's cues).
  lumenrow: { top1: 0.71, correct: 0.29, wrong: 0.02, offTopic: 0.03 },
  oakhollow: { top1: 0.68, correct: 0.29, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.64 },
  // As a holdout, Fjordline's previews were right 66% of the time (13.2% of questions right, 6.8% wrong), under
  // the 70% goal, until its review (77% since).
  fjordline: { top1: 0.71, correct: 0.2, wrong: 0.02, offTopic: 0.03 },
  prairieridge: { top1: 0.76, correct: 0.32, wrong: 0.02, offTopic: 0.03 },
  // Glenmore answered 7.5% of its off-topic questions (6 of 80) at its first score, as a holdout, over the 3%
  // goal. Read in its review, they ask what an FAQ names but doesn't hold ("how do I join the union?" of a
  // grievance FAQ that lists "union" and a union rep). Demoting answers whose FAQ's phrasings cover under 70%
  // of the question (the rest only in its answer) cut them to 3.8%, but answered 15 points fewer of the other
  // sets' questions rightly (close to half their answers), and was not kept. Later a rule on questions about
  // joining a group ("how do I join the union?", "how do I get on the relief panel?") cut them to 3.8% (3 of
  // 80) without losing a right answer on any set; its floor holds that figure.
  glenmore: { top1: 0.7, correct: 0.19, wrong: 0.02, offTopic: 0.04 },
  mesaverde: { top1: 0.73, correct: 0.24, wrong: 0.02, offTopic: 0.03 },
  // As holdouts, Sandstone's previews were right 66% of the time (12.5% of questions right, 6.4% wrong) and
  // Northlight's 61% (15.0% right, 9.6% wrong), under the 70% goal; Northlight answered 3.8% of its off-topic
  // questions (3 of 80), over the 3% goal. Read in its review, they ask what HR doesn't hold (a personal tax
  // return, a government child benefit, an ESPP the company may not have); nothing was changed for them.
  sandstone: { top1: 0.52, correct: 0.25, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.64 },
  northlight: { top1: 0.55, correct: 0.22, wrong: 0.02, offTopic: 0.04, likelyPrecision: 0.59 },
  // Holdouts for one stop, floors at their first score, review sets since. Kawasemi answered 3.8% of its
  // off-topic questions (3 of 80) as a holdout, over the 3% goal: read in its review, one asks about an HR
  // link that gives an error, one how to open a bank account, and one when the city office opens.
  kawasemi: { top1: 0.69, correct: 0.26, wrong: 0.02, offTopic: 0.04 },
  jacaranda: { top1: 0.6, correct: 0.23, wrong: 0.02, offTopic: 0.03 },
  // Holdouts for one stop, floors at their first score, review sets since. Van der Brug answered 3.8% of its
  // off-topic questions (3 of 80) as a holdout, over the 3% goal: read in its review, they ask how to open a
  // bank account, about a government rent benefit and how to register with a family doctor. Its previews were
  // right 66% of the time (11.1% of questions right, 5.7% wrong), under the 70% goal; 59% since the Dutch,
  // Polish and Romanian word lists of its review (10.4% right, 7.1% wrong): seven of its right previews became
  // right answers (answered 21.1 → 24.6%), and questions in those languages that got nothing offered now get a
  // guess, some of them wrong.
  oad: { top1: 0.73, correct: 0.24, wrong: 0.02, offTopic: 0.03 },
  vanderbrug: { top1: 0.47, correct: 0.23, wrong: 0.02, offTopic: 0.04, likelyPrecision: 0.56 },
  // Holdouts for one stop, floors at their first score, review sets since (their misses read once).
  lautrec: { top1: 0.64, correct: 0.13, wrong: 0.02, offTopic: 0.03 },
  stbrigid: { top1: 0.69, correct: 0.29, wrong: 0.02, offTopic: 0.03 },
  // Holdouts for one stop, floors at their first score, review sets since (their misses read once). Wisła's
  // previews were right 69% of the time as a holdout (15.7% of questions right, 7.1% wrong), under the 70% goal,
  // and 68% since the German, Polish and Spanish words of its review (15.7% right, 7.5% wrong).
  wisla: { top1: 0.45, correct: 0.04, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.67 },
  altamira: { top1: 0.52, correct: 0.12, wrong: 0.02, offTopic: 0.03 },
  // Holdouts for one stop, floors at their first score, review sets since (their misses read once).
  whitcombe: { top1: 0.8, correct: 0.32, wrong: 0.02, offTopic: 0.03 },
  brenta: { top1: 0.54, correct: 0.1, wrong: 0.02, offTopic: 0.03 },
  // Holdouts for one stop, floors a little under their first score, review sets since (their misses read once).
  bramble: { top1: 0.78, correct: 0.34, wrong: 0.02, offTopic: 0.03 },
  solvik: { top1: 0.7, correct: 0.23, wrong: 0.02, offTopic: 0.03 },
  // Holdouts for one stop, floors a little under their first score, review sets since (their misses read once).
  // Alameda's previews were right 59% of the time in that first score (7.4% of questions right, 5.1% wrong)
  // and Helix Ridge's 69% (13.7% right, 6.2% wrong), under the 70% goal.
  alameda: { top1: 0.5, correct: 0.23, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.57 },
  helixridge: { top1: 0.59, correct: 0.25, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.67 },
  // The holdouts written last, floors a little under their first score. Keystone Harbor answered 2.6% of its
  // questions wrongly (8 of 308), over the 2% goal; Thistledown's previews were right 57% of the time (11.2%
  // of questions right, 8.6% wrong), under the 70% goal. Their questions and misses were not read.
  keystone: { top1: 0.61, correct: 0.27, wrong: 0.03, offTopic: 0.03 },
  thistledown: { top1: 0.51, correct: 0.26, wrong: 0.02, offTopic: 0.03, likelyPrecision: 0.55 },
};
/** Under "Did you mean…?", the likeliest FAQ whose answer is previewed is the right one at least this often. */
const LIKELY_PRECISION = 0.7;
/** …and an off-topic question gets such a preview at most this often. */
const OFF_TOPIC_LIKELY = 0.2;

describe.each(EVAL_SETS.map((entry) => [entry.name, entry] as const))('accuracy on %s', (name, entry) => {
  const floor = FLOORS[name];
  const { reports } = runSet(entry, ['MiniSearch']);
  const { hrfaq, MiniSearch } = reports;

  it('has a floor and enough questions to mean something', () => {
    expect(floor).toBeDefined();
    expect(hrfaq?.answerable).toBeGreaterThanOrEqual(120);
    expect(hrfaq?.offTopic).toBeGreaterThanOrEqual(40);
  });

  it('offers the right FAQ first, answers rightly, and rarely wrongly', () => {
    expect(hrfaq?.top1).toBeGreaterThanOrEqual(floor?.top1 ?? 1);
    expect(hrfaq?.answeredCorrectly).toBeGreaterThanOrEqual(floor?.correct ?? 1);
    expect(hrfaq?.answeredWrongly).toBeLessThanOrEqual(floor?.wrong ?? 0);
    expect(hrfaq?.offTopicAnswered).toBeLessThanOrEqual(floor?.offTopic ?? 0);
  });

  it('previews the right FAQ under "Did you mean…?" far more often than a wrong one, and few off-topic', () => {
    const right = hrfaq?.likelyRight ?? 0;
    const shown = right + (hrfaq?.likelyWrong ?? 0);
    expect(shown).toBeGreaterThan(0);
    expect(right / shown).toBeGreaterThanOrEqual(floor?.likelyPrecision ?? LIKELY_PRECISION);
    expect(hrfaq?.offTopicLikely).toBeLessThanOrEqual(floor?.offTopicLikely ?? OFF_TOPIC_LIKELY);
  });

  it('ranks the right FAQ first more often than plain MiniSearch', () => {
    expect(hrfaq?.top1).toBeGreaterThan(MiniSearch?.top1 ?? 1);
  });

  it('does better than plain MiniSearch at answering and knowing when not to', () => {
    expect(hrfaq?.net).toBeGreaterThan(MiniSearch?.net ?? 1);
  });
});

describe('the evaluation sets', () => {
  it.each(EVAL_SETS.map((entry) => [entry.name, entry] as const))('%s labels only FAQs that exist', (_name, entry) => {
    const loaded = loadKnowledgeBase(resolve(entry.knowledge));
    if (!loaded.ok) throw new Error(`${entry.knowledge} does not load`);
    const unknown = readEvalSet(resolve(entry.questions))
      .answerable.map(({ expect: id }) => id)
      .filter((id) => loaded.kb.get(id) === undefined);
    expect(unknown).toEqual([]);
  });

  it('reports a missing set clearly', () => {
    expect(() => readEvalSet('/no/such/set.yml')).toThrow(/ENOENT/);
  });
});
