import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { isMap, isScalar, parseDocument } from 'yaml';
import { PROJECT_ROOT } from '../../config/paths';
import { type CliIo, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type ExitCode } from '../io';

export const MANIFEST_USAGE =
  'manifest [--url https://your.host]   print manifest.yml: for Socket Mode, or with --url for HTTP mode and Lambda';

export const MANIFEST_FILE = path.join(PROJECT_ROOT, 'manifest.yml');
/** Slack's official schema, shipped with the project (see its README) so the check works offline. */
export const MANIFEST_SCHEMA_FILE = path.join(
  PROJECT_ROOT,
  'schemas',
  'slack-manifest-schema',
  'manifest.schema.1.0.0.json',
);

/** Where Bolt's HTTP receiver and the Lambda handler take every request. */
export const EVENTS_PATH = '/slack/events';

/** The three keys that need the request URL in HTTP mode, named for the README and error messages. */
export const REQUEST_URL_KEYS = [
  'settings.event_subscriptions.request_url',
  'settings.interactivity.request_url',
  'features.slash_commands[].url',
] as const;

/**
 * The request URL for a base address: `https://host.example.com` (or `…/`) → `https://host.example.com/slack/events`.
 * Slack only sends requests to HTTPS addresses; undefined when `base` is not one.
 */
export function requestUrlFor(base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.search !== '' || url.hash !== '') return undefined;
  const withoutSlash = url.href.replace(/\/+$/, '');
  return withoutSlash.endsWith(EVENTS_PATH) ? withoutSlash : `${withoutSlash}${EVENTS_PATH}`;
}

/**
 * The manifest for HTTP mode: socket mode off and every request URL filled in. The YAML is edited as a
 * document, so its comments and layout stay as HR and developers wrote them; only the opening note changes.
 */
export function httpManifest(yamlText: string, requestUrl: string): string {
  const document = parseDocument(yamlText);
  document.setIn(['settings', 'socket_mode_enabled'], false);
  document.setIn(['settings', 'event_subscriptions', 'request_url'], requestUrl);
  document.setIn(['settings', 'interactivity', 'request_url'], requestUrl);
  const commands = document.getIn(['features', 'slash_commands']) as { items?: unknown[] } | undefined;
  (commands?.items ?? []).forEach((_, index) => {
    document.setIn(['features', 'slash_commands', index, 'url'], requestUrl);
  });
  // The opening note is attached to the first key (the yaml library's model for a comment above it).
  const first = isMap(document.contents) ? document.contents.items[0]?.key : undefined;
  const holder = isScalar(first) ? first : document;
  const [firstLine] = (holder.commentBefore ?? '').split('\n');
  holder.commentBefore = [
    firstLine,
    ` Set up for HTTP mode (or Lambda): Slack sends slash commands, events and button clicks to`,
    ` ${requestUrl}. Printed by: npm run manifest -- --url <your https address>`,
  ]
    .filter((line) => line !== undefined && line !== '')
    .join('\n');
  return document.toString({ lineWidth: 0 });
}

/** Problems with a manifest according to Slack's schema, as `path: message` lines; empty when valid. */
export function manifestProblems(manifest: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(MANIFEST_SCHEMA_FILE, 'utf8')));
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '(top level)'}: ${error.message ?? 'invalid'}`,
  );
}

/** `manifest`: prints manifest.yml for Socket Mode, or with `--url` for HTTP mode, after checking it. */
export async function manifestCommand(io: CliIo, options: { url?: string }): Promise<ExitCode> {
  const socketMode = readFileSync(MANIFEST_FILE, 'utf8');
  let text = socketMode;
  if (options.url !== undefined) {
    const requestUrl = requestUrlFor(options.url);
    if (requestUrl === undefined) {
      io.stderr(
        `--url must be your app's https:// address, e.g. https://hrfaq.example.com (got "${options.url}").\n` +
          `Usage: hrfaq ${MANIFEST_USAGE}\n`,
      );
      return EXIT_USAGE;
    }
    text = httpManifest(socketMode, requestUrl);
  }
  const problems = manifestProblems(parseDocument(text).toJS());
  if (problems.length > 0) {
    io.stderr(`The manifest does not match Slack's schema:\n${problems.map((line) => `  ${line}`).join('\n')}\n`);
    return EXIT_INVALID;
  }
  io.stdout(text);
  return EXIT_OK;
}
