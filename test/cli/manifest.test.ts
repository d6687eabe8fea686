import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  httpManifest,
  MANIFEST_FILE,
  manifestProblems,
  REQUEST_URL_KEYS,
  requestUrlFor,
} from '../../src/cli/commands/manifest';
import { main } from '../../src/cli/main';
import { fakeIo } from '../helpers/cli-io';

async function run(argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('manifest', () => {
  it('prints manifest.yml for Socket Mode without --url', async () => {
    const result = await run(['manifest']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(MANIFEST_FILE, 'utf8'));
  });

  describe('with --url', () => {
    it('turns socket mode off and fills in all three request URLs', async () => {
      const result = await run(['manifest', '--url', 'https://host.example.com']);
      expect(result.code).toBe(0);
      const manifest = parse(result.stdout);
      const url = 'https://host.example.com/slack/events';
      expect(manifest.settings.socket_mode_enabled).toBe(false);
      expect(manifest.settings.event_subscriptions.request_url).toBe(url);
      expect(manifest.settings.interactivity.request_url).toBe(url);
      expect(manifest.features.slash_commands.map((command: { url: string }) => command.url)).toEqual([url]);
      expect(REQUEST_URL_KEYS).toHaveLength(3);
    });

    it('validates against Slack’s schema, and keeps everything else as manifest.yml has it', async () => {
      const socket = parse(readFileSync(MANIFEST_FILE, 'utf8'));
      const http = parse((await run(['manifest', '--url', 'https://host.example.com/'])).stdout);
      expect(manifestProblems(http)).toEqual([]);
      expect(http.display_information).toEqual(socket.display_information);
      expect(http.oauth_config).toEqual(socket.oauth_config);
      expect(http.settings.event_subscriptions.bot_events).toEqual(socket.settings.event_subscriptions.bot_events);
    });

    it('keeps the comments, with the opening note saying it is for HTTP mode', () => {
      const text = httpManifest(readFileSync(MANIFEST_FILE, 'utf8'), 'https://h.example/slack/events');
      expect(text).toMatch(/^# Paste into https:\/\/api\.slack\.com\/apps/);
      expect(text).toContain('# Set up for HTTP mode');
      expect(text).not.toContain('Set up for Socket Mode');
    });

    it('refuses an address that is not https', async () => {
      for (const url of ['http://host.example.com', 'host.example.com', 'https://h.example/?a=1']) {
        const result = await run(['manifest', '--url', url]);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/--url must be your app's https:\/\/ address/);
      }
    });
  });

  it('builds the request URL from a base address, a trailing slash or the full path', () => {
    expect(requestUrlFor('https://h.example')).toBe('https://h.example/slack/events');
    expect(requestUrlFor('https://h.example/')).toBe('https://h.example/slack/events');
    expect(requestUrlFor('https://h.example/bot/')).toBe('https://h.example/bot/slack/events');
    expect(requestUrlFor('https://h.example/slack/events')).toBe('https://h.example/slack/events');
  });

  it('reports schema problems (the check can fail)', () => {
    expect(manifestProblems({ display_information: {}, unknown: 1 })).not.toEqual([]);
  });
});
