/** Slack's Block Kit limits, in one place: every builder stays within them through the helpers in text.ts. */
export const LIMITS = {
  headerText: 150,
  sectionText: 3000,
  contextText: 3000,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  messageBlocks: 50,
  viewBlocks: 100,
  /** Top-level `text`: Slack allows far more, but notifications show a line or two. */
  fallbackText: 3000,
} as const;

/** How many related-question buttons an answer card offers. */
export const MAX_RELATED_BUTTONS = 6;
