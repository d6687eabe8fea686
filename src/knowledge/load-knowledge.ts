import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';
import { words } from '../matching/normalize';
import { errorCode, errorText } from '../runtime/error-details';
import { recordSourceDigest } from './content-hash';
import {
  type Faq,
  FRONT_MATTER_KEYS,
  faqIdSchema,
  frontMatterSchema,
  MAX_ANSWER_LENGTH,
  toKebabCase,
} from './faq-schema';
import {
  describeYamlErrors,
  type FileProblem,
  FrontMatterLocator,
  opensFrontMatter,
  parseFrontMatter,
  STRICT_YAML,
  splitFrontMatter,
} from './front-matter';
import { KnowledgeBase } from './knowledge-base';
import { ParsedCache, type StoredParse, storedParse } from './parsed-cache';
import { displayPath, type KnowledgeProblem, sortProblems } from './problems';
import { didYouMean, relatedIdHint } from './suggest';
import {
  EMPTY_SYNONYMS,
  MATCHING_SHAPE,
  matchingSettingsSchema,
  SYNONYMS_SHAPE,
  type Synonyms,
  synonymsSchema,
  type YamlFileShape,
} from './synonyms-schema';
import { decodeUtf8, isUtf16 } from './text-encoding';

export const SYNONYMS_FILE = 'synonyms.yml';
export const SETTINGS_FILE = 'matching.yml';
/** Where to point when a problem concerns the front matter as a whole. */
const FIRST_KEY_LINE = 2;

export type LoadResult = ({ ok: true; kb: KnowledgeBase } | { ok: false; problems: KnowledgeProblem[] }) & {
  /** Why the parsed FAQs could not be saved (LoadOptions.parsedCache): never a problem of the knowledge base. */
  cacheProblem?: string;
};

/** How long one answer may take to render before it counts as a problem (a normal one takes milliseconds). */
export const RENDER_BUDGET_MS = 500;
/** What to do about an answer that is too slow to render, wherever it is found. */
export const SLOW_RENDER_ADVICE =
  'simplify its Markdown (thousands of * or _ marks, or deeply nested lists and quotes)';

export interface LoadOptions {
  /**
   * Renders each answer once, at load (validate and the reload worker pass the Slack converter), so no
   * request pays for it; an answer that takes longer than the budget is a problem naming its file. An answer
   * it returns nothing for is left unrendered (the reload worker leaves the served, unchanged ones).
   */
  renderAnswer?: (markdown: string) => string | undefined;
  renderBudgetMs?: number;
  /**
   * A folder to keep parsed FAQs in between loads (see parsed-cache.ts), so that an unchanged file is not
   * parsed again; the bot's start-up passes INDEX_DIR. What is loaded and reported is the same either way.
   */
  parsedCache?: string;
}

/**
 * Reads and validates a whole knowledge folder. Every problem is reported in one pass, each with its file
 * and line; a knowledge base with any problem is never returned, so a broken edit can't half-load.
 */
