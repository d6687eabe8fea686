import type { CueEntry } from './cues';
import cues from './vocabulary/cues.json';

/**
 * Everyday words that point to an HR topic the FAQ may name differently: "my father in law died" is about
 * bereavement, "got a jury summons" about jury duty (`vocabulary/cues.json`). Each cue adds its topic words
 * to the question, at a lower weight than words the employee typed, so an FAQ that names the topic is found.
 * Written from general HR knowledge for any company, not from any one knowledge base.
 */
export const WORKPLACE_CUES: readonly CueEntry[] = cues;
