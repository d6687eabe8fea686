import { markdownToMrkdwn } from '../blocks/mrkdwn';
import type { LoadOptions } from '../knowledge/load-knowledge';

/** How `validate` loads a knowledge base: every answer converted to Slack mrkdwn, and timed, at load. */
export const SLACK_RENDERING: LoadOptions = { renderAnswer: markdownToMrkdwn };
