import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnvFile } from '../../src/config/env-file';
import { tempFolderEach } from '../helpers/temp-folder';

describe('loadEnvFile', () => {
  let folder: string;
  tempFolderEach('env-file', (created) => {
    folder = created;
  });

  it('reads the file DOTENV_CONFIG_PATH names, never over what the environment sets', () => {
    const file = path.join(folder, 'settings.env');
    writeFileSync(file, 'KNOWLEDGE_DIR=hr-kb\nLOG_LEVEL=debug\n');
    const env: NodeJS.ProcessEnv = { DOTENV_CONFIG_PATH: file, LOG_LEVEL: 'warn' };
    loadEnvFile(env);
    expect(env).toMatchObject({ KNOWLEDGE_DIR: 'hr-kb', LOG_LEVEL: 'warn' });
  });

  it("is not swayed by dotenv's own switches in the environment", () => {
    const file = path.join(folder, 'settings.env');
    writeFileSync(file, 'LOG_LEVEL=debug\n');
    const other = path.join(folder, 'other.env');
    writeFileSync(other, 'KNOWLEDGE_DIR=elsewhere\n');
    const saved = { ...process.env };
    Object.assign(process.env, { DOTENV_CONFIG_OVERRIDE: 'true', DOTENV_CONFIG_PATH: other });
    try {
      const env: NodeJS.ProcessEnv = { DOTENV_CONFIG_PATH: file, LOG_LEVEL: 'warn' };
      loadEnvFile(env);
      expect(env).toEqual({ DOTENV_CONFIG_PATH: file, LOG_LEVEL: 'warn' });
    } finally {
      for (const key of ['DOTENV_CONFIG_OVERRIDE', 'DOTENV_CONFIG_PATH']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });

  it('takes a missing file as no settings', () => {
    const env: NodeJS.ProcessEnv = { DOTENV_CONFIG_PATH: path.join(folder, 'none.env') };
    expect(() => loadEnvFile(env)).not.toThrow();
    expect(Object.keys(env)).toEqual(['DOTENV_CONFIG_PATH']);
  });
});
