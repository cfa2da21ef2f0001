import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { CookieJar, appGet, loginAtProvider } from '../support/oidc-http-login.js';
import { startOidcTestProvider, type OidcTestProvider } from '../support/oidc-test-provider.js';
import { createTestApp, TEST_ORIGIN, type TestApp, type TestSession } from '../support/test-app.js';

// A relative invited by a citizen logs in with MitID for the first time, through the invitation link.
// Provider ids follow the configuration below: one citizen provider (MitID) and one staff provider.
const CITIZEN = 'citizen-randers-0';
const STAFF = 'staff-randers-0';
const loginUrl = (providerId: string, returnTo: string) => `/api/v1/auth/oidc/${providerId}/login?returnTo=${encodeURIComponent(returnTo)}`;
const callbackUrl = (providerId: string) => `${TEST_ORIGIN}/api/v1/auth/oidc/${providerId}/callback`;

let mitId: OidcTestProvider;
let staffProvider: OidcTestProvider;
let testApp: TestApp;
let mikkel: TestSession;
let mikkelCitizenId: string;

before(async () => {
  [mitId, staffProvider] = await Promise.all([startOidcTestProvider(), startOidcTestProvider()]);
  mitId.registerClient(callbackUrl(CITIZEN));
  staffProvider.registerClient(callbackUrl(STAFF));
  const settings = (provider: OidcTestProvider) => JSON.stringify([{ issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, tenant: 'randers' }]);
  testApp = await createTestApp({ MESTRING_OIDC_CITIZEN: settings(mitId), MESTRING_OIDC_STAFF: settings(staffProvider) });
  mikkel = await testApp.loginAs('mikkel');
  const me = await testApp.request(mikkel, { method: 'GET', url: '/api/v1/me' });
  mikkelCitizenId = (me.json() as { citizenId: string }).citizenId;
  assert.ok(mikkelCitizenId, 'Mikkel has a citizen record');
});

after(async () => {
  await testApp?.close();
  await mitId?.stop();
  await staffProvider?.stop();
});

/** A new person in Mikkel's network and an invitation for them, made through the API the way Mikkel does it on Mit netværk. */
async function invitedMember(name: string): Promise<{ memberId: string; code: string; path: string }> {
  const added = await testApp.request(mikkel, { method: 'POST', url: `/api/v1/citizens/${mikkelCitizenId}/network`, payload: { name, relation: 'kusine', isRelative: true } });
  assert.equal(added.statusCode, 201, added.body);
  const memberId = (added.json() as { id: string }).id;
  const invited = await testApp.request(mikkel, { method: 'POST', url: `/api/v1/citizens/${mikkelCitizenId}/network/${memberId}/invitation` });
  assert.ok(invited.statusCode === 200 || invited.statusCode === 201, invited.body);
  const { code, path } = invited.json() as { code: string; path: string };
  assert.equal(path, `/invitation/${code}`);
  return { memberId, code, path };
}

async function loginThrough(providerId: string, account: string, returnTo: string): Promise<LightMyRequestResponse> {
  const jar = new CookieJar();
  const callback = await loginAtProvider(testApp, jar, loginUrl(providerId, returnTo), account);
  return appGet(testApp, jar, callback);
}

function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === 'mestring_session')?.value;
}

async function counts() {
  const db = testApp.database.db;
  const count = async (table: 'app_user' | 'user_identity' | 'session') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { users: await count('app_user'), identities: await count('user_identity'), sessions: await count('session') };
}

async function assertRefused(response: LightMyRequestResponse, before: Awaited<ReturnType<typeof counts>>) {
  assert.equal(response.statusCode, 302, response.body);
  assert.equal(response.headers.location, '/log-ind?fejl=login_failed&aarsag=unknown_user');
  assert.equal(sessionCookieOf(response), undefined, 'no session cookie');
  assert.deepEqual(await counts(), before, 'no user, identity or session was created');
}

async function memberRow(memberId: string) {
  return testApp.database.db.selectFrom('network_member').select(['user_id', 'invitation_code_hash', 'invitation_expires_at']).where('member_id', '=', memberId).executeTakeFirstOrThrow();
}

