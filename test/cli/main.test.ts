import { main } from '../../src/cli/main';
import { fakeIo } from '../helpers/cli-io';
import { fixtureKnowledge } from '../helpers/paths';

describe('the hrfaq CLI', () => {
  describe('validate', () => {
    it('exits 0 with a one-line summary on a good knowledge base', async () => {
      const run = fakeIo({ env: { KNOWLEDGE_DIR: fixtureKnowledge('valid') } });
      await expect(main(['validate'], run.io)).resolves.toBe(0);
      expect(run.stdout()).toMatch(/^OK: 2 FAQs in 1 category in .+ are valid\.\n$/);
      expect(run.stderr()).toBe('');
    });

    it('says "1 FAQ … is valid" for a folder of one', async () => {
      const { mkdtempSync, writeFileSync } = await import('node:fs');
      const os = await import('node:os');
      const path = await import('node:path');
      const dir = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-one-'));
      writeFileSync(path.join(dir, 'payday.md'), '---\nquestion: When is payday?\ncategory: Pay\n---\nThe 15th.\n');
      const run = fakeIo();
      await expect(main(['validate', '--dir', dir], run.io)).resolves.toBe(0);
      expect(run.stdout()).toMatch(/^OK: 1 FAQ in 1 category in .+ is valid\.\n$/);
    });

    it('exits 1 on the starter knowledge base as copied, naming the markers left to fill in', async () => {
      const path = await import('node:path');
      const run = fakeIo();
      const starter = path.join(__dirname, '..', '..', 'examples', 'starter-hr-kb');
      await expect(main(['validate', '--dir', starter], run.io)).resolves.toBe(1);
      expect(run.stdout()).toBe('');
      expect(run.stderr()).toMatch(/^The knowledge base loads, but it is not ready:\n/);
      expect(run.stderr()).toMatch(/pay\/payday\.md:\d+: still has a "\[Fill in: …\]" marker/);
    });

    it('exits 1 and lists every problem on a broken one', async () => {
      const run = fakeIo();
      await expect(main(['validate', '--dir', fixtureKnowledge('broken')], run.io)).resolves.toBe(1);
      expect(run.stdout()).toBe('');
      expect(run.stderr()).toMatch(/has 12 problems/);
      expect(run.stderr()).toMatch(/unknown-key\.md:4: unknown key "realted"/);
      expect(run.stderr()).not.toMatch(/\s+at \S+ \(/); // no stack trace
    });

    it('checks the knowledge folder whatever the settings it does not use say', async () => {
      // (HR may run it while the engineer has yet to fix a bot setting in the same .env)
      const env = { KNOWLEDGE_DIR: fixtureKnowledge('valid'), LOG_LEVEL: 'loud', HR_CHANNEL_ID: '#people-team' };
      const run = fakeIo({ env });
      await expect(main(['validate'], run.io)).resolves.toBe(0);
      expect(run.stderr()).toBe('');
      const exported = fakeIo({ env });
      await expect(main(['export'], exported.io)).resolves.toBe(0);
    });
  });

  describe('ask', () => {
    it('names a bad setting that shapes the card instead of loading', async () => {
      const run = fakeIo({ env: { KNOWLEDGE_DIR: fixtureKnowledge('valid'), HR_CHANNEL_ID: '#people-team' } });
      await expect(main(['ask', 'alpha'], run.io)).resolves.toBe(1);
      expect(run.stderr()).toMatch(/HR_CHANNEL_ID must be a channel id such as C0123ABCD \(not a #name\)/);
    });

    it("answers whatever the bot's own settings say (HR checks FAQs with it)", async () => {
      const logs = fakeIo({ env: { KNOWLEDGE_DIR: fixtureKnowledge('valid'), LOG_LEVEL: 'loud', PORT: 'x' } });
      await expect(main(['ask', 'what is alpha'], logs.io)).resolves.toBe(0);
      expect(logs.stderr()).toBe('');
      expect(logs.stdout()).toMatch(/Alpha/);
    });
  });

  describe('export', () => {
    it('prints the whole knowledge base as a JSON array and nothing else on stdout', async () => {
      const run = fakeIo({ env: { KNOWLEDGE_DIR: fixtureKnowledge('valid') } });
      await expect(main(['export'], run.io)).resolves.toBe(0);
      const exported = JSON.parse(run.stdout());
      expect(exported).toEqual([
        {
          id: 'alpha',
          question: 'What is alpha?',
          alternates: ['alpha meaning', 'define alpha'],
          keywords: ['alpha'],
          category: 'Greek letters',
          related: ['beta-id'],
          links: [{ title: 'Alpha on Wikipedia', url: 'https://en.wikipedia.org/wiki/Alpha' }],
          answer: '**Alpha** is the first letter.',
        },
        {
          id: 'beta-id',
          question: 'What is beta?',
          alternates: [],
          keywords: [],
          category: 'Greek letters',
          related: ['alpha'],
          links: [],
          answer: 'Beta is the second letter.',
        },
      ]);
    });

    it('prints nothing on stdout when the knowledge base is broken', async () => {
      const run = fakeIo({ env: { KNOWLEDGE_DIR: fixtureKnowledge('broken') } });
      await expect(main(['export'], run.io)).resolves.toBe(1);
      expect(run.stdout()).toBe('');
    });
  });

  describe('paths on the command line', () => {
    it('reads a relative --dir or file from the folder npm was run in, not the project folder', async () => {
      const { mkdtempSync, cpSync, existsSync } = await import('node:fs');
      const os = await import('node:os');
      const path = await import('node:path');
      const where = mkdtempSync(path.join(os.tmpdir(), 'hrfaq-cwd-'));
      cpSync(fixtureKnowledge('valid'), path.join(where, 'kb'), { recursive: true });
      const npm = { INIT_CWD: where, npm_lifecycle_event: 'validate', npm_package_name: 'hrfaq' };
      const validate = fakeIo({ env: npm });
      await expect(main(['validate', '--dir', 'kb'], validate.io)).resolves.toBe(0);
      expect(validate.stdout()).toContain(path.join(where, 'kb'));
      const exported = fakeIo({ env: { ...npm, npm_lifecycle_event: 'export' } });
      await expect(main(['export', '--dir', 'kb', '--xlsx', 'out.xlsx'], exported.io)).resolves.toBe(0);
      expect(existsSync(path.join(where, 'out.xlsx'))).toBe(true);
      const imported = fakeIo({ env: { ...npm, npm_lifecycle_event: 'import' } });
      await expect(main(['import', 'out.xlsx', '--dir', 'kb'], imported.io)).resolves.toBe(0);
      expect(imported.stderr()).not.toMatch(/no such file/);
    });

    it('ignores an INIT_CWD inherited from some other npm script', async () => {
      const inherited = { INIT_CWD: '/nowhere', npm_lifecycle_event: 'build', npm_package_name: 'other' };
      const run = fakeIo({ env: inherited });
      await expect(main(['validate', '--dir', 'test/fixtures/knowledge/valid'], run.io)).resolves.toBe(0);
    });
  });

  describe('usage mistakes', () => {
    it('rejects an unknown command with usage, exit 2', async () => {
      const run = fakeIo();
      await expect(main(['frobnicate'], run.io)).resolves.toBe(2);
      expect(run.stderr()).toMatch(/Unknown command "frobnicate"/);
      expect(run.stderr()).toMatch(/Usage: hrfaq/);
    });

    it('rejects an unknown option, exit 2', async () => {
      const run = fakeIo();
      await expect(main(['validate', '--bogus'], run.io)).resolves.toBe(2);
      expect(run.stderr()).toMatch(/^Unknown option "--bogus"\.\nUsage: hrfaq validate /);
    });

    it('refuses a folder given without --dir rather than checking the default one, exit 2', async () => {
      const run = fakeIo({ env: { KNOWLEDGE_DIR: fixtureKnowledge('valid') } });
      await expect(main(['validate', fixtureKnowledge('broken')], run.io)).resolves.toBe(2);
      expect(run.stdout()).toBe('');
      expect(run.stderr()).toMatch(
        /validate takes no arguments, only options \(got ".+broken"\); for another folder, use --dir /,
      );
    });

    it('refuses a stray argument to a command without a folder option, exit 2', async () => {
      const run = fakeIo();
      await expect(main(['report', 'last-week'], run.io)).resolves.toBe(2);
      expect(run.stderr()).toMatch(/report takes no arguments, only options \(got "last-week"\)\n/);
    });

    it("keeps Node's advice on '--' for a command that takes a question", async () => {
      const run = fakeIo();
      await expect(main(['ask', '-5', 'days', 'pto?'], run.io)).resolves.toBe(2);
      expect(run.stderr()).toMatch(/Unknown option "-5"\..*put -- before the question/);
    });

    it('quotes an unknown option cleanly, and says to put -- before a question or file name that starts with "-"', async () => {
      const run = fakeIo();
      await expect(main(['ask', '--bogus'], run.io)).resolves.toBe(2);
      expect(run.stderr()).toMatch(
        /^Unknown option "--bogus"\. To ask a question with "--bogus" in it, put -- before the question: npm run ask -- -- "your question"\nUsage: hrfaq ask /,
      );
      const file = fakeIo();
      await expect(main(['import', '-faqs.csv'], file.io)).resolves.toBe(2);
      expect(file.stderr()).toMatch(
        /^Unknown option "-faqs\.csv"\. For a file whose name starts with "-", put -- before it: npm run import -- -- "-faqs\.csv"\n/,
      );
      expect(`${run.stderr()}${file.stderr()}`).not.toMatch(/'/);
      // A known option before it is not the one named.
      const after = fakeIo();
      await expect(main(['export', '--xlsx', 'out.xlsx', '--x'], after.io)).resolves.toBe(2);
      expect(after.stderr()).toMatch(/^Unknown option "--x"\./);
      const short = fakeIo();
      await expect(main(['ask', '--json', '-j', 'pto'], short.io)).resolves.toBe(2);
      expect(short.stderr()).toMatch(/^Unknown option "-j"\./);
    });

    it('prints usage with no command, exit 2', async () => {
      const run = fakeIo();
      await expect(main([], run.io)).resolves.toBe(2);
      expect(run.stderr()).toMatch(/Commands:/);
    });
  });

  describe('--help', () => {
    it.each(['ask', 'chat', 'validate', 'export', 'import', 'manifest', 'report'])(
      '%s --help prints its usage on stdout and exits 0',
      async (command) => {
        for (const flag of ['--help', '-h']) {
          const run = fakeIo();
          await expect(main([command, flag], run.io)).resolves.toBe(0);
          expect(run.stdout()).toMatch(new RegExp(`^Usage: hrfaq ${command} `));
          expect(run.stderr()).toBe('');
        }
      },
    );

    it('treats --help after -- as words of a question', async () => {
      const run = fakeIo();
      await expect(main(['ask', '--', '--help'], run.io)).resolves.toBe(0);
      expect(run.stdout()).not.toMatch(/^Usage:/);
    });
  });
});
