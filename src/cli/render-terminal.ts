import { ACTIONS, actionIdPattern } from '../blocks/action-ids';
import type { Message } from '../blocks/elements';

/** A button the terminal user can pick by number. */
export interface Choice {
  label: string;
  value: string;
}

export interface Rendered {
  text: string;
  choices: Choice[];
}

/** Buttons that lead to another card; the terminal numbers these so they can be picked. */
const PICKABLE = actionIdPattern(ACTIONS.openFaq, ACTIONS.back);

/**
 * Renders a Slack message for a terminal, from the very blocks the bot would post: header, mrkdwn
 * (bold, links and entities made readable), context lines, and buttons numbered so `chat` can follow them.
 */
export function renderForTerminal(message: Message, options: { color: boolean; commandsAsTyped?: boolean }): Rendered {
  const bold = (text: string) => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text);
  // In `chat` people type `list`, not `/hrfaq list`, so the cards' tips say it that way there.
  const asTyped = (mrkdwn: string) => (options.commandsAsTyped ? mrkdwn.replace(/`\/hrfaq ([^`]+)`/g, '`$1`') : mrkdwn);
  const lines: string[] = [];
  const choices: Choice[] = [];
  for (const block of message.blocks) {
    switch (block.type) {
      case 'header':
        lines.push(bold(block.text.text), '');
        break;
      case 'section':
        if (block.text) lines.push(mrkdwnForTerminal(asTyped(block.text.text), bold), '');
        break;
      case 'context':
        lines.push(
          dim(
            block.elements
              .map((element) =>
                'text' in element && typeof element.text === 'string'
                  ? mrkdwnForTerminal(asTyped(element.text), (t) => t)
                  : '',
              )
              .join('  ·  '),
          ),
        );
        break;
      case 'actions':
        for (const element of block.elements) {
          if (element.type !== 'button') continue;
          if (!PICKABLE.test(element.action_id ?? '')) continue;
          choices.push({ label: element.text.text, value: element.value ?? '' });
          lines.push(`  [${choices.length}] ${element.text.text}`);
        }
        lines.push('');
        break;
      case 'divider':
        lines.push('—'.repeat(40));
        break;
      default:
        break;
    }
  }
  return {
    text: `${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`,
    choices,
  };
}

/** The emoji codes the cards use, as the characters a terminal can show. */
const EMOJI: Record<string, string> = {
  file_folder: '📁',
  link: '🔗',
  white_check_mark: '✅',
  memo: '📝',
  warning: '⚠️',
  incoming_envelope: '📨',
};

function mrkdwnForTerminal(mrkdwn: string, bold: (text: string) => string): string {
  return mrkdwn
    .replace(/:([a-z_]+):/g, (code, name: string) => EMOJI[name] ?? code)
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/[\u200b\u2060]/g, '')
    .replace(
      /(^|[\s(])\*([^*\n]+)\*(?=[\s).,!?:;]|$)/gm,
      (_, before: string, inner: string) => `${before}${bold(inner)}`,
    )
    .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,!?:;]|$)/gm, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
