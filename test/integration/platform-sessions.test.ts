import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { hashSecret, parseSessionToken } from '../../src/platform/identity/session-token.js';
import { appOnDatabase, assertAudited, assertProblem, assertUnchanged, demoIds, sessionCount, untouchableDatabase, type ExtraApp } from '../support/platform-helpers.js';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestSession } from '../support/test-app.js';

/** Sessions: the cookie, login and logout, timeouts, forged cookies, CSRF, login rate limit, demo switch, language. */

const HTTPS_URL = 'https://mestring.example.dk';
const MINUTE = 60_000;

let t: TestApp;
/** The same database behind an https public URL and a login limit of 3 a minute. */
let secure: ExtraApp;
/** Demo login switched off; it has no database at all, so any answer but a refusal would fail loudly. */
let noDemo: ExtraApp;
let ids: Awaited<ReturnType<typeof demoIds>>;

function sessionCookieOf(res: LightMyRequestResponse) {
  const cookie = res.cookies.find((c) => c.name === 'mestring_session');
  assert.ok(cookie, `a session cookie is set: ${JSON.stringify(res.headers['set-cookie'])}`);
  return cookie;
}

function rawSetCookie(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [String(header)];
  const session = all.find((c) => c.startsWith('mestring_session='));
  assert.ok(session, 'Set-Cookie for mestring_session');
  return session;
}

async function sessionRowExists(cookieValue: string): Promise<boolean> {
  const token = parseSessionToken(cookieValue);
  assert.ok(token, 'cookie value is a session token');
  const row = await t.database.db.selectFrom('session').select('user_id').where('tenant_id', '=', token.tenantId).where('token_hash', '=', hashSecret(token.secret)).executeTakeFirst();
  return row !== undefined;
}

async function demoLogin(app: Pick<TestApp, 'request'>, persona: string, extra: { remoteAddress?: string; headers?: Record<string, string> } = {}) {
  return app.request(null, { method: 'POST', url: '/api/v1/auth/demo', payload: { persona }, ...extra });
}

const me = (session: TestSession | null, headers: Record<string, string> = {}) => t.request(session, { method: 'GET', url: '/api/v1/me', headers });
const advance = (ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

before(async () => {
  t = await createTestApp();
  ids = await demoIds(t.database);
  secure = await appOnDatabase(t.database, { MESTRING_PUBLIC_URL: HTTPS_URL, MESTRING_LOGIN_RATE_LIMIT: '3' });
  noDemo = await appOnDatabase(untouchableDatabase(), { MESTRING_DEMO_LOGIN: 'false' });
});

after(async () => {
  await noDemo?.close();
  await secure?.close();
  await t?.close();
});

describe('the session cookie', () => {
  test('is HttpOnly, SameSite=Lax, for the whole site, and not Secure on http://localhost', async () => {
    const res = await demoLogin(t, 'anders');
    assert.equal(res.statusCode, 204, res.body);
    const cookie = sessionCookieOf(res);
    assert.equal(cookie.httpOnly, true);
    assert.equal(String(cookie.sameSite).toLowerCase(), 'lax');
    assert.equal(cookie.path, '/');
    assert.ok(!cookie.secure, 'not Secure: a browser would drop it on plain http');
    const raw = rawSetCookie(res);
    assert.match(raw, /;\s*HttpOnly/i);
    assert.match(raw, /;\s*SameSite=Lax/i);
    assert.doesNotMatch(raw, /;\s*Secure/i);
    assert.equal(await sessionRowExists(cookie.value), true);
  });

  test('is Secure when the public URL is https', async () => {
    const res = await demoLogin(secure, 'anders', { remoteAddress: '10.0.0.1' });
    assert.equal(res.statusCode, 204, res.body);
    const cookie = sessionCookieOf(res);
    assert.equal(cookie.secure, true);
    assert.equal(cookie.httpOnly, true);
    assert.match(rawSetCookie(res), /;\s*Secure/i);
    const session = await secure.request(null, { method: 'GET', url: '/api/v1/me', headers: { cookie: `mestring_session=${cookie.value}` } });
    assert.equal(session.statusCode, 200, session.body);
    const logout = await secure.request(null, { method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: `mestring_session=${cookie.value}` } });
    assert.equal(logout.statusCode, 204);
    assert.match(rawSetCookie(logout), /;\s*Secure/i, 'the clearing cookie matches the one it clears');
  });

  test('holds no user data: only the tenant id and a random secret, of which only a hash is stored', async () => {
    const res = await demoLogin(t, 'mikkel');
    const value = sessionCookieOf(res).value;
    const token = parseSessionToken(value);
    assert.ok(token);
    assert.equal(token.tenantId, ids.tenant('randers'));
    const stored = await t.database.db.selectFrom('session').select(['token_hash']).where('user_id', '=', ids.user('mikkel')).execute();
    assert.ok(stored.every((row) => !value.includes(row.token_hash) && row.token_hash !== token.secret));
    assert.ok(stored.some((row) => row.token_hash === hashSecret(token.secret)));
  });
});

