import { escapeUserText, plain, quoteUserText, splitMrkdwn, truncate } from '../../src/blocks/text';

describe('truncate', () => {
  it('leaves short text alone and cuts long text with an ellipsis within the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('a'.repeat(200), 150);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits an emoji in half', () => {
    const cut = truncate('😀'.repeat(100), 75);
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('escapeUserText', () => {
  it('escapes &, < and > so markup typed by a user shows as text', () => {
    expect(escapeUserText('<!channel> & <@U123> <https://evil|ok>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil|ok&gt;',
    );
  });

  it('breaks plain @here, @channel and @everyone', () => {
    expect(escapeUserText('@here @Channel @everyone')).not.toMatch(/@(here|channel|everyone)/i);
  });
});

describe('quoteUserText', () => {
  it('puts a question on one short escaped line', () => {
    const quoted = quoteUserText(`line one\nline\u0007 two <!here> ${'x'.repeat(500)}`);
    expect(quoted).not.toMatch(/\p{Cc}/u);
    expect(quoted).toContain('&lt;!here&gt;');
    expect(quoted.length).toBeLessThan(260);
  });

  it('drops right-to-left overrides that could disguise the echoed text', () => {
    expect(quoteUserText('safe \u202egnp.exe')).toBe('safe gnp.exe');
  });

  it('does not let mrkdwn markers break the surrounding bold', () => {
    expect(quoteUserText('*bold* _it_')).not.toMatch(/(^|[^\u200b])\*/);
  });
});

describe('plain', () => {
  it('strips control characters and never returns empty text', () => {
    expect(plain('a\u0000b', 10)).toBe('ab');
    expect(plain('   ', 10)).toBe('…');
  });
});

describe('splitMrkdwn', () => {
  it('splits at paragraph breaks and keeps every piece within the limit', () => {
    const paragraph = `${'word '.repeat(100).trim()}.`;
    const pieces = splitMrkdwn(Array.from({ length: 20 }, () => paragraph).join('\n\n'), 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    expect(pieces.join('\n\n')).toBe(Array.from({ length: 20 }, () => paragraph).join('\n\n'));
  });

  it('never cuts inside a link', () => {
    const link = '<https://example.com/a-very-long-path|a link label>';
    const text = `${'x'.repeat(2990)} ${link} tail`;
    for (const piece of splitMrkdwn(text, 3000)) {
      expect((piece.match(/</g) ?? []).length).toBe((piece.match(/>/g) ?? []).length);
    }
  });

  it('never cuts inside a link whose end lies past the cut', () => {
    const text = `${'word '.repeat(55)}see <https://example.com/policy|the full leave policy> for details`;
    const [first] = splitMrkdwn(text, 300);
    expect(first).not.toContain('<https');
    expect((first?.match(/</g) ?? []).length).toBe((first?.match(/>/g) ?? []).length);
  });

  it('hard-cuts text without spaces', () => {
    const pieces = splitMrkdwn('y'.repeat(7000), 3000);
    expect(pieces.map((piece) => piece.length)).toEqual([3000, 3000, 1000]);
  });
});
