import { wrapText } from '../../src/cli/wrap';

describe('wrapText', () => {
  it('breaks at spaces, never inside a word', () => {
    expect(wrapText('one two three four five six seven eight nine', 20)).toBe(
      'one two three four\nfive six seven eight\nnine',
    );
  });

  it('gives a word longer than the line a line of its own', () => {
    const url = `https://example.com/${'x'.repeat(40)}`;
    expect(wrapText(`see ${url} now`, 20)).toBe(`see\n${url}\nnow`);
  });

  it('lines continuation lines up under a list item or a numbered button', () => {
    expect(wrapText('• alpha beta gamma delta epsilon', 20)).toBe('• alpha beta gamma\n  delta epsilon');
    expect(wrapText('  [2] What is the difference between things?', 24)).toBe(
      '  [2] What is the\n      difference between\n      things?',
    );
  });

  it('does not count colour codes as width', () => {
    const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
    expect(wrapText(`${bold('abcd')} efgh`, 20)).toBe(`${bold('abcd')} efgh`);
  });

  it('keeps short lines and blank lines as they are', () => {
    expect(wrapText('a\n\nb', 20)).toBe('a\n\nb');
  });
});
