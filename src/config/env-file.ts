import path from 'node:path';
import dotenv from 'dotenv';

/**
 * Reads the settings file into the environment, never over what the environment already sets: `.env` in the
 * folder npm runs in, or the file `DOTENV_CONFIG_PATH` names (dotenv's own name for it). A missing file is
 * no settings, not an error.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): void {
  // Every option given, so that dotenv's own environment switches (DOTENV_CONFIG_OVERRIDE and the like, read
  // from process.env) can't make the file win over the environment or read another file.
  const file = env.DOTENV_CONFIG_PATH || path.resolve('.env');
  dotenv.config({ quiet: true, processEnv: env, path: file, override: false });
}
