import jsYaml from 'js-yaml';
import { type Document, isMap, isScalar, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';

export interface FileProblem {
  line?: number;
  message: string;
}

/** An FAQ file split at its `---` fences. */
export interface SplitFile {
  yamlText: string;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** The front matter's YAML starts on the file's second line, after the opening `---`. */
const FRONT_MATTER_LINE = 2;

/** Splits a file into front matter and body, or says why it can't. */
export function splitFrontMatter(raw: string): { ok: true; file: SplitFile } | { ok: false; problems: FileProblem[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const opening = OPENING_FENCE.exec(text);
  if (!opening) {
    const message =
      text.trim() === ''
        ? 'the file is empty; write an FAQ in it (see the authoring guide), or delete it'
        : 'the file must start with a "---" line that opens the front matter';
    return { ok: false, problems: [{ line: 1, message }] };
  }
  const yamlStart = opening[0].length;
  CLOSING_FENCE.lastIndex = yamlStart - 1;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) {
    return {
      ok: false,
      problems: [{ line: 1, message: 'the front matter opened on line 1 is never closed with a "---" line' }],
    };
  }
  const yamlText = yamlStart > closing.index ? '' : text.slice(yamlStart, closing.index);
  const newlines = yamlText === '' ? 0 : (yamlText.match(/\n/g)?.length ?? 0) + 1;
  return {
    ok: true,
    file: { yamlText, body: text.slice(closing.index + closing[0].length), bodyLine: newlines + 3 },
  };
}

/** Whether a text starts with the `---` line that opens front matter (after a byte-order mark, if any). */
export function opensFrontMatter(raw: string): boolean {
  return OPENING_FENCE.test(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
}

/** The opening `---` line, and a later `---` line; both may carry trailing spaces and CRLF endings. */
const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /\n---[ \t]*(?:\r?\n|$)/g;

/** How `yaml` parses a file that failed the fast path: every error with its position, duplicate keys included. */
export const STRICT_YAML = { prettyErrors: true, uniqueKeys: true } as const;

/**
 * Parses front matter. Valid files take the fast path (js-yaml, about 4× faster than `yaml`, which matters
 * at 10,000 FAQs); only a file with a problem is parsed again by `yaml`, whose errors carry exact lines.
 */
export function parseFrontMatter(
  yamlText: string,
): { ok: true; data: unknown } | { ok: false; problems: FileProblem[] } {
  let data: unknown;
  try {
    data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) ?? {};
  } catch (fastError) {
    const document = parseDocument(yamlText, STRICT_YAML);
    const problems = describeYamlErrors([...document.errors, ...document.warnings], yamlText, document);
    if (problems.length > 0) return { ok: false, problems };
    // The two parsers disagree (rare): report js-yaml's own error and position.
    const line = fastError instanceof jsYaml.YAMLException ? fastError.mark.line + 1 : 1;
    const reason = fastError instanceof jsYaml.YAMLException ? fastError.reason : String(fastError);
    const hint = specialStartHint(lineAt(yamlText, line));
    return { ok: false, problems: [{ line: line + FRONT_MATTER_LINE - 1, message: `bad YAML: ${hint ?? reason}` }] };
  }
  // `question: &x what?` is valid YAML that silently drops "&x" (an anchor); only a file with a "&" pays to check.
  if (MAYBE_ANCHOR.test(yamlText)) {
    const problems = anchorProblems(yamlText);
    if (problems.length > 0) return { ok: false, problems };
  }
  return { ok: true, data };
}

const MAYBE_ANCHOR = /(?:^|[\s[{,])&\S/m;

function anchorProblems(yamlText: string): FileProblem[] {
  const problems: FileProblem[] = [];
  visit(parseDocument(yamlText), {
    Node(_, node) {
      if (!node.anchor || !node.range) return;
      const line = lineOfOffset(yamlText, node.range[0]);
      const entry = entryOf(lineAt(yamlText, line));
      const fileLine = line + FRONT_MATTER_LINE - 1;
      // An anchored list (`keywords: &k [a, b]`, reused as `*k`) is YAML's repetition, not text: quoting it
      // would turn the list into one string.
      if (!isScalar(node)) {
        const message = 'bad YAML: "&" marks a list to repeat elsewhere with "*"; remove it and write each list out';
        problems.push({ line: fileLine, message });
        return;
      }
      // Only a value that is itself the anchored text can be shown quoted; `[&x a, b]` would become one string.
      const example = entry?.value.startsWith('&') ? `: ${entry.lead}${quoted(entry.value)}` : '';
      problems.push({ line: fileLine, message: `bad YAML: ${SPECIAL_START_HINT('&')}${example}` });
    },
  });
  return problems;
}

/**
 * Says what an HR author most likely got wrong, in plain words, for each error `yaml` reports; the library's
 * own message is kept where no hint applies or it adds something (which column is off). One problem per line:
 * a single slip often makes the library report two or three errors at the same place.
 * `firstLine` is the file line the YAML starts on: 2 for front matter, 1 for a whole YAML file.
 */
export function describeYamlErrors(
  errors: readonly YAMLError[],
  yamlText: string,
  document: Document.Parsed,
  firstLine: number = FRONT_MATTER_LINE,
): FileProblem[] {
  const byLine = new Map<number, FileProblem>();
  for (const error of errors) {
    const { line, hint, detail } = explain(error, yamlText, document);
    const fileLine = line + firstLine - 1;
    const library = firstSentence(error.message);
    const message =
      hint === undefined ? library : detail ? `${hint} (the YAML reader says: ${lowerFirst(library)})` : hint;
    // Several errors on one line: the first is the cause, the rest follow from it ("[#pto" is a comment
    // first, an unclosed list only because of it).
    if (!byLine.has(fileLine)) byLine.set(fileLine, { line: fileLine, message: `bad YAML: ${message}` });
  }
  return [...byLine.values()];
}

interface Explanation {
  /** 1-based line within the YAML text. */
  line: number;
  hint?: string;
  /** Whether the library's message adds something to the hint. */
  detail?: boolean;
}

const INDENT_HINT =
  'check the indentation of this line and the next: keys start at the beginning of a line, and list items ("- …") line up under their key, indented with spaces';

const SPECIAL_START_HINT = (character: string) =>
  `YAML reads a value that starts with "${character}" as a special instruction; put the whole value in quotes`;

function explain(error: YAMLError, yamlText: string, document: Document.Parsed): Explanation {
  const line = error.linePos?.[0].line ?? lineOfOffset(yamlText, error.pos[0]);
  const text = lineAt(yamlText, line);
  const entry = entryOf(text);
  const example = (value: string) => (entry ? `: ${entry.lead}${value}` : '');

  // A quote or bracket left open: the library notices only where the file ends or the next key starts, so
  // point at the line that opened it, where the fix goes.
  const open = unclosedAt(document, yamlText, error.pos[0]);
  if (open) {
    const openLine = lineOfOffset(yamlText, open.start);
    const opening = lineAt(yamlText, openLine).trimEnd();
    const rest = opening.slice(open.start - offsetOfLine(yamlText, openLine) + 1);
    const closed = /[[\]{}"']/.test(rest) ? '' : `: ${opening.trimStart()}${open.closer}`;
    const { name, what, end } = OPENERS[open.opener] ?? { name: open.opener, what: 'value', end: open.closer };
    return {
      line: openLine,
      hint: `the ${name} that starts this ${what} is never closed; end it with ${end}${closed}`,
    };
  }
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { line, hint: 'this line is indented with a tab; YAML needs spaces, so replace the tab with spaces' };
    case 'DUPLICATE_KEY':
      return entry?.key
        ? { line, hint: `"${entry.key}" is already set above; keep only one "${entry.key}:" line` }
        : { line };
    case 'BAD_DQ_ESCAPE':
      return {
        line,
        hint: `a backslash (\\) inside double quotes starts an escape code; use single quotes instead${example(singleQuoted(unquote(entry?.value ?? '')))}`,
      };
  }
  const special = specialStartHint(text);
  if (special) return { line, hint: special };
  if (error.code === 'UNEXPECTED_TOKEN' && entry && /^["']/.test(entry.value)) {
    const quote = entry.value.charAt(0);
    const inner = unquote(entry.value);
    if (quote === "'" && entry.value.endsWith("'")) {
      return {
        line,
        hint: `an apostrophe inside single quotes ends the value early; use double quotes instead${example(doubleQuoted(inner))}`,
      };
    }
    const other = quote === '"' ? singleQuoted(entry.value) : doubleQuoted(entry.value);
    return {
      line,
      hint: `a value that starts with a quote must end with it; to keep the quotes, put the whole value in the other kind of quotes${example(other)}`,
    };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && entry && /:(?:\s|$)/.test(entry.value)) {
    return {
      line,
      hint: `a ": " (colon and space) inside a value makes YAML read it as another key; put the whole value in quotes${example(quoted(entry.value))}`,
    };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' && !entry && !/^\s*-(?:\s|$)/.test(text)) {
    const noSpace = /^(\s*[^\s:#][^:#]*?):(\S.*)$/.exec(text);
    return noSpace
      ? { line, hint: `put a space after the colon: ${`${noSpace[1]}: ${noSpace[2]}`.trimStart()}` }
      : { line, hint: 'each line needs a key, a colon and a space before its value, e.g. question: When is payday?' };
  }
  if (
    error.code === 'BAD_INDENT' ||
    error.code === 'BLOCK_AS_IMPLICIT_KEY' ||
    error.code === 'MULTILINE_IMPLICIT_KEY'
  ) {
    return { line, hint: INDENT_HINT, detail: error.code === 'BAD_INDENT' };
  }
  return { line };
}

/** The quote, "[" or "{" left open where an error was found: a node that runs up to the error unclosed. */
function unclosedAt(
  document: Document.Parsed,
  yamlText: string,
  offset: number,
): { opener: string; closer: string; start: number } | undefined {
  let found: { opener: string; closer: string; start: number } | undefined;
  visit(document, {
    Node(_, node) {
      const range = node.range;
      if (!range || range[1] !== offset) return;
      const opener = yamlText.charAt(range[0]);
      const closer = CLOSERS[opener];
      const closed =
        closer !== undefined &&
        yamlText
          .slice(range[0] + 1, range[1])
          .trimEnd()
          .endsWith(closer);
      if (closer === undefined || closed) return;
      // The innermost wins: in `["a, b]` the quote is what is left open, not the list.
      if (!found || range[0] > found.start) found = { opener, closer, start: range[0] };
    },
  });
  return found;
}

const CLOSERS: Readonly<Record<string, string>> = { '[': ']', '{': '}', '"': '"', "'": "'" };

/** How to name what was left open, in words an author knows. */
const OPENERS: Readonly<Record<string, { name: string; what: string; end: string }>> = {
  '[': { name: '"["', what: 'list', end: '"]"' },
  '{': { name: '"{"', what: 'group of keys', end: '"}"' },
  '"': { name: 'double quote (")', what: 'value', end: 'a double quote' },
  "'": { name: "single quote (')", what: 'value', end: 'a single quote' },
};

/** A line read as `key: value` or `- value`: `lead` is everything before the value. */
function entryOf(text: string): { lead: string; key?: string; value: string } | undefined {
  const keyed = /^(\s*(?:-\s+)?)([^\s#"'[{-][^:#]*?)\s*:\s+(\S.*?)\s*$/.exec(text);
  if (keyed?.[1] !== undefined && keyed[2] !== undefined && keyed[3] !== undefined) {
    return { lead: `${keyed[1].trimStart()}${keyed[2]}: `, key: keyed[2], value: keyed[3] };
  }
  const item = /^\s*-\s+(\S.*?)\s*$/.exec(text);
  return item?.[1] === undefined ? undefined : { lead: '- ', value: item[1] };
}

/** The hint for a value that starts with a character YAML reserves, when the line has one. */
function specialStartHint(text: string): string | undefined {
  const entry = entryOf(text);
  const character = entry?.value.charAt(0);
  if (!entry || character === undefined || character === '' || !'*&!%@`|>'.includes(character)) return undefined;
  // `question: |` alone starts a multi-line value: that is YAML used on purpose.
  if (/^[|>][-+0-9]*$/.test(entry.value)) return undefined;
  return `${SPECIAL_START_HINT(character)}: ${entry.lead}${quoted(entry.value)}`;
}

/** A value in quotes, as an author would write it: double quotes unless the value holds one. */
function quoted(value: string): string {
  return value.includes('"') && !value.includes("'") ? singleQuoted(value) : doubleQuoted(value);
}

/** A YAML double-quoted scalar of the text. */
export function doubleQuoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A value without the quotes around it, when it has a pair. */
function unquote(value: string): string {
  const quote = value.charAt(0);
  return value.length >= 2 && /["']/.test(quote) && value.endsWith(quote) ? value.slice(1, -1) : value;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The 1-based line a character offset is on. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return offset;
}

/** The text of a 1-based line, without its line ending. */
function lineAt(text: string, line: number): string {
  const start = offsetOfLine(text, line);
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

/** Finds the file line of a YAML key or value, parsing with positions only when first asked. */
export class FrontMatterLocator {
  private located?: { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter };

  /** `firstLine` is the file line the YAML starts on: 2 for front matter, 1 for a whole YAML file. */
  constructor(
    private readonly yamlText: string,
    private readonly firstLine: number = FRONT_MATTER_LINE,
  ) {}

  /** The 1-based file line of a value (or, with `key`, of a top-level key); undefined when absent. */
  lineOf(path: ReadonlyArray<PropertyKey>, { key = false } = {}): number | undefined {
    if (!this.located) {
      const lineCounter = new LineCounter();
      this.located = { document: parseDocument(this.yamlText, { lineCounter }), lineCounter };
    }
    const { document, lineCounter } = this.located;
    const toLine = (offset: number | undefined) =>
      offset === undefined ? undefined : lineCounter.linePos(offset).line + this.firstLine - 1;
    if (key && path.length === 1 && isMap(document.contents)) {
      const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === path[0]);
      return pair && isScalar(pair.key) ? toLine(pair.key.range?.[0]) : undefined;
    }
    const keys = path.filter((part): part is string | number => typeof part !== 'symbol');
    for (let depth = keys.length; depth > 0; depth--) {
      const node = document.getIn(keys.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node) {
        const range = (node as { range?: [number, number, number] | null }).range;
        if (range) return toLine(range[0]);
      }
    }
    return undefined;
  }
}

/** The first line of a `yaml` error, without the position it repeats (the caller reports the line). */
function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
