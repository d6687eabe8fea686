import type { Message } from './elements';

export const BLOCK_KIT_BUILDER = 'https://app.slack.com/block-kit-builder/';

/**
 * A Block Kit Builder link that opens with these blocks, so anyone can see a card as Slack renders it
 * without a workspace of their own. The builder reads the JSON from the URL's fragment.
 */
export function blockKitBuilderUrl(blocks: Message['blocks']): string {
  return `${BLOCK_KIT_BUILDER}#${encodeURIComponent(JSON.stringify({ blocks }))}`;
}