describe('login and logout', () => {
  test('every login creates a new session id, even when the browser already has one', async () => {
    const before = await sessionCount(t.database, ids.user('mette'));
    const first = sessionCookieOf(await demoLogin(t, 'mette')).value;
    const second = sessionCookieOf(await demoLogin(t, 'mette', { headers: { cookie: `mestring_session=${first}` } })).value;
    assert.notEqual(first, second);
    assert.equal(await sessionCount(t.database, ids.user('mette')), before + 2);
    assert.equal(await sessionRowExists(first), true);
    assert.equal(await sessionRowExists(second), true);
    for (const value of [first, second]) assert.equal((await me(null, { cookie: `mestring_session=${value}` })).statusCode, 200);
  });

  test('a login is audited as session.create', async () => {
    const res = await demoLogin(t, 'louise');
    assert.equal(res.statusCode, 204);
    const entry = await assertAudited(t.database, res, { action: 'session.create', actor: ids.user('louise'), outcome: 'allowed', tenantId: ids.tenant('randers') });
    assert.equal(entry.resource_type, 'session');
    assert.equal((entry.details as { method?: string }).method, 'demo');
  });

  test('an unknown persona is 404 and creates nothing', async () => {
    const res = await assertUnchanged(t.database, () => demoLogin(t, 'nobody-here'));
    assertProblem(res, 404, 'not_found');
    assert.equal(res.cookies.length, 0);
  });

  test('logout deletes the session row, clears the cookie, and the cookie stops working', async () => {
    const a = await t.loginAs('jesper');
    const b = await t.loginAs('jesper');
    const aValue = a.cookie.slice('mestring_session='.length);
    assert.equal(await sessionRowExists(aValue), true);
    const res = await t.request(a, { method: 'POST', url: '/api/v1/auth/logout' });
    assert.equal(res.statusCode, 204);
    const cleared = sessionCookieOf(res);
    assert.equal(cleared.value, '');
    assert.ok(cleared.maxAge === 0 || (cleared.expires !== undefined && cleared.expires.getTime() < Date.now()), 'the browser is told to drop the cookie');
    assert.equal(await sessionRowExists(aValue), false);
    assertProblem(await me(a), 401, 'unauthenticated');
    assert.equal((await me(b)).statusCode, 200, 'his other session is untouched');
  });

  test('logout without a session is harmless', async () => {
    const res = await assertUnchanged(t.database, () => t.request(null, { method: 'POST', url: '/api/v1/auth/logout' }));
    assert.equal(res.statusCode, 204);
  });
});

