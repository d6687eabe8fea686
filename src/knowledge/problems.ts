import path from 'node:path';

/** One thing wrong with the knowledge base, pointing at the file (and line) an HR author must fix. */
export interface KnowledgeProblem {
  /** Path of the offending file, relative to the knowledge folder's parent when possible. */
  file: string;
  /** 1-based line in that file, when the problem can be pinned to one. */
  line?: number;
  message: string;
}

export function formatProblem(problem: KnowledgeProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}`;
}

export function sortProblems(problems: KnowledgeProblem[]): KnowledgeProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** Shows a path the way an author would type it: relative to the working directory when it sits inside it. */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