export function loadKnowledgeBase(directory: string, options: LoadOptions = {}): LoadResult {
  const root = path.resolve(directory);
  const rootShown = displayPath(root);
  let files: string[];
  let others: string[];
  try {
    if (!statSync(root).isDirectory()) {
      return fail({
        file: rootShown,
        message: 'is not a folder; point KNOWLEDGE_DIR (or --dir) at the folder of FAQ files',
      });
    }
    ({ faqs: files, others } = listKnowledgeFiles(root));
  } catch (error) {
    const reason = errorCode(error) === 'ENOENT' ? 'does not exist' : `cannot be read (${errorText(error)})`;
    return fail({
      file: rootShown,
      message: `${reason}; point KNOWLEDGE_DIR (or --dir) at the folder that holds the FAQ files`,
    });
  }

  const cache = options.parsedCache === undefined ? undefined : new ParsedCache(options.parsedCache, root);
  const problems: KnowledgeProblem[] = [];
  const parsed: ParsedFaq[] = [];
  /** Files that failed, by the id they would give, so links to them aren't reported as links to nothing. */
  const broken = new Map<string, string>();
  /** `related` entries that are not ids, answered once every id is known, so the fix can be checked. */
  const unchecked: UncheckedRelated[] = [];
  for (const file of files) {
    const shown = displayPath(file);
    const report = (problem: FileProblem) => problems.push({ file: shown, ...problem });
    const read = readText(file);
    if (!read.ok) {
      report(read.problem);
      for (const id of intendedIds(file)) broken.set(id, shown);
      continue;
    }
    const reportRelated = (entry: Omit<UncheckedRelated, 'file'>) => unchecked.push({ file: shown, ...entry });
    const faq = cache
      ? parseWithCache(cache, read.text, file, shown, report, reportRelated)
      : parseFaqFile(read.text, file, shown, report, reportRelated);
    if (faq && options.renderAnswer && !render(faq.faq, options.renderAnswer, options.renderBudgetMs, report)) {
      for (const id of intendedIds(file, read.text)) broken.set(id, shown);
    } else if (faq) parsed.push(faq);
    else for (const id of intendedIds(file, read.text)) broken.set(id, shown);
  }

  // "synonyms.yaml" is a natural way to spell it, and would otherwise be ignored without a word.
  for (const name of [SYNONYMS_FILE, SETTINGS_FILE]) {
    const other = name.replace(/\.yml$/, '.yaml');
    if (existsSync(path.join(root, other))) {
      const advice = existsSync(path.join(root, name)) ? `move what it holds into ${name}` : `name it ${name}`;
      problems.push({ file: displayPath(path.join(root, other)), message: `is not read: ${advice}` });
    }
  }
  // "sauna.md.txt" and "dogs.markdown" hold FAQs too, and would otherwise be skipped without a word.
  for (const file of others) {
    const problem = misnamedFaq(file);
    if (problem) problems.push(problem);
  }
  const synonyms = loadSynonyms(path.join(root, SYNONYMS_FILE), (problem) => problems.push(problem));
  const { data: settings } = loadYaml(
    path.join(root, SETTINGS_FILE),
    matchingSettingsSchema,
    {},
    MATCHING_SHAPE,
    (problem) => problems.push(problem),
  );
  if (files.length === 0) {
    problems.push({ file: rootShown, message: 'holds no FAQ files (*.md other than README.md)' });
  }
  const ids = checkIds(parsed);
  problems.push(...ids.problems);
  problems.push(...checkRelated(parsed, ids, broken));
  problems.push(...describeUncheckedRelated(unchecked, parsed, broken, ids.fileNameIds));

  const cacheProblem = cache?.save();
  const note = cacheProblem === undefined ? {} : { cacheProblem };
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), ...note };
  const kb = new KnowledgeBase(
    parsed.map(({ faq }) => faq),
    synonyms,
    root,
    settings,
  );
  // Every file was kept (a file with a problem fails the load), so the kept files are all the FAQs.
  const kept = cache?.keptDigest();
  if (kept !== undefined) {
    recordSourceDigest(
      kb,
      createHash('sha256')
        .update(JSON.stringify([kept, synonyms, settings]))
        .digest('hex'),
    );
  }
  return { ok: true, kb, ...note };
}

/**
 * A file's FAQ from the parsed FAQs stored for exactly this path and text, else parsed (and stored when the
 * file parsed without a single problem: a file with problems is parsed, and reported, on every load).
 */
function parseWithCache(
  cache: ParsedCache,
  text: string,
  file: string,
  shown: string,
  report: (problem: FileProblem) => void,
  reportRelated: (entry: Omit<UncheckedRelated, 'file'>) => void,
): ParsedFaq | undefined {
  const key = cache.keyOf(file, text);
  const stored = cache.get(key);
  const recalled = stored && fromStored(stored, text, file, shown);
  if (stored && recalled) {
    cache.keep(key, stored);
    return recalled;
  }
  let quiet = true;
  const faq = parseFaqFile(
    text,
    file,
    shown,
    (problem) => {
      quiet = false;
      report(problem);
    },
    (entry) => {
      quiet = false;
      reportRelated(entry);
    },
  );
  if (faq && quiet) cache.keep(key, storedParse(faq.faq, faq.explicitId));
  return faq;
}

