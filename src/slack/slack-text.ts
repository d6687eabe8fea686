/**
 * Slack escapes `&`, `<` and `>` in the text it sends (`&amp;`, `&lt;`, `&gt;`), and the cards escape
 * whatever they echo. Decoding at the boundary means the text is escaped once, so a question typed as
 * "a <b> & c" is shown as typed, not as "&amp;lt;b&amp;gt;".
 */
export function fromSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
