import path from 'node:path';

/** The project folder, whether running from src/ (tests) or dist/ (built): both sit one level below it. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export const DEFAULT_KNOWLEDGE_DIR = path.join(PROJECT_ROOT, 'knowledge');
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, 'data');
