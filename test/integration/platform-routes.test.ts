import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';
import { assertAudited, assertProblem, assertUnchanged, auditOfRequest, demoIds, requestIdOf, sessionCount } from '../support/platform-helpers.js';

/**
 * Every platform API route: authentication, authorisation (and its audit), tenant isolation, input validation,
 * the happy path's effect on the database and its audit entry, optimistic locking and the administration rules.
 */

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
const sessions = new Map<string, TestSession>();

async function as(persona: string): Promise<TestSession> {
  let session = sessions.get(persona);
  if (!session) {
    session = await t.loginAs(persona);
    sessions.set(persona, session);
  }
  return session;
}

async function versionOfUnit(unitId: string): Promise<number> {
  const row = await t.database.db.selectFrom('org_unit').select('version').where('unit_id', '=', unitId).executeTakeFirstOrThrow();
  return row.version;
}

async function userRow(userId: string) {
  return t.database.db.selectFrom('app_user').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
}

async function rolesOf(userId: string): Promise<string[]> {
  const rows = await t.database.db.selectFrom('role_grant').select('role').where('user_id', '=', userId).orderBy('role').execute();
  return rows.map((r) => r.role);
}

before(async () => {
  t = await createTestApp();
  ids = await demoIds(t.database);
  // hanne logs in, then loses every role: a logged-in user without any grant, even for her own profile.
  await as('hanne');
  const strip = await t.request(await as('lars'), { method: 'PUT', url: `/api/v1/admin/users/${ids.user('hanne')}/roles`, payload: { roles: [] } });
  assert.equal(strip.statusCode, 200, strip.body);
});

after(async () => {
  await t?.close();
});

interface RouteCase {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: () => string;
  /** A body the route accepts, so that a refusal is about who asks, not what they send. */
  payload?: () => Record<string, unknown>;
  /** Who lacks the grant for this route, and the permission the denial is audited under. */
  deniedPersona: string;
  permission: string;
  deniedResource?: () => string | null;
}

const randersUnit = () => ids.unit('Mestringsvejledning Nord');
const randersUser = () => ids.user('anders');

const routeCases: RouteCase[] = [
  { name: 'GET /api/v1/me', method: 'GET', url: () => '/api/v1/me', deniedPersona: 'hanne', permission: 'profile.read', deniedResource: () => ids.user('hanne') },
  { name: 'PATCH /api/v1/me', method: 'PATCH', url: () => '/api/v1/me', payload: () => ({ language: 'en' }), deniedPersona: 'hanne', permission: 'profile.update', deniedResource: () => ids.user('hanne') },
  { name: 'GET /api/v1/admin/org-units', method: 'GET', url: () => '/api/v1/admin/org-units', deniedPersona: 'mikkel', permission: 'org-unit.read', deniedResource: () => null },
  {
    name: 'POST /api/v1/admin/org-units',
    method: 'POST',
    url: () => '/api/v1/admin/org-units',
    payload: () => ({ parentId: ids.unit('Center for Handicap og Myndighed'), name: 'Ny enhed', kind: 'unit', area: 'social' }),
    deniedPersona: 'mette',
    permission: 'org-unit.manage',
  },
  { name: 'PATCH /api/v1/admin/org-units/:id', method: 'PATCH', url: () => `/api/v1/admin/org-units/${randersUnit()}`, payload: () => ({ version: 1, name: 'Omdøbt' }), deniedPersona: 'mette', permission: 'org-unit.manage', deniedResource: randersUnit },
  { name: 'GET /api/v1/admin/users', method: 'GET', url: () => '/api/v1/admin/users', deniedPersona: 'mette', permission: 'user.read', deniedResource: () => null },
  {
    name: 'POST /api/v1/admin/users',
    method: 'POST',
    url: () => '/api/v1/admin/users',
    payload: () => ({ displayName: 'Ny Medarbejder', email: 'ny@randers.demo', orgUnitId: randersUnit(), roles: ['support-worker'] }),
    deniedPersona: 'mette',
    permission: 'user.manage',
  },
  { name: 'GET /api/v1/admin/users/:id', method: 'GET', url: () => `/api/v1/admin/users/${randersUser()}`, deniedPersona: 'mette', permission: 'user.read', deniedResource: randersUser },
  { name: 'PATCH /api/v1/admin/users/:id', method: 'PATCH', url: () => `/api/v1/admin/users/${randersUser()}`, payload: () => ({ version: 1, title: 'Ændret' }), deniedPersona: 'mette', permission: 'user.manage', deniedResource: randersUser },
  { name: 'PUT /api/v1/admin/users/:id/roles', method: 'PUT', url: () => `/api/v1/admin/users/${randersUser()}/roles`, payload: () => ({ roles: ['admin'] }), deniedPersona: 'mette', permission: 'role-grant.manage', deniedResource: randersUser },
  { name: 'GET /api/v1/admin/audit-events', method: 'GET', url: () => '/api/v1/admin/audit-events', deniedPersona: 'mette', permission: 'audit-log.read', deniedResource: () => null },
];