/**
 * The FAQ a stored parse stands for, as parseFaqFile gives it: the answer cut from the text as it does, the
 * source this load's (undefined if the text does not split, which the same code never finds).
 */
function fromStored(
  { faq, explicitId }: StoredParse,
  text: string,
  file: string,
  shown: string,
): ParsedFaq | undefined {
  const split = splitFrontMatter(text);
  if (!split.ok) return undefined;
  const { yamlText, body } = split.file;
  return {
    faq: { ...faq, answer: body.trim(), source: { file: shown, path: file } },
    locator: new FrontMatterLocator(yamlText),
    explicitId,
  };
}

/** Renders an answer within the time budget; false (and a problem) when it takes too long. */
function render(
  faq: Faq,
  renderAnswer: (markdown: string) => string | undefined,
  budgetMs = RENDER_BUDGET_MS,
  report: (problem: FileProblem) => void,
): boolean {
  const started = performance.now();
  const rendered = renderAnswer(faq.answer);
  const ms = Math.round(performance.now() - started);
  if (ms > budgetMs) {
    report({
      line: 1,
      message: `the answer takes ${ms} ms to render for Slack (the limit is ${budgetMs} ms); ${SLOW_RENDER_ADVICE}`,
    });
    return false;
  }
  if (rendered !== undefined) faq.rendered = rendered;
  return true;
}

function fail(problem: KnowledgeProblem): LoadResult {
  return { ok: false, problems: [problem] };
}

/**
 * FAQ files in a stable order: `*.md` in the folder and its subfolders, minus READMEs and hidden entries.
 * Symlinked files and folders are followed (a Kubernetes ConfigMap mounts every file as a symlink), each
 * real folder once, so a link back up the tree can't loop.
 */
export function listMarkdownFiles(root: string): string[] {
  return listKnowledgeFiles(root).faqs;
}

/** The FAQ files (see listMarkdownFiles), and the other files found along the way, unread. */
function listKnowledgeFiles(root: string): { faqs: string[]; others: string[] } {
  const faqs: string[] = [];
  const others: string[] = [];
  const visited = new Set<string>();
  const walk = (folder: string) => {
    const real = realpathSync(folder);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? linkedKind(full) : entry;
      if (kind?.isDirectory()) walk(full);
      else if (kind?.isFile()) {
        const isFaq = /\.md$/i.test(entry.name) && entry.name.toLowerCase() !== 'readme.md';
        (isFaq ? faqs : others).push(full);
      }
    }
  };
  walk(root);
  return { faqs, others };
}

/**
 * Other names an FAQ file gets saved under, which the loader skips: Markdown's other extensions, and `.txt`
 * (`.md.txt` is how some editors save `.md`).
 */
const OTHER_EXTENSION = /\.(?:markdown|mdown|mkd|md\.txt|txt)$/i;

/**
 * An FAQ file the loader would skip for its extension, told to take the `.md` name it needs (or, when that
 * name is taken, to move its content there): `sauna.md.txt`, `dogs.markdown` or `notes.txt` that starts with
 * front matter, as an FAQ does. Undefined for anything else: a CHANGELOG.markdown, a README, a picture, a
 * `.txt` of notes.
 */
function misnamedFaq(file: string): KnowledgeProblem | undefined {
  const name = path.basename(file);
  const other = OTHER_EXTENSION.exec(name);
  if (other === null || !startsWithFrontMatter(file)) return undefined;
  const target = `${name.slice(0, other.index)}.md`;
  if (target.toLowerCase() === 'readme.md') return undefined;
  const message = existsSync(path.join(path.dirname(file), target))
    ? `is not read (only .md files are), and ${target} already exists: move what it holds into ${target}, then delete this file`
    : `is not read (only .md files are): rename it to ${target}`;
  return { file: displayPath(file), message };
}

