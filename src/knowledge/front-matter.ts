import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** The parts of an FAQ file: its YAML front matter (parsed, with positions) and the Markdown body. */
export interface SplitFile {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** 1-based line of the first front-matter line (the one after the opening `---`). */
  frontMatterLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

export interface FileProblem {
  line?: number;
  message: string;
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits a file into front matter and body. Written by hand rather than with a front-matter package
 * because the loader needs exact line numbers for every problem, which `yaml` gives once it sees the
 * front matter on its own.
 */
export function splitFrontMatter(raw: string): { ok: true; file: SplitFile } | { ok: false; problems: FileProblem[] } {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      problems: [{ line: 1, message: 'the file must start with a "---" line that opens the front matter' }],
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return {
      ok: false,
      problems: [{ line: 1, message: 'the front matter opened on line 1 is never closed with a "---" line' }],
    };
  }
  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, closing).join('\n');
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: FileProblem[] = [...document.errors, ...document.warnings].map((error) => ({
    line: (error.linePos?.[0].line ?? 1) + 1,
    message: `bad YAML: ${firstSentence(error.message)}`,
  }));
  if (problems.length > 0) return { ok: false, problems };
  if (!isMap(document.contents)) {
    return {
      ok: false,
      problems: [{ line: 2, message: 'the front matter must be "key: value" lines (question, category, …)' }],
    };
  }
  return {
    ok: true,
    file: {
      document,
      lineCounter,
      frontMatterLine: 2,
      body: lines.slice(closing + 1).join('\n'),
      bodyLine: closing + 2,
    },
  };
}

/** The 1-based file line of a front-matter value (or of its key, for unknown keys); undefined when absent. */
export function lineOf(file: SplitFile, path: ReadonlyArray<PropertyKey>, { key = false } = {}): number | undefined {
  const { document, lineCounter, frontMatterLine } = file;
  const toLine = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line + frontMatterLine - 1;
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

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
