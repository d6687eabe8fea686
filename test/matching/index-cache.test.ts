import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEvalSet } from '../../eval/run';
import { EVAL_SETS, resolve } from '../../eval/sets';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base';
import { indexKey, matcherWithCache } from '../../src/matching/index-cache';
import { DEFAULT_MATCH_CONFIG } from '../../src/matching/match-config';
import { Matcher, type MatchResult } from '../../src/matching/matcher';
import { loadValid } from '../helpers/knowledge';
import { tempFolderEach } from '../helpers/temp-folder';

/** What a match says, down to every score: a saved index must give exactly what a fresh build gives. */
function outcome(result: MatchResult) {
  return {
    band: result.band,
    match: result.match?.faq.id,
    likely: result.likely,
    asksParticulars: result.asksParticulars,
    aboutOwnRecords: result.aboutOwnRecords,
    asksAnAction: result.asksAnAction,
    suggestions: result.suggestions.map(({ faq, score }) => [faq.id, score]),
  };
}

function savedFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => name.startsWith('index-'));
}

describe('matcherWithCache: the saved index', () => {
  let directory: string;
  tempFolderEach('index', (folder) => {
    directory = folder;
  });

  // The questions of a company set and of the sample, asked of both matchers: the same answers, scores and all.
  const sets = ['sample-dev', 'orbit'].map((name) => {
    const entry = EVAL_SETS.find((set) => set.name === name);
    if (!entry) throw new Error(`no eval set ${name}`);
    const questions = readEvalSet(resolve(entry.questions));
    return {
      name,
      kb: loadValid(resolve(entry.knowledge)),
      questions: [...questions.answerable.map(({ q }) => q), ...questions.off_topic],
    };
  });

  it.each(sets)('$name: read back, it matches every question exactly as a fresh build does', ({ kb, questions }) => {
    const first = matcherWithCache(kb, directory);
    expect(first).toMatchObject({ source: 'built', saved: true });
    expect(first.problem).toBeUndefined();
    expect(savedFiles(directory)).toHaveLength(1);
    const second = matcherWithCache(kb, directory);
    expect(second).toMatchObject({ source: 'saved', saved: false });
    expect(second.problem).toBeUndefined();
    const fresh = new Matcher(kb);
    for (const question of questions) {
      expect([question, outcome(second.matcher.match(question))]).toEqual([question, outcome(fresh.match(question))]);
    }
    const [faq] = kb.faqs;
    if (faq === undefined) throw new Error('empty knowledge base');
    expect(second.matcher.related(faq, 4).map(({ id }) => id)).toEqual(fresh.related(faq, 4).map(({ id }) => id));
  });

  it('is built again, and saved beside the old one, when an FAQ changes', () => {
    const kb = loadValid();
    matcherWithCache(kb, directory);
    const [first, ...rest] = kb.faqs;
    if (first === undefined) throw new Error('empty knowledge base');
    const edited = new KnowledgeBase(
      [{ ...first, answer: `${first.answer}\n\nAsk in #ask-people-ops.` }, ...rest],
      kb.synonyms,
      kb.directory,
    );
    expect(matcherWithCache(edited, directory)).toMatchObject({ source: 'built', saved: true });
    expect(savedFiles(directory)).toHaveLength(2);
    expect(matcherWithCache(kb, directory).source).toBe('saved');
    expect(matcherWithCache(edited, directory).source).toBe('saved');
  });

  it('is built again when the match settings differ, from matching.yml or the caller', () => {
    const kb = loadValid();
    matcherWithCache(kb, directory);
    const cautious = new KnowledgeBase([...kb.faqs], kb.synonyms, kb.directory, { answerThreshold: 0.9 });
    expect(matcherWithCache(cautious, directory).source).toBe('built');
    expect(matcherWithCache(kb, directory, { candidates: 5 }).source).toBe('built');
    expect(indexKey(kb, DEFAULT_MATCH_CONFIG)).not.toBe(
      indexKey(cautious, { ...DEFAULT_MATCH_CONFIG, ...cautious.settings }),
    );
  });

  it('is never used for a matcher with a related-words lexicon, which no file name can name', () => {
    const kb = loadValid();
    const relatedWords = () => [];
    expect(matcherWithCache(kb, directory, { relatedWords })).toMatchObject({ source: 'built', saved: false });
    expect(savedFiles(directory)).toEqual([]);
  });

  it('without a folder, is built and saves nothing', () => {
    expect(matcherWithCache(loadValid(), undefined)).toMatchObject({ source: 'built', saved: false });
  });

  /** The file with its answer postings (base64 of 32-bit little-endian integers) changed by `change`. */
  function withPostings(text: string, change: (all: number[]) => void): string {
    const saved = JSON.parse(text);
    const bytes = Buffer.from(saved.answers.postings, 'base64');
    const all = Array.from({ length: bytes.length / 4 }, (_, at) => bytes.readInt32LE(at * 4));
    change(all);
    const changed = Buffer.alloc(all.length * 4);
    for (const [at, id] of all.entries()) changed.writeInt32LE(id, at * 4);
    saved.answers.postings = changed.toString('base64');
    return JSON.stringify(saved);
  }

  describe('a file that cannot be trusted is rebuilt, says why, and is replaced', () => {
    const damage: Array<[string, (text: string) => string, RegExp]> = [
      ['cut short', (text) => text.slice(0, text.length / 2), /JSON|Unterminated|Unexpected/],
      ['not an index at all', () => '{"hello": "world"}', /not a saved index/],
      ['another format', (text) => text.replace(/"format":\d+/, '"format":99'), /not a saved index/],
      ['no words of its own', (text) => text.replace(/"own":"[^"]*",/, ''), /not a saved index/],
      [
        'a list of numbers with text in it',
        (text) => text.replace('"phrasingLengths":[', '"phrasingLengths":["four",'),
        /not a saved index: must be a list of numbers/,
      ],
      [
        'made for other content',
        (text) => text.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`),
        /built from something else/,
      ],
      [
        'postings out of order',
        (text) =>
          withPostings(text, (all) => {
            const second = all.findIndex((id, at) => at > 0 && id > (all[0] ?? 0));
            [all[0], all[second]] = [all[second] ?? 0, all[0] ?? 0];
          }),
        /answer postings .* damaged|answer postings are damaged/,
      ],
      [
        'postings naming an FAQ that is not there',
        (text) =>
          withPostings(text, (all) => {
            all[all.length - 1] = 999_999;
          }),
        /answer postings .* damaged/,
      ],
      [
        'postings cut mid-number',
        (text) => text.replace(/"postings":"([^"]{8})[^"]*"/, '"postings":"$1AAAA"'),
        /answer postings are damaged/,
      ],
      ['postings that are not base64', (text) => text.replace(/"postings":"/, '"postings":"!'), /not a saved index/],
      [
        'counts that do not add up',
        (text) => text.replace(/"phrasingCounts":\[(\d+)/, '"phrasingCounts":[99'),
        /phrasings|entries/,
      ],
      [
        'a phrasing term that is not there',
        (text) => text.replace(/"phrasings":\[(\d+),/, '"phrasings":[99999,'),
        /entries the file doesn't hold/,
      ],
      [
        'a category that is not there',
        (text) => text.replace(/"categories":\[(\d+),/, '"categories":[999,'),
        /entries the file doesn't hold/,
      ],
      [
        'no search index',
        (text) => text.replace('"search":{', '"search":"gone","was":{'),
        /not a saved index: the search index is missing/,
      ],
      [
        'a cue whose topics are not there',
        (text) => text.replace(/"topicOf":\[(\d+)/, '"topicOf":[9999'),
        /saved cues are damaged/,
      ],
      [
        'a one-word cue form naming no cue',
        (text) => text.replace(/"formCues":\[(\d+)/, '"formCues":[999999'),
        /saved cues are damaged/,
      ],
      [
        'one-word cue forms that do not add up',
        (text) => text.replace(/"formCues":\[(\d+),/, '"formCues":['),
        /saved cues are damaged/,
      ],
      ['no saved cues', (text) => text.replace(/"cues":\{/, '"gone":{'), /not a saved index/],
      [
        'a search index of another version',
        (text) => text.replace('"serializationVersion":2', '"serializationVersion":99'),
        /incompatible version/,
      ],
    ];

    it.each(damage)('%s', (_what, change, why) => {
      const kb = loadValid();
      matcherWithCache(kb, directory);
      const [name] = savedFiles(directory);
      if (name === undefined) throw new Error('nothing saved');
      const file = path.join(directory, name);
      const original = readFileSync(file, 'utf8');
      const damaged = change(original);
      expect(damaged).not.toBe(original);
      writeFileSync(file, damaged);
      const result = matcherWithCache(kb, directory);
      expect(result).toMatchObject({ source: 'built', saved: true });
      expect(result.problem).toMatch(/could not be used/);
      expect(result.problem).toMatch(why);
      expect(result.problem).not.toMatch(/\n\s+at /);
      expect(result.matcher.match('peo vs aso').match?.faq.id).toBe(new Matcher(kb).match('peo vs aso').match?.faq.id);
      const again = matcherWithCache(kb, directory);
      expect(again.source).toBe('saved');
      expect(again.problem).toBeUndefined();
    });
  });

  it('a folder it cannot write to only costs the next start time', () => {
    const notAFolder = path.join(directory, 'a-file');
    writeFileSync(notAFolder, 'in the way');
    const result = matcherWithCache(loadValid(), notAFolder);
    expect(result).toMatchObject({ source: 'built', saved: false });
    expect(result.problem).toMatch(/could not be saved in .*a-file/);
    expect(result.matcher.match('peo vs aso').band).toBe('answer');
  });

  it("builds, saves nothing and says why when hrfaq's own code can't be read to name the file", () => {
    const kb = loadValid();
    jest.isolateModules(() => {
      const fs: typeof import('node:fs') = require('node:fs');
      const spy = jest.spyOn(fs, 'readdirSync').mockImplementationOnce(() => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      });
      try {
        const fresh: typeof import('../../src/matching/index-cache') = require('../../src/matching/index-cache');
        const result = fresh.matcherWithCache(kb, directory);
        expect(result).toMatchObject({ source: 'built', saved: false });
        expect(result.problem).toMatch(/matching code could not be read \(EACCES\)/);
        expect(result.matcher.match('peo vs aso').band).toBe('answer');
        expect(savedFiles(directory)).toEqual([]);
      } finally {
        spy.mockRestore();
      }
    });
  });

  it('keeps only the three newest saved indexes', () => {
    const kb = loadValid();
    const variants = [0.5, 0.6, 0.7, 0.8].map(
      (threshold) => new KnowledgeBase([...kb.faqs], kb.synonyms, kb.directory, { answerThreshold: threshold }),
    );
    const before = new Set<string>();
    for (const [step, variant] of variants.entries()) {
      matcherWithCache(variant, directory);
      // Each file older than the next, whatever the file system's clock resolution.
      for (const name of savedFiles(directory).filter((each) => !before.has(each))) {
        const time = new Date(Date.now() - (10 - step) * 1000);
        utimesSync(path.join(directory, name), time, time);
        before.add(name);
      }
    }
    expect(savedFiles(directory)).toHaveLength(3);
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The oldest was dropped; the three newest are read back.
    expect(variants.slice(1).map((variant) => matcherWithCache(variant, directory).source)).toEqual([
      'saved',
      'saved',
      'saved',
    ]);
    expect(variants[0] && matcherWithCache(variants[0], directory).source).toBe('built');
  });
});
