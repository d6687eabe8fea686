import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import { Client } from 'pg';
import { PostgresStore } from '../../src/store/postgres/postgres-store';

/** The server jest's global setup started (test/global-setup.js). */
export function adminUrl(): string {
  const url = process.env.HRFAQ_TEST_POSTGRES_URL;
  if (!url) throw new Error('HRFAQ_TEST_POSTGRES_URL is not set: run the tests through jest (npm test)');
  return url;
}

/** A new, empty database on the test server, for one test file; its URL. */
export async function freshDatabase(admin = adminUrl()): Promise<string> {
  const name = `hrfaq_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one query on its own connection. */
export async function query<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL store whose database is down (nothing listens on the port): every query fails as it would
 * in an outage. The caller closes it.
 */
export function unreachableStore(logger: Logger, salt = 'a-salt-for-an-unreachable-database'): PostgresStore {
  return new PostgresStore({
    connectionString: 'postgres://nobody@127.0.0.1:1/none',
    logger,
    salt,
    analytics: true,
    retentionDays: 365,
    poolSize: 1,
  });
}