function injectOf(route: RouteCase): InjectOptions {
  return { method: route.method, url: route.url(), ...(route.payload && { payload: route.payload() }) };
}

describe('without a session every route answers 401 problem+json', () => {
  for (const route of routeCases) {
    test(route.name, async () => {
      const res = await assertUnchanged(t.database, () => t.request(null, injectOf(route)));
      const problem = assertProblem(res, 401, 'unauthenticated');
      assert.equal(problem.title, 'Du er ikke logget ind');
      assert.deepEqual(await auditOfRequest(t.database, problem.requestId), [], 'an anonymous request writes no audit entry');
    });
  }

  test('an English browser gets the English title', async () => {
    const res = await t.request(null, { method: 'GET', url: '/api/v1/admin/users', headers: { 'accept-language': 'en-GB,en;q=0.9,da;q=0.5' } });
    assert.equal(assertProblem(res, 401, 'unauthenticated', 'en').title, 'You are not logged in');
  });
});

describe('a role without the grant gets 403, and the denial is audited', () => {
  for (const route of routeCases) {
    test(`${route.name} as ${route.deniedPersona}`, async () => {
      const session = await as(route.deniedPersona);
      const res = await assertUnchanged(t.database, () => t.request(session, injectOf(route)));
      assertProblem(res, 403, 'forbidden');
      const entry = await assertAudited(t.database, res, { action: route.permission, actor: session.userId, outcome: 'denied', tenantId: ids.tenant('randers') });
      if (route.deniedResource) assert.equal(entry.resource_id, route.deniedResource());
      assert.equal((entry.details as { reason?: string }).reason, 'role-lacks-permission');
    });
  }
});

