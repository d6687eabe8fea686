import type { types } from '@slack/bolt';
import { LIMITS } from './limits';
import { plain, splitMrkdwn, truncate } from './text';

/** What every builder returns: the blocks plus the `text` fallback Slack uses for notifications and screen readers. */
export interface Message {
  text: string;
  blocks: types.KnownBlock[];
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: plain(text, LIMITS.headerText), emoji: true } };
}

/** One section per 3000 characters of mrkdwn. */
export function sections(mrkdwn: string): types.SectionBlock[] {
  return splitMrkdwn(mrkdwn, LIMITS.sectionText).map((piece) => section(piece));
}

export function section(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, LIMITS.sectionText) } };
}

export function context(...parts: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: parts
      .filter((part) => part.trim() !== '')
      .slice(0, LIMITS.contextElements)
      .map((part) => ({ type: 'mrkdwn', text: truncate(part, LIMITS.contextText) })),
  };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: plain(text, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

/** An actions block; buttons beyond Slack's 25 are dropped, and ids are made unique within the block. */
export function actions(buttons: types.Button[], blockId?: string): types.ActionsBlock {
  const seen = new Map<string, number>();
  const elements = buttons.slice(0, LIMITS.actionsElements).map((element) => {
    const count = seen.get(element.action_id ?? '') ?? 0;
    seen.set(element.action_id ?? '', count + 1);
    return { ...element, action_id: `${element.action_id}:${count}` };
  });
  return { type: 'actions', elements, ...(blockId ? { block_id: blockId } : {}) };
}

/**
 * Keeps a message within Slack's 50 blocks: when a long answer would overflow, the blocks after the
 * budget are dropped from the middle (the answer's tail) and the card's closing blocks are kept.
 */
export function fitBlocks(
  body: types.KnownBlock[],
  footer: types.KnownBlock[],
  max: number = LIMITS.messageBlocks,
): types.KnownBlock[] {
  if (body.length + footer.length <= max) return [...body, ...footer];
  const room = Math.max(0, max - footer.length - 1);
  return [...body.slice(0, room), context('_The rest of this answer is too long for one Slack message._'), ...footer];
}
