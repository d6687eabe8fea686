import fc from 'fast-check';

/** Pieces that have broken chat bots: Slack markup, broadcasts, entities, control characters, emoji, RTL. */
const NASTY = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123|@hr-team>',
  '<@U0123ABC>',
  '<@W0123|someone>',
  '<#C0123|general>',
  '<https://evil.example/x|totally safe>',
  '<mailto:a@b.c|mail>',
  '@here',
  '@channel',
  '&amp;',
  '&lt;',
  '&gt;',
  '&',
  '<',
  '>',
  '|',
  '```',
  '`',
  '*',
  '_',
  '~',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u200b',
  '\u202e',
  '\n',
  '\t',
  '🙂',
  '👨‍👩‍👧',
  '\ud83d',
  'ما هو',
  'שלום',
  'peo',
  'aso',
  'vs',
  'gen ai',
  'what is',
  "'s",
  'p.e.o.',
  ':smile:',
];

/** Text built from arbitrary Unicode and the pieces above, up to about 5,000 characters. */
export const hostileText = fc
  .array(
    fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 12 })),
    {
      maxLength: 60,
    },
  )
  .chain((parts) =>
    fc.oneof(
      fc.constant(parts.join(' ')),
      fc.constant(parts.join('')),
      fc.nat({ max: 5000 }).map((length) =>
        parts
          .join(' ')
          .repeat(Math.ceil(length / Math.max(1, parts.join(' ').length)))
          .slice(0, length),
      ),
    ),
  );
