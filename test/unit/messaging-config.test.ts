import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { senderDomain } from '../../src/platform/messaging/smtp-transport.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('messaging configuration', () => {
  test('without variables no transport is configured', () => {
    assert.deepEqual(loadConfig({}).messaging, { smtp: null, smsGateway: null });
  });

  test('SMTP with a sender and a gateway with a token are read as given', () => {
    const config = loadConfig({
      MESTRING_SMTP_URL: 'smtp://mestring:hemmelig@mail.randers.dk:587', MESTRING_MAIL_FROM: 'Mestring Randers <noreply@randers.dk>',
      MESTRING_SMS_GATEWAY_URL: 'https://sms.example.dk/v1/messages', MESTRING_SMS_GATEWAY_TOKEN: 'token-123',
    });
    assert.deepEqual(config.messaging, {
      smtp: { url: 'smtp://mestring:hemmelig@mail.randers.dk:587', from: 'Mestring Randers <noreply@randers.dk>' },
      smsGateway: { url: 'https://sms.example.dk/v1/messages', token: 'token-123' },
    });
  });

  test('http to this machine is allowed for a gateway (tests, a local adapter)', () => {
    const config = loadConfig({ MESTRING_SMS_GATEWAY_URL: 'http://127.0.0.1:8089/sms', MESTRING_SMS_GATEWAY_TOKEN: 't' });
    assert.equal(config.messaging.smsGateway?.url, 'http://127.0.0.1:8089/sms');
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['an SMTP URL of another kind', { MESTRING_SMTP_URL: 'https://mail.example.dk', MESTRING_MAIL_FROM: 'a@b.dk' }, /^MESTRING_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ address/],
    ['SMTP without a sender', { MESTRING_SMTP_URL: 'smtps://mail.example.dk:465' }, /^MESTRING_MAIL_FROM: is required when MESTRING_SMTP_URL is set/],
    ['a sender that is no address', { MESTRING_SMTP_URL: 'smtp://mail.example.dk', MESTRING_MAIL_FROM: 'Mestring' }, /^MESTRING_MAIL_FROM: must be an e-mail address/],
    ['a gateway without a token', { MESTRING_SMS_GATEWAY_URL: 'https://sms.example.dk' }, /^MESTRING_SMS_GATEWAY_TOKEN: is required when MESTRING_SMS_GATEWAY_URL is set/],
    ['a token without a gateway', { MESTRING_SMS_GATEWAY_TOKEN: 'abc' }, /^MESTRING_SMS_GATEWAY_URL: is required when MESTRING_SMS_GATEWAY_TOKEN is set/],
    ['a gateway over plain http to another machine', { MESTRING_SMS_GATEWAY_URL: 'http://sms.example.dk', MESTRING_SMS_GATEWAY_TOKEN: 'abc' }, /^MESTRING_SMS_GATEWAY_URL: must be an https:\/\/ address \(http only to this machine\)/],
    ['a gateway that is no URL', { MESTRING_SMS_GATEWAY_URL: 'sms.example.dk', MESTRING_SMS_GATEWAY_TOKEN: 'abc' }, /^MESTRING_SMS_GATEWAY_URL: must be an https:\/\/ address/],
  ];
  for (const [name, env, expected] of bad) {
    test(`${name} is a ConfigError naming the variable`, () => {
      const problems = problemsOf(env);
      assert.equal(problems.length, 1, problems.join('; '));
      assert.match(problems[0]!, expected);
    });
  }

  test('production starts without transports (the channels are off, not the sink)', () => {
    const config = loadConfig({ MESTRING_MODE: 'production', MESTRING_AUDIT_KEY: 'k'.repeat(40), MESTRING_CPR_KEY: 'c'.repeat(40), MESTRING_PUBLIC_URL: 'https://mestring.randers.dk' });
    assert.deepEqual(config.messaging, { smtp: null, smsGateway: null });
  });

  test('the Message-ID domain is the sender address\'s', () => {
    assert.equal(senderDomain('Mestring Randers <noreply@randers.dk>'), 'randers.dk');
    assert.equal(senderDomain('noreply@mestring.example'), 'mestring.example');
  });
});
