import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { CookieJar, appGet, loginAtProvider } from '../support/oidc-http-login.js';
import { startOidcTestProvider, startTamperingOidcTestProvider, type IdTokenTampering, type OidcTestProvider, type TamperingOidcTestProvider } from '../support/oidc-test-provider.js';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.js';

// Provider ids follow the order of MESTRING_OIDC_STAFF below.
const REAL = 'staff-randers-0';
const FORGING = 'staff-randers-1';
const loginUrl = (providerId: string, returnTo = '/min-side') => `/api/v1/auth/oidc/${providerId}/login?returnTo=${encodeURIComponent(returnTo)}`;
const callbackUrl = (providerId: string) => `${TEST_ORIGIN}/api/v1/auth/oidc/${providerId}/callback`;

let identityProvider: OidcTestProvider;
let forgingProvider: TamperingOidcTestProvider;
let testApp: TestApp;

before(async () => {
  identityProvider = await startOidcTestProvider();
  identityProvider.registerClient(callbackUrl(REAL));
  forgingProvider = await startTamperingOidcTestProvider();
  forgingProvider.registerClient(callbackUrl(FORGING));
  const asStaffProvider = (provider: OidcTestProvider) => ({ issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, tenant: 'randers' });
  testApp = await createTestApp({ MESTRING_OIDC_STAFF: JSON.stringify([asStaffProvider(identityProvider), asStaffProvider(forgingProvider)]) });
});

after(async () => {
  await testApp.close();
  await identityProvider.stop();
  await forgingProvider.stop();
});

async function countSessions(): Promise<number> {
  const row = await testApp.database.db.selectFrom('session').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countIdentityLinks(issuer: string): Promise<{ identities: number; audited: number }> {
  const db = testApp.database.db;
  const identities = await db.selectFrom('user_identity').select((eb) => eb.fn.countAll<number>().as('n')).where('issuer', '=', issuer).executeTakeFirstOrThrow();
  const audited = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', 'identity.link')
    .where(({ ref }) => ref('details', '->>').key('issuer'), '=', issuer)
    .executeTakeFirstOrThrow();
  return { identities: Number(identities.n), audited: Number(audited.n) };
}

function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === 'mestring_session')?.value;
}

async function displayNameOf(sessionCookie: string): Promise<string> {
  const me = await testApp.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `mestring_session=${sessionCookie}` } });
  assert.equal(me.statusCode, 200, me.body);
  return (me.json() as { displayName: string }).displayName;
}

/** Refused means: back to the login page with the reason, no session cookie, and no session row either. */
async function assertRefused(response: LightMyRequestResponse, reason: 'state_mismatch' | 'unknown_user' | 'provider_error', sessionsBefore: number) {
  assert.equal(response.statusCode, 302);
  assert.equal(response.headers.location, `/log-ind?fejl=login_failed&aarsag=${reason}`);
  assert.equal(sessionCookieOf(response), undefined);
  assert.equal(await countSessions(), sessionsBefore);
}

async function loginThrough(providerId: string, account: string, returnTo?: string) {
  const jar = new CookieJar();
  const callback = await loginAtProvider(testApp, jar, loginUrl(providerId, returnTo), account);
  return { jar, callback, stateCookie: jar.get(TEST_ORIGIN, 'mestring_oidc_state') };
}