describe("another municipality's resources are not found", () => {
  const crossTenant: { name: string; options: () => InjectOptions }[] = [
    { name: 'PATCH an org unit', options: () => ({ method: 'PATCH', url: `/api/v1/admin/org-units/${randersUnit()}`, payload: { version: 1, name: 'Overtaget af Søby' } }) },
    { name: 'PATCH an org unit to move it', options: () => ({ method: 'PATCH', url: `/api/v1/admin/org-units/${randersUnit()}`, payload: { version: 1, parentId: null, active: false } }) },
    { name: 'GET a user', options: () => ({ method: 'GET', url: `/api/v1/admin/users/${randersUser()}` }) },
    { name: 'PATCH a user', options: () => ({ method: 'PATCH', url: `/api/v1/admin/users/${randersUser()}`, payload: { version: 1, active: false, displayName: 'Overtaget' } }) },
    { name: "PUT a user's roles", options: () => ({ method: 'PUT', url: `/api/v1/admin/users/${randersUser()}/roles`, payload: { roles: ['admin'] } }) },
  ];
  for (const c of crossTenant) {
    test(`soeby's administrator cannot ${c.name} in randers: 404, nothing changed`, async () => {
      const rasmus = await as('soeby-rasmus');
      const sessionsBefore = await sessionCount(t.database, randersUser());
      const res = await assertUnchanged(t.database, () => t.request(rasmus, c.options()));
      assertProblem(res, 404, 'not_found');
      assert.equal(await sessionCount(t.database, randersUser()), sessionsBefore);
      const entries = await auditOfRequest(t.database, requestIdOf(res));
      assert.ok(entries.every((e) => e.tenant_id === ids.tenant('soeby') && e.outcome !== 'allowed'), 'no allowed access on record for the refused request');
    });
  }

  test('soeby cannot hang a new unit under a randers unit, nor place a new user in one', async () => {
    const rasmus = await as('soeby-rasmus');
    const unit = await assertUnchanged(t.database, () =>
      t.request(rasmus, { method: 'POST', url: '/api/v1/admin/org-units', payload: { parentId: randersUnit(), name: 'Snyltende enhed', kind: 'unit', area: 'social' } }),
    );
    assert.deepEqual(assertProblem(unit, 400, 'validation_failed').errors?.map((e) => e.path), ['parentId']);
    const user = await assertUnchanged(t.database, () =>
      t.request(rasmus, { method: 'POST', url: '/api/v1/admin/users', payload: { displayName: 'Snylter', email: 'snylter@soeby.demo', orgUnitId: randersUnit(), roles: [] } }),
    );
    assert.deepEqual(assertProblem(user, 400, 'validation_failed').errors?.map((e) => e.path), ['orgUnitId']);
  });

  test("soeby's lists contain none of randers' units, users or audit entries", async () => {
    const rasmus = await as('soeby-rasmus');
    const randers = ids.tenant('randers');
    const randersUnits = new Set(ids.units.filter((u) => u.tenant_id === randers).map((u) => u.unit_id));
    const randersUsers = new Set((await t.database.db.selectFrom('app_user').select('user_id').where('tenant_id', '=', randers).execute()).map((u) => u.user_id));

    const units = (await t.request(rasmus, { method: 'GET', url: '/api/v1/admin/org-units' })).json() as { items: { id: string }[] };
    assert.ok(units.items.length > 0);
    assert.ok(units.items.every((u) => !randersUnits.has(u.id)));
    const users = (await t.request(rasmus, { method: 'GET', url: '/api/v1/admin/users' })).json() as { items: { id: string }[] };
    assert.ok(users.items.length > 0);
    assert.ok(users.items.every((u) => !randersUsers.has(u.id)));
    const audit = (await t.request(rasmus, { method: 'GET', url: '/api/v1/admin/audit-events?limit=200' })).json() as { items: { actorUserId: string | null; requestId: string }[] };
    assert.ok(audit.items.length > 0);
    assert.ok(audit.items.every((e) => e.actorUserId === null || !randersUsers.has(e.actorUserId)));
  });
});