/** Whether a file starts with a front-matter line; only its first bytes are read. */
function startsWithFrontMatter(file: string): boolean {
  const head = Buffer.alloc(64);
  let length = 0;
  try {
    const descriptor = openSync(file, 'r');
    try {
      length = readSync(descriptor, head, 0, head.length, 0);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return false; // (unreadable: not something to rename)
  }
  return opensFrontMatter(head.subarray(0, length).toString('utf8'));
}

/** What a symlink points at; undefined when it dangles (a ConfigMap mid-swap), which is skipped. */
function linkedKind(file: string): { isDirectory(): boolean; isFile(): boolean } | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** A parsed FAQ plus a locator, for cross-file checks that need to point at a line. */
interface ParsedFaq {
  faq: Faq;
  locator: FrontMatterLocator;
  explicitId: boolean;
}

/**
 * A file's text, read once and checked to be UTF-8 (a byte-order mark is dropped), or the problem to report;
 * `missing` tells an optional file that is absent from one that is broken.
 */
function readText(file: string): { ok: true; text: string } | { ok: false; problem: FileProblem; missing: boolean } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const missing = errorCode(error) === 'ENOENT';
    return { ok: false, problem: { message: `cannot be read (${errorText(error)})` }, missing };
  }
  const text = decodeUtf8(bytes);
  if (text !== undefined) return { ok: true, text };
  const utf16 = isUtf16(bytes);
  return {
    ok: false,
    missing: false,
    problem: {
      line: utf16 ? 1 : lineOfFirstBadByte(bytes),
      message: `not UTF-8 text (saved as ${utf16 ? 'UTF-16' : 'Windows-1252 or another encoding'}?); save the file as UTF-8`,
    },
  };
}

/**
 * The line of the first byte that isn't UTF-8, found by decoding ever shorter beginnings (only for a file that
 * failed). Streaming, a beginning that ends mid-character is not an error, so the first failing length ends at
 * the byte that breaks the sequence; only continuation bytes lie between it and where the sequence began, so
 * the newlines before it count the line.
 */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  const failsWithin = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 1;
  let high = bytes.length;
  if (!failsWithin(high)) return lineOfByte(bytes, high); // a character cut off at the very end
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsWithin(middle)) high = middle;
    else low = middle + 1;
  }
  return lineOfByte(bytes, high - 1);
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < index; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}

/**
 * A `related` entry of an FAQ that did not parse: one that is not an id (`misspelt`), reported once every id
 * is known (see describeUncheckedRelated), or a sound one, still checked against the ids, so that one run of
 * validate lists every problem of the list.
 */
interface UncheckedRelated {
  file: string;
  line?: number;
  index: number;
  written: string;
  misspelt: boolean;
}

/** Parses one FAQ file, reporting its problems; returns the FAQ only when the file itself is sound. */
function parseFaqFile(
  raw: string,
  file: string,
  shown: string,
  report: (problem: FileProblem) => void,
  reportRelated: (entry: Omit<UncheckedRelated, 'file'>) => void,
): ParsedFaq | undefined {
  const split = splitFrontMatter(raw);
  if (!split.ok) {
    split.problems.forEach(report);
    return undefined;
  }
  const yaml = parseFrontMatter(split.file.yamlText);
  if (!yaml.ok) {
    yaml.problems.forEach(report);
    return undefined;
  }
  const locator = new FrontMatterLocator(split.file.yamlText);
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    report({ line: 2, message: 'the front matter must be "key: value" lines (question, category, …)' });
    return undefined;
  }
  const parsed = frontMatterSchema.safeParse(yaml.data);
  const answer = split.file.body.trim();
  let sound = parsed.success;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const written = key === 'related' && typeof index === 'number' ? valueAt(yaml.data, issue.path) : undefined;
      if (issue.code === 'invalid_format' && typeof index === 'number' && typeof written === 'string') {
        reportRelated({ line: locator.lineOf(issue.path), index, written, misspelt: true });
      } else report(describeIssue(issue, locator, yaml.data));
    }
    const related: unknown = (yaml.data as { related?: unknown }).related;
    if (Array.isArray(related)) {
      related.forEach((written: unknown, index) => {
        if (typeof written === 'string' && faqIdSchema.safeParse(written).success) {
          reportRelated({ line: locator.lineOf(['related', index]), index, written, misspelt: false });
        }
      });
    }
  }
  if (answer.length === 0) {
    report({ line: split.file.bodyLine, message: 'the answer (the Markdown after the closing "---") is empty' });
    sound = false;
  } else if (answer.length > MAX_ANSWER_LENGTH) {
    report({
      line: split.file.bodyLine,
      message: `the answer is ${answer.length} characters; keep it under ${MAX_ANSWER_LENGTH} or split it into several FAQs`,
    });
    sound = false;
  }
  if (!sound || !parsed.success) return undefined;

  const { id: explicitId, ...frontMatter } = parsed.data;
  const id = explicitId ?? path.basename(file, path.extname(file));
  if (explicitId === undefined && !faqIdSchema.safeParse(id).success) {
    const kebab = toKebabCase(id);
    report({
      line: 1,
      message: `the file name "${id}" is not a valid id; rename the file in kebab-case (${kebab ? `${kebab}.md` : 'e.g. what-is-a-peo.md'}) or set "id:"`,
    });
    return undefined;
  }
  return {
    faq: { id, ...frontMatter, answer, source: { file: shown, path: file } },
    locator,
    explicitId: explicitId !== undefined,
  };
}