describe('timeouts', () => {
  test('30 minutes idle ends the session', async () => {
    const session = await t.loginAs('anders');
    advance(29 * MINUTE);
    assert.equal((await me(session)).statusCode, 200);
    advance(31 * MINUTE);
    assertProblem(await me(session), 401, 'unauthenticated');
    advance(MINUTE);
    assertProblem(await me(session), 401, 'unauthenticated');
  });

  test('activity within the window keeps the session alive past 30 minutes', async () => {
    const session = await t.loginAs('anders');
    for (let i = 0; i < 4; i++) {
      advance(20 * MINUTE);
      assert.equal((await me(session)).statusCode, 200, `after ${(i + 1) * 20} minutes with activity every 20`);
    }
    advance(29 * MINUTE);
    assert.equal((await me(session)).statusCode, 200);
    advance(31 * MINUTE);
    assertProblem(await me(session), 401, 'unauthenticated');
  });

  test('12 hours is the absolute limit, however active the user is', async () => {
    const session = await t.loginAs('anders');
    const start = t.clock.now.getTime();
    for (let minutes = 20; minutes <= 11 * 60 + 40; minutes += 20) {
      t.clock.now = new Date(start + minutes * MINUTE);
      const res = await me(session);
      assert.equal(res.statusCode, 200, `after ${minutes} minutes`);
    }
    t.clock.now = new Date(start + (12 * 60 - 1) * MINUTE);
    assert.equal((await me(session)).statusCode, 200, 'a minute before the limit');
    t.clock.now = new Date(start + 12 * 60 * MINUTE);
    assertProblem(await me(session), 401, 'unauthenticated');
  });
});

describe('forged cookies', () => {
  test("another municipality's tenant id in front of a valid secret is 401", async () => {
    const lars = await t.loginAs('lars');
    const token = parseSessionToken(lars.cookie.slice('mestring_session='.length));
    assert.ok(token);
    assert.equal((await me(lars)).statusCode, 200, 'the genuine cookie works');
    const forged = `mestring_session=${ids.tenant('soeby')}.${token.secret}`;
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/admin/users', headers: { cookie: forged } }), 401, 'unauthenticated');
    assertProblem(await me(null, { cookie: forged }), 401, 'unauthenticated');
  });

  test('a made-up secret, a malformed value and a non-UUID tenant are 401', async () => {
    const randers = ids.tenant('randers');
    const values = [`${randers}.${'A'.repeat(43)}`, 'garbage', `${randers}.`, `${'z'.repeat(36)}.${'A'.repeat(43)}`, `${randers}.${'A'.repeat(43)}; mestring_session=x`];
    for (const value of values) assertProblem(await me(null, { cookie: `mestring_session=${value}` }), 401, 'unauthenticated');
  });
});

describe('cross-site request forgery', () => {
  let jens: TestSession;
  const patch = (headers: Record<string, string>) =>
    t.app.inject({ method: 'PATCH', url: '/api/v1/me', payload: { language: 'en' }, headers: { cookie: jens.cookie, ...headers } });
  const language = async () => (await t.database.db.selectFrom('app_user').select('preferred_language').where('user_id', '=', jens.userId).executeTakeFirstOrThrow()).preferred_language;

  before(async () => {
    jens = await t.loginAs('jens');
  });

  test('a PATCH without Origin is 403 csrf_failed', async () => {
    const res = await assertUnchanged(t.database, () => patch({ 'x-csrf-token': jens.csrfToken }));
    assertProblem(res, 403, 'csrf_failed');
  });

  test('a PATCH from a foreign Origin is 403', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:3001', 'null']) {
      const res = await assertUnchanged(t.database, () => patch({ origin, 'x-csrf-token': jens.csrfToken }));
      assertProblem(res, 403, 'csrf_failed');
    }
  });

  test('the right Origin with a missing or wrong x-csrf-token is 403', async () => {
    const lars = await t.loginAs('lars');
    for (const token of [undefined, '', 'wrong-token', lars.csrfToken]) {
      const headers: Record<string, string> = { origin: TEST_ORIGIN };
      if (token !== undefined) headers['x-csrf-token'] = token;
      const res = await assertUnchanged(t.database, () => patch(headers));
      assertProblem(res, 403, 'csrf_failed');
    }
    assert.equal(await language(), 'da');
  });

  test('the same request with Origin and token goes through (so the refusals above were about CSRF)', async () => {
    const res = await patch({ origin: TEST_ORIGIN, 'x-csrf-token': jens.csrfToken });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await language(), 'en');
  });

  test('a login form posted from another site is refused and starts no session', async () => {
    const before = await sessionCount(t.database, ids.user('lars'));
    for (const headers of [{}, { origin: 'https://evil.example' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/demo', payload: { persona: 'lars' }, headers });
      assertProblem(res, 403, 'csrf_failed');
      assert.equal(res.cookies.length, 0);
    }
    assert.equal(await sessionCount(t.database, ids.user('lars')), before);
  });
});

