import type { types } from '@slack/bolt';
import { LIMITS } from '../../src/blocks/limits';

/** Every way a message can break Slack's Block Kit limits; empty when it is within them. */
export function blockKitViolations(
  message: { text: string; blocks: types.KnownBlock[] },
  maxBlocks: number = LIMITS.messageBlocks,
): string[] {
  const problems: string[] = [];
  if (message.text.trim() === '') problems.push('empty fallback text');
  if (message.text.length > LIMITS.fallbackText)
    problems.push(`fallback text ${message.text.length} > ${LIMITS.fallbackText}`);
  if (message.blocks.length > maxBlocks) problems.push(`${message.blocks.length} blocks > ${maxBlocks}`);
  message.blocks.forEach((block, index) => {
    const at = `block ${index} (${block.type})`;
    if (block.type === 'header' && block.text.text.length > LIMITS.headerText) problems.push(`${at}: header too long`);
    if (block.type === 'header' && block.text.text.trim() === '') problems.push(`${at}: empty header`);
    if (block.type === 'section') {
      const text = block.text?.text ?? '';
      if (text.length > LIMITS.sectionText) problems.push(`${at}: section text ${text.length}`);
      const fields = block.fields ?? [];
      if (text.trim() === '' && fields.length === 0) problems.push(`${at}: empty section`);
      if (fields.length > 10) problems.push(`${at}: ${fields.length} fields`);
      if (fields.some((field) => field.text.length > 2000)) problems.push(`${at}: long field`);
    }
    if (block.type === 'context') {
      if (block.elements.length === 0 || block.elements.length > LIMITS.contextElements)
        problems.push(`${at}: ${block.elements.length} elements`);
      for (const element of block.elements) {
        if ('text' in element && typeof element.text === 'string' && element.text.length > LIMITS.contextText)
          problems.push(`${at}: long context`);
      }
    }
    if (block.type === 'actions') {
      if (block.elements.length === 0 || block.elements.length > LIMITS.actionsElements)
        problems.push(`${at}: ${block.elements.length} elements`);
      const ids = new Set<string>();
      for (const element of block.elements) {
        if (element.type !== 'button') continue;
        if (element.text.text.length > LIMITS.buttonText) problems.push(`${at}: button text too long`);
        if (element.text.text.trim() === '') problems.push(`${at}: empty button text`);
        if ((element.value ?? '').length > LIMITS.buttonValue) problems.push(`${at}: button value too long`);
        const id = element.action_id ?? '';
        // Slack's limit on action_id length
        if (id.length === 0 || id.length > 255) problems.push(`${at}: bad action_id`);
        if (ids.has(id)) problems.push(`${at}: duplicate action_id ${id}`);
        ids.add(id);
      }
    }
  });
  return problems;
}

/** Special mentions that would notify people: <!channel>, <!here>, <!everyone>, <!subteam^…>, <@U…>. */
const PING = /<(?:!(?:channel|here|everyone|subteam\^[^>]*)|@[UW][A-Z0-9]*)[^>]*>/i;

/** Every piece of text Slack would parse as mrkdwn in a message. */
export function mrkdwnTexts(message: { text: string; blocks: types.KnownBlock[] }): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'section' && block.text?.type === 'mrkdwn') texts.push(block.text.text);
    if (block.type === 'context') {
      for (const element of block.elements) if (element.type === 'mrkdwn') texts.push(element.text);
    }
  }
  return texts;
}

/** True when the message could ping someone; `allowUser` permits the one "Shared by <@U…>" credit. */
export function pingsSomeone(message: { text: string; blocks: types.KnownBlock[] }, allowUser?: string): boolean {
  return mrkdwnTexts(message).some((text) => {
    const cleaned = allowUser ? text.replaceAll(`Shared by <@${allowUser}>`, '') : text;
    return PING.test(cleaned);
  });
}
