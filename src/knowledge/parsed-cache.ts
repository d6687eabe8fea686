import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { codeFingerprint } from '../runtime/code-fingerprint';
import { errorCode, errorText } from '../runtime/error-details';
import { keepNewest, writeWhole } from '../runtime/saved-file';
import { type Faq, linkSchema } from './faq-schema';

/**
 * Parsed FAQs kept from one start to the next. Parsing the front matter (YAML, then zod) is most of what
 * loading 10,000 FAQ files costs, and a restart usually finds the files as they were.
 *
 * Each FAQ is stored under a digest of its path within the knowledge folder and its text, so an edited or
 * renamed file is always parsed afresh; only a file that parsed without a single problem is stored, so a
 * broken one is parsed, and reported, on every load. The file is used only with the code that wrote it and
 * only when it reads back whole; anything else (missing, cut short, damaged, foreign) means parsing as
 * before. Saving is best-effort too.
 */

/** Bumped whenever what the file holds changes shape. */
const FORMAT = 1;
const PREFIX = 'parsed-';
/** Files kept in the folder: the newest few (other knowledge folders, other deploy paths). */
const KEEP = 3;
/** A partial file this old was left by a start that died while writing it. */
const STALE_MS = 60 * 60 * 1000;

/**
 * What a sound FAQ file's front matter parses to. Not the answer: it is cut from the file's text in a moment
 * (and would make the file as large as the knowledge base, slower to read than what it saves); nor what
 * belongs to one load (where the file was found, the answer's rendering).
 */
export interface StoredParse {
  faq: Omit<Faq, 'answer' | 'source' | 'rendered'>;
  /** Whether the id came from an `id:` line rather than the file name (the duplicate-id check needs it). */
  explicitId: boolean;
}

/** A parsed FAQ as stored (see StoredParse). */
export function storedParse(faq: Faq, explicitId: boolean): StoredParse {
  const { answer: _answer, source: _source, rendered: _rendered, ...stored } = faq;
  return { faq: stored, explicitId };
}

interface StoredEntry extends StoredParse {
  key: string;
}

const headerSchema = z.object({
  format: z.literal(FORMAT),
  code: z.string(),
  /** SHA-256 of everything after the header line: a file cut short or damaged doesn't match. */
  digest: z.string(),
  count: z.number().int().nonnegative(),
});
type Header = z.infer<typeof headerSchema>;

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
/** Checked as the front matter's links are (a web or mailto address, no markup): links reach the cards. */
const isLink = (value: unknown) => linkSchema.safeParse(value).success;

function isStoredEntry(value: unknown): value is StoredEntry {
  if (typeof value !== 'object' || value === null || !('key' in value && 'explicitId' in value && 'faq' in value)) {
    return false;
  }
  const { key, explicitId, faq } = value;
  if (!isText(key) || typeof explicitId !== 'boolean' || typeof faq !== 'object' || faq === null) return false;
  const { id, question, category, alternates, keywords, related, links } = faq as Record<string, unknown>;
  return (
    [id, question, category].every(isText) &&
    [alternates, keywords, related].every(isTextList) &&
    Array.isArray(links) &&
    links.every(isLink)
  );
}

/**
 * The entries, checked in one loop rather than as a zod schema per FAQ: at 10,000 FAQs a schema took 120-290
 * ms on its first use (the only one at start-up) against 12-19 ms for the loop, a good part of what the file
 * saves. The digest has already shown the text to be what was written; this only makes sure that it has the
 * shape the loader relies on.
 */
const entriesSchema = z.custom<StoredEntry[]>(
  (value) => Array.isArray(value) && value.every(isStoredEntry),
  'the parsed FAQs are damaged',
);

/**
 * The parsed FAQs of one knowledge folder, stored in `folder` (a file per folder): `get` finds a file's
 * stored parse, `keep` marks what the next start should find, and `save` writes that when it differs from
 * what was read.
 */
