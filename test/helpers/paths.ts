import path from 'node:path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const fixtureKnowledge = (name: string) => path.join(FIXTURES, 'knowledge', name);
