import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { MANIFEST_SCHEMA_FILE } from '../src/cli/commands/manifest';

const ROOT = path.join(__dirname, '..');
/** Slack's official manifest schema, shipped in schemas/ (a copy of ../shared/slack-manifest-schema). */
const SCHEMA = MANIFEST_SCHEMA_FILE;

function compileSchema() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

const manifest = parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8'));

describe('manifest.yml', () => {
  it('validates against Slack’s official app-manifest schema', () => {
    const validate = compileSchema();
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('uses the same schema as ../shared/slack-manifest-schema, when that folder is there', () => {
    const shared = path.join(ROOT, '..', 'shared', 'slack-manifest-schema', 'manifest.schema.1.0.0.json');
    if (!existsSync(shared)) return;
    expect(readFileSync(SCHEMA, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('catches a broken manifest (the check can fail)', () => {
    const validate = compileSchema();
    expect(validate({ ...manifest, features: { ...manifest.features, bot_user: {} } })).toBe(false);
    expect(validate({ ...manifest, unknown_key: true })).toBe(false);
  });

  it('declares /hrfaq with a usage hint', () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/hrfaq', usage_hint: expect.any(String), description: expect.any(String) }),
    ]);
  });

  it('has a bot user, the Home and Messages tabs, and interactivity', () => {
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to exactly the events the listeners handle', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
  });

  it('asks for exactly the scopes the code uses, and nothing more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
    ]);
  });
});
