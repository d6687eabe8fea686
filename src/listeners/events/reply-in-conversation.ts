import type { Logger, webApi } from '@slack/bolt';
import type { Message } from '../../blocks/elements';
import type { Reply } from '../../service/hrfaq-service';
import { logHandled } from '../request-log';

/** Posts a reply card where a message came from (in its thread when given) and logs the request. */
export async function replyInConversation(
  client: webApi.WebClient,
  logger: Logger,
  where: { channel: string; threadTs?: string },
  reply: Reply,
  request: { type: string; startedAt: number },
): Promise<void> {
  await postMessage(client, where, reply.message);
  logHandled(logger, {
    ...request,
    band: reply.kind === 'answer' ? reply.result.band : reply.kind,
    faq: reply.kind === 'answer' ? reply.result.match?.faq.id : undefined,
  });
}

export async function postMessage(
  client: webApi.WebClient,
  { channel, threadTs }: { channel: string; threadTs?: string },
  message: Message,
): Promise<string | undefined> {
  const result = await client.chat.postMessage({
    channel,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
  return result.ts;
}