describe('a first-time MitID login through a citizen’s invitation', () => {
  let invitation: { memberId: string; code: string; path: string };

  before(async () => {
    invitation = await invitedMember('Sofie Sørensen');
  });

  test('the login page offers MitID', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/auth/providers' });
    const { oidc } = response.json() as { oidc: { id: string; kind: string }[] };
    assert.ok(oidc.some((provider) => provider.id === CITIZEN && provider.kind === 'citizen'), JSON.stringify(oidc));
  });

  test('an unknown subject with the invitation becomes a new relative linked to that network member', async () => {
    const before = await counts();
    const response = await loginThrough(CITIZEN, 'stranger', invitation.path);
    assert.equal(response.statusCode, 302, response.body);
    assert.equal(response.headers.location, '/delt-med-mig', 'on to what is shared with them: the invitation is used up');
    const cookie = sessionCookieOf(response);
    assert.ok(cookie, 'a session was started');
    assert.deepEqual(await counts(), { users: before.users + 1, identities: before.identities + 1, sessions: before.sessions + 1 });

    const db = testApp.database.db;
    const identity = await db.selectFrom('user_identity').selectAll().where('issuer', '=', mitId.issuer).where('subject', '=', 'stranger').executeTakeFirst();
    assert.ok(identity, 'a user_identity row for the MitID subject');
    const user = await db.selectFrom('app_user').selectAll().where('user_id', '=', identity.user_id).executeTakeFirstOrThrow();
    assert.equal(user.kind, 'relative');
    assert.equal(user.display_name, 'Sofie Sørensen', 'named as the citizen wrote the network member');
    assert.equal(user.org_unit_id, null);
    const roles = await db.selectFrom('role_grant').select('role').where('user_id', '=', user.user_id).execute();
    assert.deepEqual(
      roles.map((row) => row.role),
      ['relative'],
    );

    const member = await memberRow(invitation.memberId);
    assert.equal(member.user_id, user.user_id, 'the network member is now this login');
    assert.equal(member.invitation_code_hash, null, 'the code is used up');

    const audits = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'identity.link')
      .where('resource_id', '=', user.user_id)
      .execute();
    assert.equal(audits.length, 1, 'one identity.link audit entry');
    const audit = audits[0]!;
    const details = (typeof audit.details === 'string' ? JSON.parse(audit.details) : audit.details) as Record<string, unknown>;
    assert.equal(details.matchedBy, 'invitation');
    assert.equal(details.issuer, mitId.issuer);
    assert.equal(audit.outcome, 'allowed');
    assert.equal(audit.citizen_id, mikkelCitizenId, 'the citizen can see the link in their access log');
    assert.ok(!JSON.stringify(audit).includes('stranger@example.test'), 'the e-mail address stays out of the log');

    const me = await testApp.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `mestring_session=${cookie}` } });
    assert.equal(me.statusCode, 200, me.body);
    const body = me.json() as { displayName: string; roles: string[]; citizenId: string | null; relativeOf: { citizenId: string; firstName: string; relation: string }[] };
    assert.equal(body.displayName, 'Sofie Sørensen');
    assert.deepEqual(body.roles, ['relative']);
    assert.equal(body.citizenId, null, 'a relative has no citizen record of their own');
    assert.deepEqual(body.relativeOf, [{ citizenId: mikkelCitizenId, firstName: 'Mikkel', relation: 'kusine' }]);

    // Nothing is shared with a new network member until the citizen ticks it: the plan shows no part.
    const plan = await testApp.app.inject({ method: 'GET', url: `/api/v1/citizens/${mikkelCitizenId}/plan`, headers: { cookie: `mestring_session=${cookie}` } });
    if (plan.statusCode === 200) {
      const shared = plan.json() as { dreams: unknown; meetings: unknown; domains: { goals: unknown[] }[] };
      assert.equal(shared.dreams, null);
      assert.equal(shared.meetings, null);
      assert.ok(shared.domains.every((domain) => domain.goals === undefined || domain.goals === null), JSON.stringify(shared.domains));
    } else {
      assert.equal(plan.statusCode, 404, plan.body);
    }
  });

  test('the next login of the same subject finds the same user, without a new one', async () => {
    const before = await counts();
    const response = await loginThrough(CITIZEN, 'stranger', '/delt-med-mig');
    assert.equal(response.headers.location, '/delt-med-mig');
    assert.ok(sessionCookieOf(response));
    assert.deepEqual(await counts(), { ...before, sessions: before.sessions + 1 });
  });

  test('the code cannot be used again: a second unknown subject with the same code is refused', async () => {
    const before = await counts();
    await assertRefused(await loginThrough(CITIZEN, 'unverified', invitation.path), before);
    const member = await memberRow(invitation.memberId);
    const stranger = await testApp.database.db.selectFrom('user_identity').select('user_id').where('subject', '=', 'stranger').where('issuer', '=', mitId.issuer).executeTakeFirstOrThrow();
    assert.equal(member.user_id, stranger.user_id, 'the member is still the first login');
  });

  test('an unknown subject without an invitation is still refused', async () => {
    const before = await counts();
    await assertRefused(await loginThrough(CITIZEN, 'unverified', '/min-side'), before);
    await assertRefused(await loginThrough(CITIZEN, 'unverified', '/invitation/AAAA-BBBB-CCCC-DDDD'), before);
  });

  test('an expired invitation creates no one', async () => {
    const expiring = await invitedMember('Karl Udløbet');
    const startedAt = testApp.clock.now;
    // Past the 14 days the code is valid; the login attempt itself is fresh.
    testApp.clock.now = new Date(startedAt.getTime() + 15 * 24 * 3600_000);
    try {
      const before = await counts();
      await assertRefused(await loginThrough(CITIZEN, 'unverified', expiring.path), before);
    } finally {
      testApp.clock.now = startedAt;
    }
    assert.equal((await memberRow(expiring.memberId)).user_id, null);
  });

  test('a staff provider never creates users from invitations', async () => {
    const fresh = await invitedMember('Peter Personale');
    const before = await counts();
    await assertRefused(await loginThrough(STAFF, 'stranger', fresh.path), before);
    const member = await memberRow(fresh.memberId);
    assert.equal(member.user_id, null, 'the member has no login');
    assert.ok(member.invitation_code_hash, 'the invitation is still unused');
    // The same invitation still works through MitID, for the person it was meant for.
    const response = await loginThrough(CITIZEN, 'unverified', fresh.path);
    assert.equal(response.headers.location, '/delt-med-mig');
    assert.ok(sessionCookieOf(response));
  });
});
