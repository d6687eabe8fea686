import dotenv from 'dotenv';

/**
 * Reads the settings file into the environment, never over what the environment already sets: `.env` in the
 * folder npm runs in, or the file `DOTENV_CONFIG_PATH` names (dotenv's own name for it). A missing file is
 * no settings, not an error.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): void {
  const file = env.DOTENV_CONFIG_PATH;
  dotenv.config({ quiet: true, processEnv: env, ...(file ? { path: file } : {}) });
}
