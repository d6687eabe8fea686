import { context, type Message, section } from './elements';

/** A short message with no buttons: confirmations and polite errors. */
export function buildNotice(mrkdwn: string, hint?: string): Message {
  return { text: mrkdwn, blocks: hint ? [section(mrkdwn), context(hint)] : [section(mrkdwn)] };
}

export const NOTICES = {
  faqUnavailable: () =>
    buildNotice(
      'Sorry, that question is no longer available. It may have been removed or renamed.',
      'Ask again with `/hrfaq &lt;your question&gt;`, or browse with `/hrfaq list`.',
    ),
  somethingWentWrong: () =>
    buildNotice(':warning: Sorry, something went wrong on my side. Please try again in a moment.'),
  replyNotDelivered: () =>
    buildNotice(
      ":warning: Sorry, Slack wasn't accepting my messages for a while, so I couldn't deliver my answer. Please ask again in a moment.",
    ),
  askHrSent: (channelId: string) =>
    buildNotice(`:incoming_envelope: Sent! I posted your question in <#${channelId}>. HR will get back to you there.`),
  askHrAlreadySent: (channelId: string) =>
    buildNotice(
      `:incoming_envelope: Already sent: your question is in <#${channelId}>. HR will get back to you there.`,
    ),
  askHrLimited: () =>
    buildNotice(
      ":hourglass: You've sent HR several questions in the last hour, so I haven't posted this one. HR will get back to you on those; for anything urgent, please contact HR directly.",
    ),
  askHrUnreachable: () => buildNotice(":warning: Sorry, I couldn't reach HR just now. Please contact HR directly."),
  askHrUnavailable: () => buildNotice('Sorry, asking HR from here is not set up. Please contact HR directly.'),
  shared: () => buildNotice(':white_check_mark: Shared in the conversation.'),
  sharedElsewhere: () =>
    buildNotice("I can't post in this conversation. Invite me to the channel first, or share the answer yourself."),
};