describe('OpenID Connect login against a real identity provider', () => {
  test('the login page is offered the staff provider', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/providers' });
    const { oidc } = response.json() as { oidc: { id: string; kind: string; label: string; loginUrl: string }[] };
    assert.deepEqual(oidc[0], { id: REAL, kind: 'staff', label: 'Medarbejderlogin', loginUrl: `/api/v1/auth/oidc/${REAL}/login` });
  });

  test('the authorization request uses PKCE and a nonce, and the server keeps only a hash of the state', async () => {
    const response = await appGet(testApp, new CookieJar(), loginUrl(REAL));
    assert.equal(response.statusCode, 302);
    const authorization = new URL(String(response.headers.location));
    assert.equal(authorization.origin, identityProvider.issuer);
    assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(authorization.searchParams.get('code_challenge'));
    assert.ok(authorization.searchParams.get('nonce'));
    assert.equal(authorization.searchParams.get('redirect_uri'), callbackUrl(REAL));
    const state = authorization.searchParams.get('state')!;
    const stored = await testApp.database.db.selectFrom('login_attempt').selectAll().where('state_hash', '=', createHash('sha256').update(state).digest('hex')).executeTakeFirst();
    assert.ok(stored, 'the attempt is stored under the hash of its state');
    assert.ok(!Object.values(stored).includes(state), 'the state itself is not stored');
    assert.equal(stored.expires_at.getTime() - stored.created_at.getTime(), 10 * 60_000);
  });

  test('a staff member logs in, is linked by verified e-mail and lands where the login began', async () => {
    const sessionsBefore = await countSessions();
    const { jar, callback } = await loginThrough(REAL, 'anders', '/min-side?fane=profil');
    const response = await appGet(testApp, jar, callback);
    assert.equal(response.statusCode, 302, response.body);
    assert.equal(response.headers.location, '/min-side?fane=profil');
    const session = sessionCookieOf(response);
    assert.ok(session);
    assert.equal(await displayNameOf(session), 'Anders Holm');
    assert.equal(await countSessions(), sessionsBefore + 1);
    assert.deepEqual(await countIdentityLinks(identityProvider.issuer), { identities: 1, audited: 1 });
    const row = await testApp.database.db.selectFrom('session').select('login_method').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    assert.equal(row.login_method, 'oidc');
  });

  test('the next login finds the linked identity and gets a new session id', async () => {
    const first = await loginThrough(REAL, 'anders');
    const firstSession = sessionCookieOf(await appGet(testApp, first.jar, first.callback));
    const second = await loginThrough(REAL, 'anders');
    const secondSession = sessionCookieOf(await appGet(testApp, second.jar, second.callback));
    assert.ok(firstSession && secondSession);
    assert.notEqual(secondSession, firstSession);
    assert.equal(await displayNameOf(secondSession), 'Anders Holm');
    assert.deepEqual(await countIdentityLinks(identityProvider.issuer), { identities: 1, audited: 1 });
  });

  test('a return path off this site is replaced by /min-side', async () => {
    for (const returnTo of ['//evil.example/', '/\\evil.example', 'https://evil.example/']) {
      const { jar, callback } = await loginThrough(REAL, 'anders', returnTo);
      const response = await appGet(testApp, jar, callback);
      assert.equal(response.headers.location, '/min-side', returnTo);
    }
  });

  test('a replayed callback URL is refused, even with the state cookie it started with', async () => {
    const { jar, callback, stateCookie } = await loginThrough(REAL, 'anders');
    assert.equal((await appGet(testApp, jar, callback)).statusCode, 302);
    const sessionsBefore = await countSessions();
    const replayJar = new CookieJar();
    replayJar.store(TEST_ORIGIN, [`mestring_oidc_state=${stateCookie}`]);
    await assertRefused(await appGet(testApp, replayJar, callback), 'state_mismatch', sessionsBefore);
    await assertRefused(await appGet(testApp, jar, callback), 'state_mismatch', sessionsBefore);
  });

  test('a callback in another browser than the one that began the login is refused', async () => {
    const { jar, callback } = await loginThrough(REAL, 'anders');
    await assertRefused(await appGet(testApp, new CookieJar(), callback), 'state_mismatch', await countSessions());
    // The victim's own browser can still finish its login: the forged attempt did not use it up.
    assert.equal((await appGet(testApp, jar, callback)).headers.location, '/min-side');
  });

  test('a login attempt expires after ten minutes', async () => {
    const { jar, callback } = await loginThrough(REAL, 'anders');
    const startedAt = testApp.clock.now;
    testApp.clock.now = new Date(startedAt.getTime() + 11 * 60_000);
    try {
      await assertRefused(await appGet(testApp, jar, callback), 'state_mismatch', await countSessions());
    } finally {
      testApp.clock.now = startedAt;
    }
  });

  test('someone the municipality does not know is refused', async () => {
    const { jar, callback } = await loginThrough(REAL, 'stranger');
    await assertRefused(await appGet(testApp, jar, callback), 'unknown_user', await countSessions());
  });

  test('an e-mail address the provider has not verified links no one', async () => {
    const { jar, callback } = await loginThrough(REAL, 'unverified');
    await assertRefused(await appGet(testApp, jar, callback), 'unknown_user', await countSessions());
  });

  test('an unknown provider id is not found', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: loginUrl('staff-nowhere-9') });
    assert.equal(response.statusCode, 404);
  });
});

describe('OpenID Connect login refuses forged ID tokens', () => {
  const now = () => Math.floor(Date.now() / 1000);

  after(() => forgingProvider.tamperIdTokens(null));

  async function loginWithTampering(tampering: IdTokenTampering, account = 'anders') {
    forgingProvider.tamperIdTokens(tampering);
    const { jar, callback } = await loginThrough(FORGING, account);
    return appGet(testApp, jar, callback);
  }

  test('control: the same claims re-signed with the provider key are accepted', async () => {
    const response = await loginWithTampering((issued) => issued.resign(issued.claims));
    assert.equal(response.headers.location, '/min-side');
    assert.ok(sessionCookieOf(response));
  });

  const forgeries: Record<string, IdTokenTampering> = {
    'another issuer': (issued) => issued.resign({ ...issued.claims, iss: identityProvider.issuer }),
    'another audience': (issued) => issued.resign({ ...issued.claims, aud: 'another-client' }),
    'a signature by another key': (issued) => issued.resign(issued.claims, 'stranger'),
    'an expired token': (issued) => issued.resign({ ...issued.claims, iat: now() - 7200, exp: now() - 3600 }),
    'another nonce': (issued) => issued.resign({ ...issued.claims, nonce: 'not-the-nonce-of-this-login' }),
  };
  for (const [forgery, tampering] of Object.entries(forgeries)) {
    test(`an ID token with ${forgery} is refused`, async () => {
      const sessionsBefore = await countSessions();
      await assertRefused(await loginWithTampering(tampering), 'provider_error', sessionsBefore);
    });
  }

  test('an ID token replayed from an earlier login is refused on its nonce', async () => {
    let earlier = '';
    const first = await loginWithTampering((issued) => (earlier = issued.token));
    assert.ok(sessionCookieOf(first), 'the earlier login itself succeeds');
    const sessionsBefore = await countSessions();
    await assertRefused(await loginWithTampering(() => earlier), 'provider_error', sessionsBefore);
  });
});