describe('login rate limit', () => {
  test('the 4th demo login within a minute from one address is 429 problem+json, and starts no session', async () => {
    const before = await sessionCount(t.database, ids.user('ole'));
    for (let i = 1; i <= 3; i++) assert.equal((await demoLogin(secure, 'ole', { remoteAddress: '10.0.0.2' })).statusCode, 204, `login ${i}`);
    const res = await demoLogin(secure, 'ole', { remoteAddress: '10.0.0.2' });
    assertProblem(res, 429, 'rate_limited');
    assert.equal(res.cookies.length, 0);
    assert.equal(await sessionCount(t.database, ids.user('ole')), before + 3);
    assert.equal((await demoLogin(secure, 'ole', { remoteAddress: '10.0.0.3' })).statusCode, 204, 'another address has its own budget');
  });

  test('a made-up session cookie on each attempt does not buy a fresh budget', async () => {
    const randers = ids.tenant('randers');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const fake = `${randers}.${String(i).padEnd(43, 'A')}`;
      statuses.push((await demoLogin(secure, 'ole', { remoteAddress: '10.0.0.4', headers: { cookie: `mestring_session=${fake}` } })).statusCode);
    }
    assert.deepEqual(statuses, [204, 204, 204, 429, 429]);
  });
});

describe('demo login switched off (MESTRING_DEMO_LOGIN=false)', () => {
  test('POST /api/v1/auth/demo is 404 demo_login_disabled', async () => {
    assert.equal(noDemo.config.demoLogin, false);
    const res = await demoLogin(noDemo, 'lars');
    assert.equal(assertProblem(res, 404, 'demo_login_disabled').title, 'Demo-login er slået fra');
    assert.equal(res.cookies.length, 0);
  });

  test('the personas are not listed and the providers say so', async () => {
    assertProblem(await noDemo.request(null, { method: 'GET', url: '/api/v1/auth/demo/personas' }), 404, 'demo_login_disabled');
    const providers = await noDemo.request(null, { method: 'GET', url: '/api/v1/auth/providers' });
    assert.equal(providers.statusCode, 200);
    assert.equal((providers.json() as { demo: boolean }).demo, false);
  });
});

describe("the user's language", () => {
  let birgit: TestSession;

  before(async () => {
    birgit = await t.loginAs('birgit');
  });

  test('Danish by default', async () => {
    const body = (await me(birgit)).json() as { language: string };
    assert.equal(body.language, 'da');
    assert.equal(assertProblem(await t.request(birgit, { method: 'GET', url: '/api/v1/admin/users' }), 403, 'forbidden').title, 'Du har ikke adgang til dette');
  });

  test('PATCH /api/v1/me {language: en} is remembered, in this session and the next', async () => {
    const res = await t.request(birgit, { method: 'PATCH', url: '/api/v1/me', payload: { language: 'en' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as { language: string }).language, 'en');
    assert.equal(((await me(birgit)).json() as { language: string }).language, 'en');
    const elsewhere = await t.loginAs('birgit');
    assert.equal(((await me(elsewhere)).json() as { language: string }).language, 'en');
  });

  test('her error titles are English, even from a Danish browser', async () => {
    for (const headers of [{}, { 'accept-language': 'da-DK,da;q=0.9' }]) {
      const res = await t.request(birgit, { method: 'GET', url: '/api/v1/admin/users', headers });
      assert.equal(assertProblem(res, 403, 'forbidden', 'en').title, 'You do not have access to this');
    }
  });

  test('her validation errors are English too, even from a Danish browser', async () => {
    for (const headers of [{}, { 'accept-language': 'da-DK,da;q=0.9' }]) {
      const res = await t.request(birgit, { method: 'PATCH', url: '/api/v1/me', payload: { language: 'fr' }, headers });
      const problem = assertProblem(res, 400, 'validation_failed', 'en');
      assert.equal(problem.errors?.[0]?.path, 'language');
    }
  });
});
