import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/platform/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  test('defaults give a runnable demo on port 3000 with the embedded database in ./data', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'demo');
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, './data');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.demoLogin, true);
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.deepEqual(config.session, { idleMinutes: 30, absoluteHours: 12 });
    assert.equal(config.audit.retentionMonths, 24);
  });

  test('PORT and MESTRING_DATA_DIR are honoured', () => {
    const config = loadConfig({ PORT: '4123', MESTRING_DATA_DIR: '/var/lib/mestring' });
    assert.equal(config.port, 4123);
    assert.equal(config.dataDir, '/var/lib/mestring');
    assert.equal(config.publicUrl, 'http://localhost:4123');
  });

  const badValues: [string, Record<string, string>, RegExp][] = [
    ['a port that is not a number', { PORT: 'abc' }, /^PORT: /],
    ['a port out of range', { PORT: '70000' }, /^PORT: /],
    ['an unknown mode', { MESTRING_MODE: 'staging' }, /^MESTRING_MODE: /],
    ['a database URL of another kind', { DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must start with postgres/],
    ['audit retention below six months', { MESTRING_AUDIT_RETENTION_MONTHS: '5' }, /^MESTRING_AUDIT_RETENTION_MONTHS: must be at least 6 months/],
    ['an idle timeout of zero', { MESTRING_SESSION_IDLE_MINUTES: '0' }, /^MESTRING_SESSION_IDLE_MINUTES: /],
    ['OIDC issuers that are not JSON', { MESTRING_OIDC_STAFF: 'not json' }, /^MESTRING_OIDC_STAFF: must be a JSON list/],
    ['OIDC issuers missing a client id', { MESTRING_OIDC_CITIZEN: '[{"issuer":"https://idp.example","tenant":"x"}]' }, /^MESTRING_OIDC_CITIZEN: /],
    ['a short audit key', { MESTRING_AUDIT_KEY: 'short' }, /^MESTRING_AUDIT_KEY: must be at least 32/],
    ['a demo flag that is not a boolean', { MESTRING_DEMO_LOGIN: 'maybe' }, /^MESTRING_DEMO_LOGIN: /],
  ];
  for (const [name, env, expected] of badValues) {
    test(`refuses ${name}, naming the variable`, () => {
      const problems = problemsOf(env);
      assert.equal(problems.length, 1, problems.join('; '));
      assert.match(problems[0]!, expected);
    });
  }

  test('reports every bad variable at once', () => {
    assert.equal(problemsOf({ PORT: 'x', MESTRING_MODE: 'y', LOG_LEVEL: 'loud' }).length, 3);
  });

  test('production refuses to start with demo login, without an audit key, a CPR key or a public URL', () => {
    const problems = problemsOf({ MESTRING_MODE: 'production', MESTRING_DEMO_LOGIN: 'true' });
    assert.ok(problems.some((p) => p.startsWith('MESTRING_DEMO_LOGIN: demo login is not allowed in production')));
    assert.ok(problems.some((p) => p.startsWith('MESTRING_AUDIT_KEY: is required')));
    assert.ok(problems.some((p) => p.startsWith('MESTRING_CPR_KEY: is required')));
    assert.ok(problems.some((p) => p.startsWith('MESTRING_PUBLIC_URL: is required')));
  });

  test('production turns demo login off by default', () => {
    const config = loadConfig({ MESTRING_MODE: 'production', MESTRING_AUDIT_KEY: 'k'.repeat(40), MESTRING_CPR_KEY: 'c'.repeat(40), MESTRING_PUBLIC_URL: 'https://mestring.randers.dk' });
    assert.equal(config.demoLogin, false);
  });

  test('parses OIDC issuers for staff and citizens separately', () => {
    const staff = [{ issuer: 'https://adfs.randers.dk', clientId: 'mestring', clientSecret: 's', tenant: 'randers' }];
    const citizen = [{ issuer: 'https://broker.example/mitid', clientId: 'mestring-borger', tenant: 'randers' }];
    const config = loadConfig({ MESTRING_OIDC_STAFF: JSON.stringify(staff), MESTRING_OIDC_CITIZEN: JSON.stringify(citizen) });
    assert.deepEqual(config.oidc, { staff, citizen });
  });
});