export class ParsedCache {
  private readonly file: string;
  private readonly code?: string;
  /** Why nothing can be stored at all (hrfaq's own code can't be read to fingerprint it). */
  private readonly unusable?: string;
  /** What the file held: nothing (`absent`), these parses (`read`), or something unusable, to be replaced. */
  private readonly found: 'absent' | 'read' | 'unusable';
  private readonly stored = new Map<string, StoredParse>();
  private readonly kept = new Map<string, StoredParse>();

  constructor(
    private readonly folder: string,
    private readonly root: string,
  ) {
    this.file = path.join(folder, `${PREFIX}${sha256(root).slice(0, 32)}.json`);
    try {
      this.code = knowledgeCode();
    } catch (error) {
      this.unusable = `no parsed FAQs can be saved: hrfaq's knowledge code could not be read (${errorText(error)})`;
      this.found = 'absent';
      return;
    }
    this.found = this.read(this.code);
  }

  /** The key a file's parse is stored under: its path within the knowledge folder and its text. */
  keyOf(file: string, text: string): string {
    return createHash('sha256').update(path.relative(this.root, file)).update('\0').update(text).digest('hex');
  }

  /**
   * A digest of the files this load kept (their paths and texts, in order) and of the code that parsed them;
   * undefined when that code can't be read.
   */
  keptDigest(): string | undefined {
    return this.code === undefined ? undefined : sha256(JSON.stringify([this.code, [...this.kept.keys()]]));
  }

  get(key: string): StoredParse | undefined {
    return this.stored.get(key);
  }

  /** Keeps a parse for the next start. */
  keep(key: string, parse: StoredParse): void {
    this.kept.set(key, parse);
  }

  /**
   * Writes what was kept (this load's files only, so the file never outgrows the folder) when it differs
   * from what was read: a file added, changed or removed. Whole or not at all; returns why it could not be
   * written, and never throws.
   */
  save(): string | undefined {
    if (this.code === undefined) return this.unusable;
    const unchanged =
      this.found === 'read'
        ? this.kept.size === this.stored.size && [...this.kept.keys()].every((key) => this.stored.has(key))
        : this.found === 'absent' && this.kept.size === 0;
    if (unchanged) return undefined;
    try {
      this.write(this.code);
      return undefined;
    } catch (error) {
      return `the parsed FAQs could not be saved in ${this.folder} (${errorText(error)})`;
    }
  }

  /** Reads the file, when there is one that this code wrote and that reads back whole. */
  private read(code: string): 'absent' | 'read' | 'unusable' {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? 'absent' : 'unusable';
    }
    try {
      const end = bytes.indexOf(0x0a);
      if (end === -1) return 'unusable';
      const header: Header = headerSchema.parse(JSON.parse(bytes.subarray(0, end).toString('utf8')));
      if (header.code !== code) return 'unusable';
      // Hashed as bytes, before decoding: the file is megabytes at 10,000 FAQs.
      const rest = bytes.subarray(end + 1);
      if (sha256(rest) !== header.digest) return 'unusable';
      const entries = entriesSchema.parse(JSON.parse(rest.toString('utf8')));
      if (entries.length !== header.count) return 'unusable';
      for (const { key, faq, explicitId } of entries) this.stored.set(key, { faq, explicitId });
      return 'read';
    } catch {
      return 'unusable';
    }
  }

  private write(code: string): void {
    const entries = JSON.stringify([...this.kept].map(([key, { faq, explicitId }]) => ({ key, explicitId, faq })));
    const header: Header = { format: FORMAT, code, digest: sha256(entries), count: this.kept.size };
    writeWhole(this.file, `${JSON.stringify(header)}\n${entries}`);
    // (all but the newest few, and partial files a start that died left behind)
    keepNewest(this.folder, PREFIX, KEEP, STALE_MS);
  }
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The code that turns a file into an FAQ: this folder (the splitting, the schema) and the libraries it uses
 * (the YAML parsers and zod, by their package.json, which names the version).
 */
function knowledgeCode(): string {
  const libraries = ['yaml', 'js-yaml', 'zod'].map((library) => require.resolve(`${library}/package.json`));
  return codeFingerprint(__dirname, libraries);
}
