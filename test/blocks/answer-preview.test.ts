import { answerPreview, PREVIEW_LENGTH } from '../../src/blocks/answer-preview';

describe('answerPreview', () => {
  it('gives a short answer whole, as plain text without Markdown marks', () => {
    expect(
      answerPreview('Payday is the **15th** and the *last day* of each month. See [the calendar](https://x.test).'),
    ).toBe('Payday is the 15th and the last day of each month. See the calendar.');
  });

  it('joins paragraphs, and list items with semicolons, in order', () => {
    expect(answerPreview('You can:\n\n- ask your manager\n- email `hr@example.com`\n\nThen wait.')).toBe(
      'You can: ask your manager; email hr@example.com Then wait.',
    );
  });

  it('joins the lines of a wrapped paragraph with spaces', () => {
    expect(answerPreview('One line\nwrapped here.')).toBe('One line wrapped here.');
  });

  it('leaves out code blocks, tables and HTML', () => {
    const markdown = 'Intro.\n\n```\nsecret code\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<div>html</div>\n\nOutro.';
    expect(answerPreview(markdown)).toBe('Intro. Outro.');
  });

  it('cuts a long answer after the last whole sentence that fits, and says more follows', () => {
    const sentence = 'This sentence is exactly fifty characters long ok. ';
    const preview = answerPreview(sentence.repeat(10));
    expect(preview.length).toBeLessThanOrEqual(PREVIEW_LENGTH + 2);
    expect(preview).toMatch(/ok\. …$/);
  });

  it('reads a heading as a lead-in to the text after it', () => {
    expect(answerPreview('## Overview\n\nPayday is the 15th.')).toBe('Overview: Payday is the 15th.');
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = `${'Staff in the U.S. and Canada get paid leave. '.repeat(3)}More words follow here, e.g. this.`;
    const preview = answerPreview(text, 100);
    expect(preview).toMatch(/leave\. …$/);
    expect(answerPreview(`${'word '.repeat(15)}per the U.S. rules ${'more '.repeat(20)}`, 100)).not.toMatch(
      /U\.S\. …$/,
    );
  });

  it('never cuts an emoji in half', () => {
    const preview = answerPreview('😀'.repeat(200), 52);
    expect(preview.endsWith('…')).toBe(true);
    expect(preview).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('cuts at a word when no sentence ends in time', () => {
    const preview = answerPreview('word '.repeat(100), 50);
    expect(preview).toMatch(/^(word ){9}word…$/);
  });

  it('cuts after a list item when no sentence ends in time', () => {
    const items = Array.from({ length: 30 }, (_, index) => `- item number ${index}`).join('\n');
    expect(answerPreview(items, 60)).toMatch(/; …$/);
  });

  it('reads only the opening of a very long answer, and gives the same start', () => {
    const start = 'First paragraph of the answer.\n\n';
    const long = `${start}${'More text here. '.repeat(2000)}`;
    expect(answerPreview(long)).toBe(answerPreview(`${start}${'More text here. '.repeat(20)}`));
  });

  it('gives no preview, rather than an error, for Markdown too deeply nested to parse', () => {
    expect(answerPreview(`${'>'.repeat(20_000)} deep`, 5000)).toBe('');
  });

  it('is empty for an answer with no prose', () => {
    expect(answerPreview('| a | b |\n| - | - |\n| 1 | 2 |')).toBe('');
    expect(answerPreview('')).toBe('');
  });
});
