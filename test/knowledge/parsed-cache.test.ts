import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { contentKey, knowledgeDigest } from '../../src/knowledge/content-hash';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base';
import { type LoadOptions, type LoadResult, loadKnowledgeBase } from '../../src/knowledge/load-knowledge';
import { faqText } from '../helpers/knowledge';
import { fixtureKnowledge } from '../helpers/paths';
import { tempFolderEach } from '../helpers/temp-folder';

interface SavedEntry {
  key: string;
  explicitId: boolean;
  faq: Record<string, unknown>;
}
interface Saved {
  header: Record<string, unknown>;
  entries: SavedEntry[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('loadKnowledgeBase with a parsed-FAQ cache', () => {
  let knowledge: string;
  let cacheDir: string;
  tempFolderEach('parsed', (folder) => {
    knowledge = path.join(folder, 'knowledge');
    cacheDir = path.join(folder, 'index');
    mkdirSync(knowledge);
  });

  const write = (name: string, text: string) => {
    const file = path.join(knowledge, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const load = (options: LoadOptions = {}, directory = knowledge) =>
    loadKnowledgeBase(directory, { parsedCache: cacheDir, ...options });
  const plain = (directory = knowledge) => loadKnowledgeBase(directory);
  const kbOf = (result: LoadResult): KnowledgeBase => {
    if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
    return result.kb;
  };

  const cacheFiles = () => readdirSync(cacheDir).filter((name) => name.startsWith('parsed-'));
  const cacheFile = () => {
    const [name, ...more] = cacheFiles();
    if (name === undefined || more.length > 0) throw new Error(`expected one cache file, found ${cacheFiles()}`);
    return path.join(cacheDir, name);
  };
  const readCache = (file = cacheFile()): Saved => {
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n');
    return { header: JSON.parse(text.slice(0, end)), entries: JSON.parse(text.slice(end + 1)) };
  };
  /** Writes the cache back as the loader would (a digest and count that match), with whatever header it is given. */
  const writeCache = ({ header, entries }: Saved, file = cacheFile()) => {
    const body = JSON.stringify(entries);
    writeFileSync(file, `${JSON.stringify({ ...header, digest: sha256(body), count: entries.length })}\n${body}`);
  };
  const storedIds = (file?: string) => readCache(file).entries.map(({ faq }) => faq.id);
  /**
   * Changes an FAQ's stored question, keeping the file whole: a load that shows this question took the FAQ from
   * the cache, and one that shows the file's did not.
   */
  const tamper = (saved: Saved, id: string, question = `Stored ${id}?`): Saved => {
    const entry = saved.entries.find(({ faq }) => faq.id === id);
    if (!entry) throw new Error(`${id} is not stored`);
    entry.faq.question = question;
    return saved;
  };
  const noTempFiles = () => expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

  beforeEach(() => {
    write('payday.md', faqText('When is payday?', 'On the 25th.'));
    write('pto.md', faqText('How much PTO do I get?', 'Twenty-five days.', { more: 'related: [payday]\n' }));
    write('sub/sick-leave.md', faqText('How do I report sick leave?', 'Tell your manager.'));
  });

  describe('when the files are unchanged', () => {
    it('takes their FAQs from the cache the first load saved, and cuts each answer from its file', () => {
      expect(kbOf(load()).faqs.map(({ id }) => id)).toEqual(['payday', 'pto', 'sick-leave']);
      expect(storedIds()).toEqual(['payday', 'pto', 'sick-leave']);
      writeCache(tamper(readCache(), 'payday'));
      const payday = kbOf(load()).get('payday');
      expect(payday?.question).toBe('Stored payday?');
      expect(payday?.answer).toBe('On the 25th.');
      expect(payday?.source).toEqual({
        file: expect.stringContaining('payday.md'),
        path: path.join(knowledge, 'payday.md'),
      });
    });

    it('does not write the cache again', () => {
      load();
      const past = new Date('2001-01-01T00:00:00Z');
      utimesSync(cacheFile(), past, past);
      load();
      expect(statSync(cacheFile()).mtimeMs).toBe(past.getTime());
      write('new-starter.md', faqText('What do I do on day one?', 'Meet your buddy.'));
      load();
      expect(statSync(cacheFile()).mtimeMs).toBeGreaterThan(past.getTime());
    });
  });

  it("names the knowledge base by its files' digests: the same for the same files, new for any change", () => {
    const digest = () => contentKey(kbOf(load()));
    const first = digest();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(digest()).toBe(first);
    // Read without stored parses, its content's digest names it.
    const read = kbOf(plain());
    expect(contentKey(read)).toBe(knowledgeDigest(read));
    expect(first).not.toBe(knowledgeDigest(read));
    write('payday.md', faqText('When do we get paid?', 'On the 28th.'));
    const edited = digest();
    expect(edited).not.toBe(first);
    write('synonyms.yml', 'groups:\n  - [pto, vacation]\n');
    const withSynonyms = digest();
    expect(withSynonyms).not.toBe(edited);
    write('matching.yml', 'answer_threshold: 0.7\n');
    const withSettings = digest();
    expect(withSettings).not.toBe(withSynonyms);
    write('benefits/dental.md', faqText('Is dental covered?', 'Yes, at 80%.'));
    const added = kbOf(load());
    expect(added.get('dental')).toBeDefined();
    expect(contentKey(added)).not.toBe(withSettings);
  });

  it('parses an edited file again, and stores the new parse in place of the old', () => {
    load();
    writeCache(tamper(tamper(readCache(), 'payday'), 'pto'));
    write('payday.md', faqText('When do we get paid?', 'On the 28th.'));
    const kb = kbOf(load());
    expect(kb.get('payday')).toMatchObject({ question: 'When do we get paid?', answer: 'On the 28th.' });
    expect(kb.get('pto')?.question).toBe('Stored pto?');
    const stored = readCache().entries;
    expect(stored.map(({ faq }) => [faq.id, faq.question])).toEqual([
      ['payday', 'When do we get paid?'],
      ['pto', 'Stored pto?'],
      ['sick-leave', 'How do I report sick leave?'],
    ]);
  });

  it('drops a renamed or removed file from the cache, and parses a renamed one afresh', () => {
    load();
    writeCache(tamper(readCache(), 'sick-leave'));
    renameSync(path.join(knowledge, 'sub', 'sick-leave.md'), path.join(knowledge, 'sub', 'sick-days.md'));
    rmSync(path.join(knowledge, 'pto.md'));
    const kb = kbOf(load());
    expect(kb.faqs.map(({ id, question }) => [id, question])).toEqual([
      ['payday', 'When is payday?'],
      ['sick-days', 'How do I report sick leave?'],
    ]);
    expect(storedIds()).toEqual(['payday', 'sick-days']);
  });

  it('never stores a file with problems, and reports them on every load, exactly as without the cache', () => {
    write('broken.md', '---\nquestion: What is broken?\n---\nNo category.\n');
    write('misspelt.md', faqText('Is it misspelt?', 'Yes.', { more: 'related: [Payday]\n' }));
    write('Bad Name.md', faqText('Bad file name?', 'Yes.'));
    // Sound files that only cross-file checks fault: stored, and their problems (with lines) found again.
    write('twin-a.md', faqText('First twin?', 'A.', { more: 'id: twin\nrelated: [nowhere]\n' }));
    write('twin-b.md', faqText('Second twin?', 'B.', { more: 'id: twin\n' }));
    const expected = plain();
    expect(expected.ok).toBe(false);
    if (expected.ok) return;
    expect(expected.problems.filter(({ line }) => line !== undefined && line > 1).length).toBeGreaterThan(2);
    for (let run = 0; run < 3; run++) expect(load()).toEqual(expected);
    expect(storedIds()).toEqual(['payday', 'pto', 'sick-leave', 'twin', 'twin']);
  });

  it('stores neither the answer nor its rendering', () => {
    const rendered = kbOf(load({ renderAnswer: (markdown) => `RENDERED ${markdown}` }));
    expect(rendered.get('payday')?.rendered).toBe('RENDERED On the 25th.');
    const text = readFileSync(cacheFile(), 'utf8');
    expect(text).not.toContain('RENDERED');
    expect(text).not.toContain('On the 25th.');
    expect(kbOf(load()).get('payday')).not.toHaveProperty('rendered');
  });

  it('gives the same knowledge base and problems with or without the cache, first load and next', () => {
    for (const directory of [DEFAULT_KNOWLEDGE_DIR, fixtureKnowledge('valid'), fixtureKnowledge('broken')]) {
      const expected = plain(directory);
      expect(load({}, directory)).toEqual(expected);
      expect(load({}, directory)).toEqual(expected);
    }
    // The shipped folder's FAQs were all stored (so the second load took them from the cache).
    const shipped = kbOf(plain(DEFAULT_KNOWLEDGE_DIR));
    const files = cacheFiles().map((name) => path.join(cacheDir, name));
    expect(files.map((file) => storedIds(file).length)).toContain(shipped.faqs.length);
  });

  it('keeps a file per knowledge folder, each holding only its own FAQs', () => {
    const other = path.join(path.dirname(knowledge), 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'parking.md'), faqText('Where do I park?', 'Level 2.'));
    load();
    writeCache(tamper(readCache(), 'payday'));
    load({}, other);
    expect(cacheFiles()).toHaveLength(2);
    expect(kbOf(load()).get('payday')?.question).toBe('Stored payday?');
  });

  it('keeps the newest few files of other knowledge folders, and clears partial files a dead start left', () => {
    const folders = ['a', 'b', 'c', 'd'].map((name) => path.join(path.dirname(knowledge), name));
    folders.forEach((folder, index) => {
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'parking.md'), faqText('Where do I park?', 'Level 2.'));
      load({}, folder);
      // (one second apart, newest last, whatever the file system's clock resolution)
      for (const name of cacheFiles()) {
        const file = path.join(cacheDir, name);
        if (statSync(file).mtimeMs > Date.now() - 60_000) utimesSync(file, 1_000 + index, 1_000 + index);
      }
    });
    expect(cacheFiles()).toHaveLength(3);
    const old = path.join(cacheDir, 'parsed-left.json.1.abcd.tmp');
    const fresh = path.join(cacheDir, 'parsed-other.json.2.abcd.tmp');
    writeFileSync(old, 'half');
    writeFileSync(fresh, 'half');
    utimesSync(old, 1_000, 1_000);
    load();
    const left = cacheFiles();
    expect(left).not.toContain(path.basename(old));
    expect(left).toContain(path.basename(fresh));
    expect(left.filter((name) => name.endsWith('.json'))).toHaveLength(3);
    expect(kbOf(load({}, folders[3])).get('parking')?.question).toBe('Where do I park?');
  });

  it('never takes a link a card should not show from the cache', () => {
    write(
      'benefits.md',
      faqText('What benefits do we get?', 'See the portal.', {
        more: 'links:\n  - title: Portal\n    url: https://example.com/benefits\n',
      }),
    );
    load();
    const saved = readCache();
    const entry = saved.entries.find(({ faq }) => faq.id === 'benefits');
    if (!entry) throw new Error('benefits is not stored');
    entry.faq.links = [{ title: 'Portal', url: 'javascript:alert(1)' }];
    entry.faq.question = 'Stored benefits?';
    writeCache(saved);
    const kb = kbOf(load());
    expect(kb.get('benefits')?.links).toEqual([{ title: 'Portal', url: 'https://example.com/benefits' }]);
    expect(kb.get('benefits')?.question).toBe('What benefits do we get?');
  });

  it('reports an id that clashes with a file name on every load, stored or not', () => {
    write('holidays.md', faqText('Which days are holidays?', 'Ten days.', { more: 'id: payday\n' }));
    const first = load();
    const next = load();
    expect(first.ok).toBe(false);
    expect(next).toEqual(first);
    expect(next).toEqual(plain());
  });

  describe('when the cache cannot be used', () => {
    type Damage = (text: string, saved: Saved, file: string) => void;
    const damages: Array<[string, Damage]> = [
      ['cut short', (text, _saved, file) => writeFileSync(file, text.slice(0, Math.floor(text.length / 2)))],
      ['empty', (_text, _saved, file) => writeFileSync(file, '')],
      ['not JSON', (_text, _saved, file) => writeFileSync(file, 'not a cache\nat all')],
      [
        'changed after its digest was taken',
        (text, _saved, file) => writeFileSync(file, text.replace('When is payday?', 'Stored payday?')),
      ],
      [
        'of another format',
        (_text, saved) => writeCache(tamper({ ...saved, header: { ...saved.header, format: 99 } }, 'payday')),
      ],
      [
        'written by other code',
        (_text, saved) => writeCache(tamper({ ...saved, header: { ...saved.header, code: 'other' } }, 'payday')),
      ],
      [
        'holding an FAQ of the wrong shape',
        (_text, saved) => {
          const [first] = saved.entries;
          if (first) first.faq.alternates = 'not a list';
          writeCache(saved);
        },
      ],
      [
        'whose count does not add up',
        (_text, saved, file) => {
          const body = JSON.stringify(tamper(saved, 'payday').entries);
          const header = { ...saved.header, digest: sha256(body), count: saved.entries.length + 1 };
          writeFileSync(file, `${JSON.stringify(header)}\n${body}`);
        },
      ],
    ];

    it.each(damages)('%s: loads exactly as without it, and writes a sound one', (_what, damage) => {
      load();
      const file = cacheFile();
      damage(readFileSync(file, 'utf8'), readCache(), file);
      expect(load()).toEqual(plain());
      const { header, entries } = readCache();
      expect(header.count).toBe(3);
      expect(header.digest).toBe(sha256(JSON.stringify(entries)));
      writeCache(tamper(readCache(), 'payday'));
      expect(kbOf(load()).get('payday')?.question).toBe('Stored payday?');
    });

    it('a folder where the cache file should be: loads as without it, and says it could not save', () => {
      load();
      const file = cacheFile();
      rmSync(file);
      mkdirSync(path.join(file, 'inside'), { recursive: true });
      const { cacheProblem, ...result } = load();
      expect(result).toEqual(plain());
      expect(cacheProblem).toMatch(/^the parsed FAQs could not be saved in .*index \(\w+\)$/);
      noTempFiles();
    });

    it('a cache folder that cannot be made: loads as without it, and says it could not save', () => {
      writeFileSync(cacheDir, 'a file in the way');
      const { cacheProblem, ...result } = load();
      expect(result).toEqual(plain());
      expect(cacheProblem).toMatch(/could not be saved in .*index \((EEXIST|ENOTDIR)\)/);
    });
  });

  it('writes the cache whole or not at all: a write that fails leaves the previous one as it was', () => {
    load();
    writeCache(tamper(readCache(), 'payday'));
    write('pto.md', faqText('How many days off do I get?', 'Twenty-five.'));
    const fs: typeof import('node:fs') = require('node:fs');
    const original = fs.writeFileSync;
    const spy = jest.spyOn(fs, 'writeFileSync').mockImplementationOnce((file, data) => {
      original(file, String(data).slice(0, 200));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    try {
      expect(load().cacheProblem).toMatch(/could not be saved .*\(ENOSPC\)/);
    } finally {
      spy.mockRestore();
    }
    noTempFiles();
    // The previous cache, still whole, is read (and the changed file parsed).
    const kb = kbOf(load());
    expect(kb.get('payday')?.question).toBe('Stored payday?');
    expect(kb.get('pto')?.question).toBe('How many days off do I get?');
    noTempFiles();
  });

  it("parses as without it, and says why, when hrfaq's own code can't be read to fingerprint it", () => {
    const expected = plain();
    jest.isolateModules(() => {
      const fs: typeof import('node:fs') = require('node:fs');
      const original = fs.readdirSync;
      // Only the fingerprint lists a folder recursively; the loader's own listing goes on as before.
      const spy = jest.spyOn(fs, 'readdirSync').mockImplementation(((folder: string, options?: object) => {
        if (options && 'recursive' in options) {
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        }
        return original(folder, options as never);
      }) as typeof fs.readdirSync);
      try {
        const fresh: typeof import('../../src/knowledge/load-knowledge') = require('../../src/knowledge/load-knowledge');
        const { cacheProblem, ...result } = fresh.loadKnowledgeBase(knowledge, { parsedCache: cacheDir });
        expect(cacheProblem).toMatch(/knowledge code could not be read \(EACCES\)/);
        expect(result).toEqual(expected);
      } finally {
        spy.mockRestore();
      }
    });
    expect(() => readdirSync(cacheDir)).toThrow(/ENOENT/);
  });

  it('without a folder, stores nothing', () => {
    expect(loadKnowledgeBase(knowledge, {})).toEqual(plain());
    expect(() => readdirSync(cacheDir)).toThrow(/ENOENT/);
  });
});