describe('bad input is refused with 400 and a translated message, and nothing changes', () => {
  const bodyRoutes: { name: string; method: 'PATCH' | 'POST' | 'PUT'; url: () => string; wrongType: () => Record<string, unknown>; wrongPath: string; valid: () => Record<string, unknown> }[] = [
    { name: 'PATCH /api/v1/me', method: 'PATCH', url: () => '/api/v1/me', valid: () => ({ language: 'en' }), wrongType: () => ({ language: { value: 'hemmelig-oplysning' } }), wrongPath: 'language' },
    {
      name: 'POST /api/v1/admin/org-units',
      method: 'POST',
      url: () => '/api/v1/admin/org-units',
      valid: () => ({ parentId: null, name: 'Gyldig', kind: 'centre', area: 'social' }),
      wrongType: () => ({ parentId: null, name: 42, kind: 'centre', area: 'social' }),
      wrongPath: 'name',
    },
    { name: 'PATCH /api/v1/admin/org-units/:id', method: 'PATCH', url: () => `/api/v1/admin/org-units/${randersUnit()}`, valid: () => ({ version: 1, name: 'Gyldig' }), wrongType: () => ({ version: 'hemmelig-oplysning', name: 'Gyldig' }), wrongPath: 'version' },
    {
      name: 'POST /api/v1/admin/users',
      method: 'POST',
      url: () => '/api/v1/admin/users',
      valid: () => ({ displayName: 'Gyldig', email: 'gyldig@randers.demo', orgUnitId: randersUnit(), roles: [] }),
      wrongType: () => ({ displayName: 'Gyldig', email: 'gyldig@randers.demo', orgUnitId: randersUnit(), roles: 'hemmelig-oplysning' }),
      wrongPath: 'roles',
    },
    { name: 'PATCH /api/v1/admin/users/:id', method: 'PATCH', url: () => `/api/v1/admin/users/${randersUser()}`, valid: () => ({ version: 1, title: 'Gyldig' }), wrongType: () => ({ version: 1, active: 'hemmelig-oplysning' }), wrongPath: 'active' },
    { name: 'PUT /api/v1/admin/users/:id/roles', method: 'PUT', url: () => `/api/v1/admin/users/${randersUser()}/roles`, valid: () => ({ roles: ['leader'] }), wrongType: () => ({ roles: { admin: 'hemmelig-oplysning' } }), wrongPath: 'roles' },
  ];

  for (const route of bodyRoutes) {
    describe(route.name, () => {
      test('malformed JSON', async () => {
        const res = await assertUnchanged(t.database, async () =>
          t.request(await as('lars'), { method: route.method, url: route.url(), payload: '{"name": "half', headers: { 'content-type': 'application/json' } }),
        );
        assert.equal(assertProblem(res, 400, 'malformed_json').title, 'Forespørgslen kunne ikke læses (ugyldig JSON)');
      });

      test('an unknown field (here: an attempt to set the tenant)', async () => {
        const res = await assertUnchanged(t.database, async () =>
          t.request(await as('lars'), { method: route.method, url: route.url(), payload: { ...route.valid(), tenantId: ids.tenant('soeby') } }),
        );
        const problem = assertProblem(res, 400, 'validation_failed');
        assert.equal(problem.errors?.length, 1, JSON.stringify(problem.errors));
        assert.equal(problem.errors![0]!.path, 'tenantId');
        assert.match(problem.errors![0]!.message, /tenantId/, 'the message names the unknown field');
        const english = await t.request(null, { method: route.method, url: route.url(), headers: { 'accept-language': 'en' }, payload: { ...route.valid(), tenantId: ids.tenant('soeby') } });
        const englishProblem = assertProblem(english, 400, 'validation_failed', 'en');
        assert.equal(englishProblem.errors?.[0]?.path, 'tenantId');
        assert.notEqual(englishProblem.errors![0]!.message, problem.errors![0]!.message, 'the field message is translated');
      });

      test('a field of the wrong type', async () => {
        const res = await assertUnchanged(t.database, async () => t.request(await as('lars'), { method: route.method, url: route.url(), payload: route.wrongType() }));
        const problem = assertProblem(res, 400, 'validation_failed');
        assert.ok(problem.errors && problem.errors.length > 0);
        assert.ok(problem.errors.every((e) => e.path === route.wrongPath), JSON.stringify(problem.errors));
        const message = problem.errors![0]!.message;
        assert.ok(message.length > 3);
        assert.doesNotMatch(message, /hemmelig/, 'the input is not echoed back');
        const english = await t.request(null, { method: route.method, url: route.url(), headers: { 'accept-language': 'en' }, payload: route.wrongType() });
        const englishProblem = assertProblem(english, 400, 'validation_failed', 'en');
        assert.notEqual(englishProblem.errors?.[0]?.message, message, 'the field message is translated');
      });

      test('a body over 1 MiB', async () => {
        const payload = JSON.stringify({ ...route.valid(), name: 'x'.repeat(1024 * 1024 + 10) });
        const res = await assertUnchanged(t.database, async () =>
          t.request(await as('lars'), { method: route.method, url: route.url(), payload, headers: { 'content-type': 'application/json' } }),
        );
        assert.equal(assertProblem(res, 400, 'body_too_large').title, 'Forespørgslen er for stor');
      });
    });
  }

  // A logged-in user's saved language wins over the browser's header; before login the header decides.
  test('with Accept-Language: en the field messages are English too', async () => {
    const res = await t.request(null, {
      method: 'POST',
      url: '/api/v1/admin/org-units',
      headers: { 'accept-language': 'en' },
      payload: { parentId: null, name: 'Valid', kind: 'centre', area: 'social', colour: 'blue' },
    });
    const problem = assertProblem(res, 400, 'validation_failed', 'en');
    assert.equal(problem.errors?.[0]?.path, 'colour');
    assert.match(problem.errors![0]!.message, /colour/);
    assert.match(problem.errors![0]!.message, /^[\x20-\x7e]+$/, 'plain English, no Danish letters');
  });

  test('bad path parameters and query strings', async () => {
    const lars = await as('lars');
    const cases: [string, string][] = [
      ['/api/v1/admin/users/not-a-uuid', 'id'],
      ['/api/v1/admin/users?role=wizard', 'role'],
      ['/api/v1/admin/users?orderBy=name', 'orderBy'],
      ['/api/v1/admin/audit-events?limit=0', 'limit'],
      ['/api/v1/admin/audit-events?from=yesterday', 'from'],
    ];
    for (const [url, path] of cases) {
      const problem = assertProblem(await t.request(lars, { method: 'GET', url }), 400, 'validation_failed');
      assert.deepEqual(problem.errors?.map((e) => e.path), [path], url);
    }
  });

  test('an empty role list is a valid PUT but an unknown role is not', async () => {
    const res = await assertUnchanged(t.database, async () =>
      t.request(await as('lars'), { method: 'PUT', url: `/api/v1/admin/users/${randersUser()}/roles`, payload: { roles: ['superuser'] } }),
    );
    assert.deepEqual(assertProblem(res, 400, 'validation_failed').errors?.map((e) => e.path), ['roles.0']);
  });
});

