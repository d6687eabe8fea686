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
  statsForHr: () =>
    buildNotice(
      'Sorry, `/hrfaq stats` is for the HR team. Ask me an HR question instead, e.g. `/hrfaq &lt;your question&gt;`.',
    ),
  statsUnavailable: () =>
    buildNotice(":warning: Sorry, the figures couldn't be read just now. Please try again in a minute."),
  learnedKept: (question: string) =>
    buildNotice(`:white_check_mark: Kept: “${question}”. \`npm run learn -- --apply\` writes it into the FAQ file.`),
  learnedUndone: (question: string) =>
    buildNotice(
      `:leftwards_arrow_with_hook: Undone: “${question}” is no longer answered that way, and won't be learned again.`,
    ),
  learnedGone: () => buildNotice('That phrasing is no longer learned (it was undone or written into the FAQ files).'),
  learnedForHr: () => buildNotice('Sorry, only the HR admins can keep or undo what the bot learned.'),
  learningOff: () => buildNotice('Learning is switched off (LEARNING=off), so there is nothing to keep or undo.'),
  sharedElsewhere: () =>
    buildNotice("I can't post in this conversation. Invite me to the channel first, or share the answer yourself."),
};
