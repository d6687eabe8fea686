import { markdownToMrkdwn } from '../../src/blocks/mrkdwn';
import { joinSoftBreaks } from '../../src/blocks/soft-breaks';

describe('answers wrapped over several lines', () => {
  it('become one paragraph, the lines joined by a space; a blank line starts a new one', () => {
    const mrkdwn = markdownToMrkdwn('Employees earn **15 days**\nof paid time off\na year.\n\nAsk your manager.');
    // slackify-markdown puts zero-width spaces around bold so Slack sees it mid-sentence.
    expect(mrkdwn.replace(/\u200b/g, '')).toBe(
      'Employees earn *15 days* of paid time off a year.\n\nAsk your manager.',
    );
  });

  it('keep list items apart, and join a list item wrapped over two lines', () => {
    expect(joinSoftBreaks('- one\n- two that is\n  wrapped\n- three')).toBe('- one\n- two that is wrapped\n- three');
    expect(markdownToMrkdwn('1. first\n2. second')).toMatch(/^1\.\s+first\n2\.\s+second$/);
  });

  it('keep code blocks, tables and hard breaks line by line', () => {
    const code = '```\nline one\nline two\n```';
    expect(joinSoftBreaks(code)).toBe(code);
    const table = '| a | b |\n| - | - |\n| 1 | 2 |';
    expect(joinSoftBreaks(table)).toBe(table);
    expect(joinSoftBreaks('Address:  \n1 Main St')).toBe('Address:  \n1 Main St');
    expect(joinSoftBreaks('Address:\\\n1 Main St')).toBe('Address:\\\n1 Main St');
  });

  it('join a wrapped block quote inside the quote', () => {
    expect(joinSoftBreaks('> quoted and\n> wrapped\n\nafter')).toBe('> quoted and wrapped\n\nafter');
  });

  it('leave a single-line answer exactly as it was', () => {
    expect(joinSoftBreaks('Just one line.')).toBe('Just one line.');
  });
});