function describeIssue(issue: z.core.$ZodIssue, locator: FrontMatterLocator, data: unknown): FileProblem {
  if (issue.code === 'invalid_format' && issue.path.length === 1 && issue.path[0] === 'id') {
    const written = valueAt(data, issue.path);
    const kebab = typeof written === 'string' ? toKebabCase(written) : undefined;
    return {
      line: locator.lineOf(issue.path) ?? FIRST_KEY_LINE,
      message: `id ${issue.message}${kebab ? ` (did you mean "${kebab}"?)` : ''}`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    const [first] = issue.keys;
    const names = issue.keys.map((key) => `"${key}"${didYouMean(key, FRONT_MATTER_KEYS)}`).join(', ');
    return {
      line: first === undefined ? FIRST_KEY_LINE : locator.lineOf([first], { key: true }),
      message: `unknown key ${names}; allowed keys are ${FRONT_MATTER_KEYS.join(', ')}`,
    };
  }
  return {
    line: locator.lineOf(issue.path) ?? FIRST_KEY_LINE,
    message: `${describePath(issue.path)} ${issue.message}`,
  };
}

/** The value YAML gave at a path, to quote back what the author wrote. */
function valueAt(data: unknown, at: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const part of at) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Reflect.get(value, part);
  }
  return value;
}

