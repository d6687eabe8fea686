import { createHmac } from 'node:crypto';

/**
 * A salted pseudonym for a Slack user id, computed exactly as the event log computes it, so the people
 * counted here are the people counted there, and nobody can turn a hash back into a person.
 */
export function userHasher(salt: string): (userId: string) => string {
  return (userId) => createHmac('sha256', salt).update(userId).digest('hex').slice(0, 16);
}
