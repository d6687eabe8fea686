import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeInitError, readAppEnv, readKnowledge, StartupError } from '../../src/runtime/startup';
import { fixtureKnowledge } from '../helpers/paths';
import { tempFolderEach } from '../helpers/temp-folder';

describe('start-up checks', () => {
  it('refuses missing credentials with what to set and how to try the bot locally', () => {
    expect(() => readAppEnv({})).toThrow(StartupError);
    try {
      readAppEnv({});
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('SLACK_BOT_TOKEN');
      expect(message).toContain('SLACK_SIGNING_SECRET');
      expect(message).toContain('npm run ask');
    }
  });

  it('refuses a broken knowledge base, listing the problems', () => {
    expect(() => readKnowledge(fixtureKnowledge('broken'))).toThrow(
      /won't start with a knowledge base that has problems \(12\)/,
    );
  });

  it('refuses a knowledge base with the starter\'s "[Fill in: …]" markers, naming each FAQ and line', () => {
    const starter = path.join(__dirname, '..', '..', 'examples', 'starter-hr-kb');
    const refusal =
      /won't start with a knowledge base that has problems \(36\):[\s\S]*payday\.md:\d+: still has a "\[Fill in: …\]" marker[\s\S]*npm run validate/;
    expect(() => readKnowledge(starter)).toThrow(StartupError);
    expect(() => readKnowledge(starter)).toThrow(refusal);
    // The sample, with no markers, starts.
    expect(readKnowledge(path.join(__dirname, '..', '..', 'knowledge')).kb.faqs.length).toBeGreaterThan(0);
  });

  describe('with a folder for the parsed FAQs (INDEX_DIR)', () => {
    const shipped = path.join(__dirname, '..', '..', 'knowledge');
    let folder: string;
    tempFolderEach('startup', (made) => {
      folder = made;
    });

    it('keeps them there, and starts with the same knowledge base as without it', () => {
      const first = readKnowledge(shipped, folder);
      expect(first.cacheProblem).toBeUndefined();
      expect(readdirSync(folder)).toEqual([expect.stringMatching(/^parsed-[0-9a-f]{32}\.json$/)]);
      const without = readKnowledge(shipped);
      expect(without).toEqual({ kb: expect.anything() });
      expect(first.kb).toEqual(without.kb);
      expect(readKnowledge(shipped, folder)).toEqual(without);
    });

    it('starts all the same when the folder cannot be written, saying why', () => {
      const inTheWay = path.join(folder, 'a-file');
      writeFileSync(inTheWay, 'in the way');
      const { kb, cacheProblem } = readKnowledge(shipped, inTheWay);
      expect(cacheProblem).toMatch(/the parsed FAQs could not be saved in .*a-file/);
      expect(kb).toEqual(readKnowledge(shipped).kb);
    });
  });

  it('explains a rejected token plainly', () => {
    const error = describeInitError({ code: 'slack_webapi_platform_error', data: { error: 'invalid_auth' } });
    expect(error.message).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(describeInitError(new Error('fetch failed')).message).toMatch(/Could not reach Slack/);
  });
});

describe('npm start without credentials', () => {
  it('exits non-zero, says what to set and points to npm run ask', () => {
    const root = path.join(__dirname, '..', '..');
    const child = spawnSync(process.execPath, [path.join(root, 'bin', 'start.js')], {
      cwd: path.join(root, 'test'), // no .env here
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('SLACK_BOT_TOKEN is not set');
    expect(child.stderr).toContain('npm run ask');
    expect(child.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});