describe('the happy path changes the database and leaves an audit entry', () => {
  let newUnitId: string;
  let newUserId: string;
  let rolesRequestId: string;

  test('GET /api/v1/me', async () => {
    const lars = await as('lars');
    const res = await t.request(lars, { method: 'GET', url: '/api/v1/me' });
    assert.equal(res.statusCode, 200, res.body);
    const me = res.json() as { userId: string; roles: string[]; tenant: { slug: string }; language: string; csrfToken: string };
    assert.equal(me.userId, ids.user('lars'));
    assert.deepEqual(me.roles, ['admin']);
    assert.equal(me.tenant.slug, 'randers');
    assert.equal(me.csrfToken, lars.csrfToken);
    await assertAudited(t.database, res, { action: 'profile.read', actor: ids.user('lars'), outcome: 'allowed', resourceId: ids.user('lars'), tenantId: ids.tenant('randers') });
  });

  test('PATCH /api/v1/me', async () => {
    const peter = await as('peter');
    assert.equal((await userRow(peter.userId)).preferred_language, 'da');
    const res = await t.request(peter, { method: 'PATCH', url: '/api/v1/me', payload: { language: 'en' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as { language: string }).language, 'en');
    assert.equal((await userRow(peter.userId)).preferred_language, 'en');
    await assertAudited(t.database, res, { action: 'profile.update', actor: peter.userId, outcome: 'allowed', resourceId: peter.userId });
  });

  test('GET /api/v1/admin/org-units', async () => {
    const res = await t.request(await as('lars'), { method: 'GET', url: '/api/v1/admin/org-units' });
    assert.equal(res.statusCode, 200, res.body);
    const listed = (res.json() as { items: { id: string }[] }).items.map((u) => u.id).sort();
    const stored = (await t.database.db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', ids.tenant('randers')).execute()).map((u) => u.unit_id).sort();
    assert.deepEqual(listed, stored);
    await assertAudited(t.database, res, { action: 'org-unit.read', actor: ids.user('lars'), outcome: 'allowed', resourceId: null });
  });

  test('POST /api/v1/admin/org-units', async () => {
    const parentId = ids.unit('Center for Handicap og Myndighed');
    const res = await t.request(await as('lars'), {
      method: 'POST',
      url: '/api/v1/admin/org-units',
      payload: { parentId, name: '  Socialpsykiatrisk Team  ', kind: 'unit', area: 'social', email: 'sp-team@randers.demo', phone: '89 15 10 99' },
    });
    assert.equal(res.statusCode, 201, res.body);
    newUnitId = (res.json() as { id: string }).id;
    const row = await t.database.db.selectFrom('org_unit').selectAll().where('unit_id', '=', newUnitId).executeTakeFirstOrThrow();
    assert.equal(row.tenant_id, ids.tenant('randers'));
    assert.equal(row.parent_unit_id, parentId);
    assert.equal(row.name, 'Socialpsykiatrisk Team');
    assert.equal(row.kind, 'unit');
    assert.equal(row.email, 'sp-team@randers.demo');
    assert.equal(row.phone, '89 15 10 99');
    assert.equal(row.version, 1);
    await assertAudited(t.database, res, { action: 'org-unit.manage', actor: ids.user('lars'), outcome: 'allowed', resourceId: newUnitId, tenantId: ids.tenant('randers') });
  });

  test('PATCH /api/v1/admin/org-units/:id', async () => {
    const res = await t.request(await as('lars'), { method: 'PATCH', url: `/api/v1/admin/org-units/${newUnitId}`, payload: { version: 1, name: 'Socialpsykiatrisk Team Nord', phone: null } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((res.json() as { version: number }).version, 2);
    const row = await t.database.db.selectFrom('org_unit').selectAll().where('unit_id', '=', newUnitId).executeTakeFirstOrThrow();
    assert.equal(row.name, 'Socialpsykiatrisk Team Nord');
    assert.equal(row.phone, null);
    assert.equal(row.email, 'sp-team@randers.demo', 'fields not sent are left alone');
    assert.equal(row.version, 2);
    await assertAudited(t.database, res, { action: 'org-unit.manage', actor: ids.user('lars'), outcome: 'allowed', resourceId: newUnitId });
  });

  test('GET /api/v1/admin/users', async () => {
    const res = await t.request(await as('lars'), { method: 'GET', url: '/api/v1/admin/users' });
    assert.equal(res.statusCode, 200, res.body);
    const listed = (res.json() as { items: { id: string }[] }).items.map((u) => u.id).sort();
    const stored = (await t.database.db.selectFrom('app_user').select('user_id').where('tenant_id', '=', ids.tenant('randers')).where('kind', '=', 'staff').execute()).map((u) => u.user_id).sort();
    assert.deepEqual(listed, stored);
    await assertAudited(t.database, res, { action: 'user.read', actor: ids.user('lars'), outcome: 'allowed', resourceId: null });
  });

  test('POST /api/v1/admin/users', async () => {
    const res = await t.request(await as('lars'), {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { displayName: 'Bodil Ravn', email: 'bodil.ravn@randers.demo', title: 'Socialrådgiver', orgUnitId: newUnitId, roles: ['case-officer'] },
    });
    assert.equal(res.statusCode, 201, res.body);
    newUserId = (res.json() as { id: string }).id;
    const row = await userRow(newUserId);
    assert.equal(row.tenant_id, ids.tenant('randers'));
    assert.equal(row.display_name, 'Bodil Ravn');
    assert.equal(row.kind, 'staff');
    assert.equal(row.org_unit_id, newUnitId);
    assert.deepEqual(await rolesOf(newUserId), ['case-officer']);
    await assertAudited(t.database, res, { action: 'user.manage', actor: ids.user('lars'), outcome: 'allowed', resourceId: newUserId });
  });

  test('GET /api/v1/admin/users/:id', async () => {
    const res = await t.request(await as('lars'), { method: 'GET', url: `/api/v1/admin/users/${newUserId}` });
    assert.equal(res.statusCode, 200, res.body);
    const user = res.json() as { displayName: string; orgUnitName: string; roles: string[] };
    assert.equal(user.displayName, 'Bodil Ravn');
    assert.equal(user.orgUnitName, 'Socialpsykiatrisk Team Nord');
    assert.deepEqual(user.roles, ['case-officer']);
    await assertAudited(t.database, res, { action: 'user.read', actor: ids.user('lars'), outcome: 'allowed', resourceId: newUserId });
  });

  test('PATCH /api/v1/admin/users/:id', async () => {
    const res = await t.request(await as('lars'), { method: 'PATCH', url: `/api/v1/admin/users/${newUserId}`, payload: { version: 1, title: 'Afdelingsleder', displayName: 'Bodil Ravn Holm' } });
    assert.equal(res.statusCode, 200, res.body);
    const row = await userRow(newUserId);
    assert.equal(row.title, 'Afdelingsleder');
    assert.equal(row.display_name, 'Bodil Ravn Holm');
    assert.equal(row.email, 'bodil.ravn@randers.demo');
    assert.equal(row.version, 2);
    await assertAudited(t.database, res, { action: 'user.manage', actor: ids.user('lars'), outcome: 'allowed', resourceId: newUserId });
  });

  test('PUT /api/v1/admin/users/:id/roles', async () => {
    const res = await t.request(await as('lars'), { method: 'PUT', url: `/api/v1/admin/users/${newUserId}/roles`, payload: { roles: ['leader', 'case-officer', 'leader'] } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(await rolesOf(newUserId), ['case-officer', 'leader']);
    const grant = await t.database.db.selectFrom('role_grant').select('granted_by').where('user_id', '=', newUserId).where('role', '=', 'leader').executeTakeFirstOrThrow();
    assert.equal(grant.granted_by, ids.user('lars'));
    const entry = await assertAudited(t.database, res, { action: 'role-grant.manage', actor: ids.user('lars'), outcome: 'allowed', resourceId: newUserId });
    assert.deepEqual((entry.details as { before: string[]; after: string[] }).before, ['case-officer']);
    rolesRequestId = requestIdOf(res);
  });

  test('GET /api/v1/admin/audit-events', async () => {
    const res = await t.request(await as('lars'), { method: 'GET', url: '/api/v1/admin/audit-events?action=role-grant.manage' });
    assert.equal(res.statusCode, 200, res.body);
    const page = res.json() as { items: { requestId: string; action: string; resourceId: string; actorName: string; outcome: string }[] };
    const item = page.items.find((i) => i.requestId === rolesRequestId);
    assert.ok(item, 'the role change is in the audit log');
    assert.equal(item.resourceId, newUserId);
    assert.equal(item.actorName, (await userRow(ids.user('lars'))).display_name);
    assert.ok(page.items.every((i) => i.action === 'role-grant.manage'));
    await assertAudited(t.database, res, { action: 'audit-log.read', actor: ids.user('lars'), outcome: 'allowed', resourceId: null });
  });
});

describe('optimistic locking', () => {
  test('a stale org unit version is 409 conflict and changes nothing', async () => {
    const unitId = ids.unit('Hjerneskadeteamet');
    const lars = await as('lars');
    const first = await t.request(lars, { method: 'PATCH', url: `/api/v1/admin/org-units/${unitId}`, payload: { version: 1, phone: '89 15 22 22' } });
    assert.equal(first.statusCode, 200, first.body);
    const res = await assertUnchanged(t.database, () => t.request(lars, { method: 'PATCH', url: `/api/v1/admin/org-units/${unitId}`, payload: { version: 1, name: 'Overskrevet' } }));
    const problem = assertProblem(res, 409, 'conflict');
    assert.equal(problem.detail, 'Nogen har ændret dette, mens du arbejdede. Hent den nyeste version og prøv igen.');
    assert.equal(await versionOfUnit(unitId), 2);
  });

  test('a stale user version is 409 conflict and changes nothing', async () => {
    const userId = ids.user('jesper');
    const lars = await as('lars');
    const first = await t.request(lars, { method: 'PATCH', url: `/api/v1/admin/users/${userId}`, payload: { version: 1, title: 'Tilbudsejer' } });
    assert.equal(first.statusCode, 200, first.body);
    const res = await assertUnchanged(t.database, () => t.request(lars, { method: 'PATCH', url: `/api/v1/admin/users/${userId}`, payload: { version: 1, active: false } }));
    assertProblem(res, 409, 'conflict');
    assert.equal((await userRow(userId)).active, true);
  });
});

describe('administration rules', () => {
  test('the last administrator cannot remove their own admin role', async () => {
    const lars = await as('lars');
    for (const roles of [['leader'], []]) {
      const res = await assertUnchanged(t.database, () => t.request(lars, { method: 'PUT', url: `/api/v1/admin/users/${lars.userId}/roles`, payload: { roles } }));
      const problem = assertProblem(res, 409, 'conflict');
      assert.equal(problem.detail, 'Kommunen skal have mindst én administrator.');
    }
    assert.deepEqual(await rolesOf(lars.userId), ['admin']);
  });

  test('the last administrator cannot be deactivated', async () => {
    const lars = await as('lars');
    const version = (await userRow(lars.userId)).version;
    const res = await assertUnchanged(t.database, () => t.request(lars, { method: 'PATCH', url: `/api/v1/admin/users/${lars.userId}`, payload: { version, active: false } }));
    assert.equal(assertProblem(res, 409, 'conflict').detail, 'Kommunen skal have mindst én administrator.');
    assert.equal(await sessionCount(t.database, lars.userId) > 0, true, 'his session survives');
    assert.equal((await t.request(lars, { method: 'GET', url: '/api/v1/admin/users' })).statusCode, 200);
  });

  test('a unit cannot be placed under itself or under its own child', async () => {
    const centre = ids.unit('Center for Handicap og Myndighed');
    const child = ids.unit('Myndighed Voksen');
    const lars = await as('lars');
    for (const parentId of [child, centre]) {
      const version = await versionOfUnit(centre);
      const res = await assertUnchanged(t.database, () => t.request(lars, { method: 'PATCH', url: `/api/v1/admin/org-units/${centre}`, payload: { version, parentId } }));
      const problem = assertProblem(res, 400, 'validation_failed');
      assert.equal(problem.detail, 'En enhed kan ikke ligge under sig selv.');
    }
  });

  test('deactivating a user ends their sessions at once', async () => {
    const karen = await as('karen');
    assert.equal((await t.request(karen, { method: 'GET', url: '/api/v1/admin/users' })).statusCode, 200);
    const version = (await userRow(karen.userId)).version;
    const res = await t.request(await as('lars'), { method: 'PATCH', url: `/api/v1/admin/users/${karen.userId}`, payload: { version, active: false } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await userRow(karen.userId)).active, false);
    assert.equal(await sessionCount(t.database, karen.userId), 0);
    assertProblem(await t.request(karen, { method: 'GET', url: '/api/v1/me' }), 401, 'unauthenticated');
  });

  test("roles take effect on the user's next request, both ways", async () => {
    const mette = await as('mette');
    const lars = await as('lars');
    assertProblem(await t.request(mette, { method: 'GET', url: '/api/v1/admin/users' }), 403, 'forbidden');
    assertProblem(await t.request(mette, { method: 'GET', url: '/api/v1/admin/audit-events' }), 403, 'forbidden');

    const grant = await t.request(lars, { method: 'PUT', url: `/api/v1/admin/users/${mette.userId}/roles`, payload: { roles: ['case-officer', 'admin'] } });
    assert.equal(grant.statusCode, 200, grant.body);
    // Same session, no new login.
    assert.equal((await t.request(mette, { method: 'GET', url: '/api/v1/admin/users' })).statusCode, 200);
    assert.equal((await t.request(mette, { method: 'GET', url: '/api/v1/admin/audit-events' })).statusCode, 200);
    assert.equal((await t.request(mette, { method: 'GET', url: '/api/v1/admin/org-units' })).statusCode, 200);
    const me = (await t.request(mette, { method: 'GET', url: '/api/v1/me' })).json() as { roles: string[] };
    assert.deepEqual(me.roles, ['admin', 'case-officer']);

    const revoke = await t.request(lars, { method: 'PUT', url: `/api/v1/admin/users/${mette.userId}/roles`, payload: { roles: ['case-officer'] } });
    assert.equal(revoke.statusCode, 200, revoke.body);
    assertProblem(await t.request(mette, { method: 'GET', url: '/api/v1/admin/users' }), 403, 'forbidden');
  });
});
