import type { webApi } from '@slack/bolt';
import type { Message } from '../blocks/elements';
import { waitOutRateLimits } from '../slack/rate-limited';

/** Posts a card in a conversation (in a thread when given), without link previews. */
export async function postMessage(
  client: webApi.WebClient,
  { channel, threadTs }: { channel: string; threadTs?: string },
  message: Message,
): Promise<void> {
  await waitOutRateLimits(() =>
    client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    }),
  );
}
