/** Terminal colour and style codes take no room on screen. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** A list item's or a numbered button's opening, which continuation lines indent past. */
const HANGING = /^(\s*(?:[•\-*▪◦]\s+|\d+[.)]\s+|\[\d+\]\s+)?)/;

export const DEFAULT_WIDTH = 80;

function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/**
 * Wraps text to a terminal's width at spaces, never inside a word: a word longer than the line (a long
 * link) gets a line of its own. Continuation lines of a list item or button line up under its text.
 */
export function wrapText(text: string, width: number = DEFAULT_WIDTH): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, Math.max(width, 20)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (visibleLength(line) <= width) return line;
  const hanging = HANGING.exec(line)?.[1] ?? '';
  const indent = ' '.repeat(visibleLength(hanging));
  const words = line.slice(hanging.length).split(/ +/);
  const lines: string[] = [];
  let current = hanging;
  let currentHasWord = false;
  for (const word of words) {
    if (word === '') continue;
    const candidate = currentHasWord ? `${current} ${word}` : `${current}${word}`;
    if (currentHasWord && visibleLength(candidate) > width) {
      lines.push(current);
      current = `${indent}${word}`;
    } else {
      current = candidate;
    }
    currentHasWord = true;
  }
  lines.push(current);
  return lines.join('\n');
}