/** `['links', 0, 'url']` → `links[1].url`, counting list items from 1 as authors do. */
function describePath(issuePath: ReadonlyArray<PropertyKey>): string {
  if (issuePath.length === 0) return 'the front matter';
  return issuePath
    .map((part, index) => (typeof part === 'number' ? `[${part + 1}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function loadSynonyms(file: string, report: (problem: KnowledgeProblem) => void): Synonyms {
  const { data, lineOf } = loadYaml(file, synonymsSchema, EMPTY_SYNONYMS, SYNONYMS_SHAPE, report);
  if (!lineOf) return data;
  const shown = displayPath(file);
  // A phrase can mean only one thing: the same phrase in two groups would depend on their order.
  const groupOf = new Map<string, number>();
  let conflicts = 0;
  data.groups.forEach((group, groupIndex) => {
    group.forEach((phrase, phraseIndex) => {
      const key = words(phrase).join(' ');
      const earlier = groupOf.get(key);
      if (earlier !== undefined && earlier !== groupIndex) {
        conflicts += 1;
        report({
          file: shown,
          line: lineOf(['groups', groupIndex, phraseIndex]),
          message: `"${phrase}" is in groups[${earlier + 1}] and groups[${groupIndex + 1}]; a phrase can belong to one group only`,
        });
      }
      groupOf.set(key, earlier ?? groupIndex);
    });
  });
  return conflicts > 0 ? EMPTY_SYNONYMS : data;
}

/**
 * Reads an optional YAML file of the knowledge folder through its schema, reporting every problem with its
 * line, and with an example of the file when it holds something else entirely; a missing file gives the
 * fallback. `lineOf` finds the line of a value by its path in the schema.
 */
function loadYaml<T>(
  file: string,
  schema: z.ZodType<T>,
  fallback: T,
  shape: YamlFileShape,
  report: (problem: KnowledgeProblem) => void,
): { data: T; lineOf?: (at: ReadonlyArray<PropertyKey>) => number | undefined } {
  const shown = displayPath(file);
  const read = readText(file);
  if (!read.ok) {
    if (!read.missing) report({ file: shown, ...read.problem });
    return { data: fallback };
  }
  const raw = read.text;
  const document = parseDocument(raw, STRICT_YAML);
  if (document.errors.length > 0) {
    for (const problem of describeYamlErrors(document.errors, raw, document, 1)) report({ file: shown, ...problem });
    return { data: fallback };
  }
  const locator = new FrontMatterLocator(raw, 1);
  const listKey = isSeq(document.contents) ? shape.listKey : undefined;
  const lineOf = (at: ReadonlyArray<PropertyKey>) => locator.lineOf(listKey && at[0] === listKey ? at.slice(1) : at);
  const content: unknown = document.toJS() ?? {};
  const parsed = schema.safeParse(listKey ? { [listKey]: content } : content);
  if (!parsed.success) {
    const example = `, e.g.\n${shape.example.map((line) => `    ${line}`).join('\n')}`;
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          report({
            file: shown,
            line: locator.lineOf([key], { key: true }),
            message: `unknown key "${key}"${didYouMean(key, shape.keys)}; expected ${shape.expected}${example}`,
          });
        }
      } else if (issue.path.length === 0) {
        report({ file: shown, line: firstContentLine(raw), message: `expected ${shape.expected}${example}` });
      } else {
        report({ file: shown, line: lineOf(issue.path), message: `${describePath(issue.path)} ${issue.message}` });
      }
    }
    return { data: fallback };
  }
  return { data: parsed.data, lineOf };
}

/** The first line that holds something other than blanks and comments: where a file's content starts. */
function firstContentLine(text: string): number | undefined {
  const index = text.split(/\r?\n/).findIndex((line) => !/^\s*(?:#.*)?$/.test(line));
  return index === -1 ? undefined : index + 1;
}

/**
 * The ids a file that failed to load was meant to have: its name, and its `id:` when that much parses (from
 * the text already read; without it, unreadable or not UTF-8, the name alone).
 */
function intendedIds(file: string, text?: string): string[] {
  const ids = [path.basename(file, path.extname(file))];
  const split = text === undefined ? undefined : splitFrontMatter(text);
  const yaml = split?.ok ? parseFrontMatter(split.file.yamlText) : undefined;
  const data = yaml?.ok ? yaml.data : undefined;
  if (data && typeof data === 'object' && 'id' in data && typeof data.id === 'string') ids.push(data.id);
  return ids;
}

/** Who has each id once duplicates are settled (see checkIds). */
interface IdCheck {
  problems: KnowledgeProblem[];
  /** Each id's FAQ: the one that keeps it. */
  byId: Map<string, Faq>;
  /** The FAQs told to change their id. */
  toChange: Set<Faq>;
  /**
   * The file names of the FAQs told to change an `id:` line: the ids they have without it, which `related`
   * lists may use already (they were what the author meant, until the `id:` line was added).
   */
  fileNameIds: Set<string>;
}

/**
 * When FAQs share an id, one keeps it and each other one is told to change: the one that keeps it is one that
 * takes it from its file name, since an FAQ that set the same id with an `id:` line is the one that changed;
 * otherwise (two `id:` lines, or two file names in different folders) the first file keeps it, as it always has.
 */
function checkIds(parsed: readonly ParsedFaq[]): IdCheck {
  const groups = new Map<string, ParsedFaq[]>();
  for (const entry of parsed) {
    const group = groups.get(entry.faq.id);
    if (group) group.push(entry);
    else groups.set(entry.faq.id, [entry]);
  }
  const check: IdCheck = { problems: [], byId: new Map(), toChange: new Set(), fileNameIds: new Set() };
  for (const [id, group] of groups) {
    const [first] = group;
    const keeper = group.find((entry) => !entry.explicitId) ?? first;
    if (!keeper) continue;
    check.byId.set(id, keeper.faq);
    for (const { faq, locator, explicitId } of group) {
      if (faq === keeper.faq) continue;
      check.toChange.add(faq);
      const fromFileName = explicitId && !keeper.explicitId;
      check.problems.push({
        file: faq.source.file,
        line: (explicitId ? locator.lineOf(['id'], { key: true }) : undefined) ?? 1,
        message: `duplicate id "${id}": ${keeper.faq.source.file} already uses it${fromFileName ? ' as its file name; change or remove this "id:" line' : ''}`,
      });
      if (explicitId) {
        check.fileNameIds.add(path.basename(faq.source.path, path.extname(faq.source.path)));
      }
    }
  }
  return check;
}

/**
 * `related` entries that point nowhere. A link to a file that failed to load points somewhere; it is named
 * once, as a file with problems of its own. Nor is a link that only points nowhere because of a duplicate id
 * reported: an FAQ told to change its id may list the FAQ that keeps it (the author's meaning, not itself),
 * and others may list it by its file name.
 */
function checkRelated(
  parsed: readonly ParsedFaq[],
  ids: IdCheck,
  broken: ReadonlyMap<string, string>,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const { byId, toChange, fileNameIds } = ids;
  for (const { faq, locator } of parsed) {
    const seen = new Set<string>();
    faq.related.forEach((relatedId, index) => {
      const report = (message: string) =>
        problems.push({ file: faq.source.file, line: locator.lineOf(['related', index]), message });
      if (relatedId === faq.id) {
        if (!toChange.has(faq)) report(`related[${index + 1}] lists this FAQ ("${faq.id}") as related to itself`);
      } else if (!byId.has(relatedId) && broken.has(relatedId)) {
        report(
          `related[${index + 1}] "${relatedId}" is ${broken.get(relatedId)}, which has problems of its own (listed with that file); fix it first`,
        );
      } else if (!byId.has(relatedId) && !fileNameIds.has(relatedId)) {
        report(`related[${index + 1}] "${relatedId}" is not the id of any FAQ${didYouMean(relatedId, byId.keys())}`);
      } else if (seen.has(relatedId)) {
        report(`related[${index + 1}] "${relatedId}" is listed twice`);
      }
      seen.add(relatedId);
    });
  }
  return problems;
}

/**
 * `related: [Payday]`: the entry is not an id at all. Suggests its kebab-case form and says whether an FAQ
 * has that id, or names the FAQ whose id is closest to it.
 */
function describeUncheckedRelated(
  entries: readonly UncheckedRelated[],
  parsed: readonly ParsedFaq[],
  broken: ReadonlyMap<string, string>,
  fileNameIds: ReadonlySet<string>,
): KnowledgeProblem[] {
  if (entries.length === 0) return [];
  const fileOf = new Map(broken);
  for (const { faq } of parsed) fileOf.set(faq.id, faq.source.file);
  const problems: KnowledgeProblem[] = [];
  for (const { file, line, index, written, misspelt: notAnId } of entries) {
    if (!notAnId) {
      if (!fileOf.has(written) && !fileNameIds.has(written)) {
        const message = `related[${index + 1}] "${written}" is not the id of any FAQ${didYouMean(written, fileOf.keys())}`;
        problems.push({ file, line, message });
      }
      continue;
    }
    // Other FAQs only: "related: [Payday]" in payday.md must not be told to relate payday.md to itself.
    const others = new Map([...fileOf].filter(([, other]) => other !== file));
    const suggestion = relatedIdHint(written, (id) => fileOf.get(id) === file, others);
    problems.push({
      file,
      line,
      message: `related[${index + 1}] "${written}" must be kebab-case: lowercase letters, digits and single hyphens${suggestion}`,
    });
  }
  return problems;
}
