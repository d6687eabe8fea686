import jsYaml from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

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
    return {
      ok: false,
      problems: [{ line: 1, message: 'the file must start with a "---" line that opens the front matter' }],
    };
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

/** The opening `---` line, and a later `---` line; both may carry trailing spaces and CRLF endings. */
const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /\n---[ \t]*(?:\r?\n|$)/g;

/**
 * Parses front matter. Valid files take the fast path (js-yaml, about 4× faster than `yaml`, which matters
 * at 10,000 FAQs); only a file with a problem is parsed again by `yaml`, whose errors carry exact lines.
 */
export function parseFrontMatter(
  yamlText: string,
): { ok: true; data: unknown } | { ok: false; problems: FileProblem[] } {
  try {
    return { ok: true, data: jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA }) ?? {} };
  } catch (fastError) {
    const document = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
    const problems = [...document.errors, ...document.warnings].map((error) => ({
      line: (error.linePos?.[0].line ?? 1) + FRONT_MATTER_LINE - 1,
      message: `bad YAML: ${firstSentence(error.message)}`,
    }));
    if (problems.length > 0) return { ok: false, problems };
    // The two parsers disagree (rare): report js-yaml's own error and position.
    const line =
      fastError instanceof jsYaml.YAMLException ? fastError.mark.line + FRONT_MATTER_LINE : FRONT_MATTER_LINE;
    const reason = fastError instanceof jsYaml.YAMLException ? fastError.reason : String(fastError);
    return { ok: false, problems: [{ line, message: `bad YAML: ${reason}` }] };
  }
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
export function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
