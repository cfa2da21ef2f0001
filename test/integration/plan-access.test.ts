import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';
import { assertAudited, assertProblem, auditOfRequest, demoIds, requestIdOf } from '../support/platform-helpers.js';
import { insertPlanCitizen, withdrawConsents, type PlanCitizen } from '../support/plan-factory.js';

/**
 * Who sees what of a citizen's plan: the citizen, the team, a relative with consent for one part, staff without a
 * relation, a leader, another municipality — on the plan, the overview and the history. Every access is audited.
 */

let t: TestApp;
let ids: Awaited<ReturnType<typeof demoIds>>;
let c: PlanCitizen;
const sessions = new Map<string, TestSession>();
const secret = {
  dream: 'DRØM-arbejde-i-planteskole',
  health: 'SUNDHED-sove-hele-natten',
  housing: 'BOLIG-rydde-op-i-køkkenet',
  meeting: 'MØDESTED-Toldbodgade',
  healthComment: 'KOMMENTAR-sundhed',
};
let housingGoalId = '';
let healthGoalId = '';

async function as(persona: string): Promise<TestSession> {
  let session = sessions.get(persona);
  if (!session) {
    session = await t.loginAs(persona);
    sessions.set(persona, session);
  }
  return session;
}

async function ok<T>(persona: string, method: 'POST' | 'PATCH', url: string, payload: Record<string, unknown>): Promise<T> {
  const res = await t.request(await as(persona), { method, url, payload });
  assert.ok(res.statusCode === 200 || res.statusCode === 201, `${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const planUrl = () => `/api/v1/citizens/${c.citizenId}/plan`;
const overviewUrl = () => `/api/v1/citizens/${c.citizenId}/overview`;
const historyUrl = () => `/api/v1/citizens/${c.citizenId}/plan/history`;
const readRoutes = [
  { name: 'plan', url: planUrl, resourceType: 'plan' },
  { name: 'overview', url: overviewUrl, resourceType: 'overview' },
  { name: 'history', url: historyUrl, resourceType: 'plan-history' },
];

before(async () => {
  t = await createTestApp();
  ids = await demoIds(t.database);
  c = await insertPlanCitizen(t.database, { now: t.clock.now });
  const base = `/api/v1/citizens/${c.citizenId}`;
  await ok('mikkel', 'POST', `${base}/dreams`, { text: secret.dream, domain: 'work' });
  const health = await ok<{ id: string }>('anders', 'POST', `${base}/goals`, { domain: 'health', title: secret.health, goalType: 'develop', reviewDate: '2099-01-15' });
  const housing = await ok<{ id: string }>('anders', 'POST', `${base}/goals`, { domain: 'housing', title: secret.housing, goalType: 'maintain', reviewDate: '2099-02-01' });
  healthGoalId = health.id;
  housingGoalId = housing.id;
  await ok('anders', 'POST', `${base}/goals/${health.id}/steps`, { text: 'Gå i seng kl. 22', whoHelps: 'mig selv' });
  await ok('anders', 'POST', `${base}/goals/${housing.id}/steps`, { text: 'Tømme opvaskemaskinen', whoHelps: 'Anders', dueDate: '2099-01-10' });
  await ok('anders', 'POST', `${base}/comments`, { subjectType: 'goal', subjectId: health.id, text: secret.healthComment });
  await t.database.db
    .insertInto('transition_plan')
    .values({ tenant_id: c.tenantId, citizen_id: c.citizenId, started_on: '2026-01-05', responsible_user_id: c.users.anders, adult_services_contact: 'Voksenhandicap', notes: null, created_at: t.clock.now, updated_at: t.clock.now })
    .execute();
  await ok('anders', 'POST', `${base}/meetings`, { startsAt: '2099-03-01T09:00:00Z', location: secret.meeting, participants: [{ name: 'Anders Holm', role: 'support-worker' }] });
});

after(async () => {
  await t?.close();
});

describe('the citizen (self) and the team see the whole plan', () => {
  for (const persona of ['mikkel', 'anders']) {
    for (const route of readRoutes) {
      test(`${persona}: ${route.name}`, async () => {
        const session = await as(persona);
        const res = await t.request(session, { method: 'GET', url: route.url() });
        assert.equal(res.statusCode, 200, res.body);
        for (const text of route.name === 'history' ? [secret.dream, secret.health, secret.housing] : route.name === 'overview' ? [secret.health, secret.housing, secret.meeting] : Object.values(secret)) {
          assert.ok(res.body.includes(text), `${route.name} shows ${text}`);
        }
        const entry = await assertAudited(t.database, res, { action: 'plan.read', actor: session.userId, outcome: 'allowed', resourceId: c.citizenId });
        assert.equal(entry.citizen_id, c.citizenId);
        assert.equal(entry.resource_type, route.resourceType);
        assert.equal((entry.details as { reason: string }).reason, persona === 'mikkel' ? 'relation-self' : 'relation-team');
      });
    }
  }

  test('the plan tells the citizen they may write and comment everywhere', async () => {
    const body = (await t.request(await as('mikkel'), { method: 'GET', url: planUrl() })).json() as { relation: string; canWrite: boolean; hiddenParts: string[]; commentableParts: string[] };
    assert.equal(body.relation, 'self');
    assert.equal(body.canWrite, true);
    assert.deepEqual(body.hiddenParts, []);
    assert.deepEqual((body as unknown as { transition: unknown }).transition, { startedOn: '2026-01-05', responsibleName: 'Anders Holm', parentsInvolved: true, adultServicesContact: 'Voksenhandicap' });
    assert.equal(body.commentableParts.length, 7);
  });

  test('the overview shows the team worker the record, network, team and upcoming reviews', async () => {
    const body = (await t.request(await as('anders'), { method: 'GET', url: overviewUrl() })).json() as {
      citizen: { cprMasked: string; age: number; contactPerson: { name: string } };
      transition: unknown;
      network: { name: string; hasLogin: boolean }[];
      team: { name: string; teamRole: string }[];
      upcoming: { meetings: unknown[]; reviews: { goalId: string }[] };
      domains: { domain: string; goals: { id: string; nextStep: { text: string } | null }[] }[];
    };
    assert.equal(body.citizen.cprMasked, '120491-****');
    assert.deepEqual(body.transition, { startedOn: '2026-01-05', responsibleName: 'Anders Holm', parentsInvolved: true, adultServicesContact: 'Voksenhandicap' });
    assert.equal(body.citizen.contactPerson.name, 'Anders Holm');
    assert.deepEqual(body.network, [{ name: 'Louise Testesen', relation: 'søster', isRelative: true, hasLogin: true }]);
    assert.deepEqual(body.team.map((m) => [m.name, m.teamRole]), [['Anders Holm', 'support-worker']]);
    assert.equal(body.upcoming.meetings.length, 1);
    assert.deepEqual(body.upcoming.reviews.map((r) => r.goalId), [healthGoalId, housingGoalId]);
    assert.equal(body.domains.find((d) => d.domain === 'housing')?.goals[0]?.nextStep?.text, 'Tømme opvaskemaskinen');
  });
});

describe('a relative with consent for domain:housing only sees only housing', () => {
  for (const route of readRoutes) {
    test(`louise: ${route.name}`, async () => {
      const session = await as('louise');
      const res = await t.request(session, { method: 'GET', url: route.url() });
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(res.body.includes(secret.housing), 'the housing goal is shown');
      for (const text of [secret.dream, secret.health, secret.meeting, secret.healthComment, 'Gå i seng']) assert.ok(!res.body.includes(text), `${route.name} must not show ${text}`);
      const entry = await assertAudited(t.database, res, { action: 'plan.read', actor: session.userId, outcome: 'allowed', resourceId: c.citizenId });
      assert.equal((entry.details as { reason: string }).reason, 'consent-relative');
    });
  }

  test('the plan: no dreams, no meetings, only the housing domain, and nothing to write', async () => {
    const body = (await t.request(await as('louise'), { method: 'GET', url: planUrl() })).json() as Record<string, unknown> & { domains: { domain: string }[]; hiddenParts: string[] };
    assert.equal(body.relation, 'relative');
    assert.equal(body.canWrite, false);
    assert.equal(body.dreams, null);
    assert.equal(body.meetings, null);
    assert.equal(body.transition, null);
    assert.deepEqual(body.domains.map((d) => d.domain), ['housing']);
    assert.deepEqual(body.commentableParts, []);
    assert.deepEqual(body.hiddenParts, ['dreams', 'meetings', 'domain:health', 'domain:social', 'domain:leisure', 'domain:work']);
  });

  test('the overview: no record details, network or team, no meetings', async () => {
    const body = (await t.request(await as('louise'), { method: 'GET', url: overviewUrl() })).json() as { citizen: { cprMasked: string | null }; network: unknown[]; team: unknown[]; upcoming: { meetings: unknown[]; reviews: { goalId: string }[] }; domains: { domain: string }[] };
    assert.equal(body.citizen.cprMasked, null);
    assert.equal((body as unknown as { transition: unknown }).transition, null);
    assert.deepEqual(body.network, []);
    assert.deepEqual(body.team, []);
    assert.deepEqual(body.upcoming.meetings, []);
    assert.deepEqual(body.upcoming.reviews.map((r) => r.goalId), [housingGoalId]);
    assert.deepEqual(body.domains.map((d) => d.domain), ['housing']);
  });

  test('the history: only changes to the housing part', async () => {
    const body = (await t.request(await as('louise'), { method: 'GET', url: historyUrl() })).json() as { items: { part: string }[] };
    assert.ok(body.items.length >= 2, 'the housing goal and its step');
    assert.ok(body.items.every((i) => i.part === 'domain:housing'));
  });

  test('meetings are not shared with her: 404, audited', async () => {
    const session = await as('louise');
    const res = await t.request(session, { method: 'GET', url: `/api/v1/citizens/${c.citizenId}/meetings` });
    assertProblem(res, 404, 'not_found');
    await assertAudited(t.database, res, { action: 'plan.read', actor: session.userId, outcome: 'denied' });
  });

  test('without comment consent she cannot comment, not even on the housing goal she sees; nothing is written', async () => {
    const session = await as('louise');
    for (const subjectId of [housingGoalId, healthGoalId]) {
      const before = await t.database.db.selectFrom('plan_comment').select('comment_id').where('citizen_id', '=', c.citizenId).execute();
      const res = await t.request(session, { method: 'POST', url: `/api/v1/citizens/${c.citizenId}/comments`, payload: { subjectType: 'goal', subjectId, text: 'Godt gået!' } });
      assertProblem(res, 404, 'not_found');
      const entry = await assertAudited(t.database, res, { action: 'plan.comment', actor: session.userId, outcome: 'denied' });
      assert.equal((entry.details as { reason: string }).reason, 'no-relation-or-consent');
      const afterRows = await t.database.db.selectFrom('plan_comment').select('comment_id').where('citizen_id', '=', c.citizenId).execute();
      assert.equal(afterRows.length, before.length);
    }
  });

  test('she cannot write in the plan: 404, audited, nothing written', async () => {
    const session = await as('louise');
    const res = await t.request(session, { method: 'POST', url: `/api/v1/citizens/${c.citizenId}/goals`, payload: { domain: 'housing', title: 'Louises mål', goalType: 'develop' } });
    assertProblem(res, 404, 'not_found');
    await assertAudited(t.database, res, { action: 'plan.write', actor: session.userId, outcome: 'denied' });
    const goals = await t.database.db.selectFrom('goal').select('title').where('citizen_id', '=', c.citizenId).execute();
    assert.ok(!goals.some((g) => g.title === 'Louises mål'));
  });
});

describe('without a relation or consent the citizen is not found, and the attempt is audited', () => {
  const cases = [
    { persona: 'mette', who: 'a case officer outside the team', reason: 'no-relation-or-consent', tenant: 'randers' },
    { persona: 'karen', who: 'a leader', reason: 'role-lacks-permission', tenant: 'randers' },
    { persona: 'soeby-camilla', who: 'a support worker in another municipality', reason: 'unknown-citizen', tenant: 'soeby' },
  ];
  for (const k of cases) {
    for (const route of readRoutes) {
      test(`${k.who} (${k.persona}): ${route.name} → 404`, async () => {
        const session = await as(k.persona);
        const res = await t.request(session, { method: 'GET', url: route.url() });
        const problem = assertProblem(res, 404, 'not_found');
        assert.ok(!res.body.includes(secret.housing));
        const entry = await assertAudited(t.database, res, { action: 'plan.read', actor: session.userId, outcome: 'denied', tenantId: ids.tenant(k.tenant) });
        assert.equal((entry.details as { reason: string }).reason, k.reason);
        assert.equal(entry.request_id, problem.requestId);
      });
    }
  }

  test('an unknown citizen: 404', async () => {
    const res = await t.request(await as('anders'), { method: 'GET', url: '/api/v1/citizens/01900000-0000-7000-8000-000000000000/plan' });
    assertProblem(res, 404, 'not_found');
  });

  test('without a session: 401 and no audit entry', async () => {
    for (const route of readRoutes) {
      const res = await t.request(null, { method: 'GET', url: route.url() });
      assertProblem(res, 401, 'unauthenticated');
      assert.deepEqual(await auditOfRequest(t.database, requestIdOf(res)), []);
    }
  });
});

describe('after the citizen withdraws the consent', () => {
  test('the relative\'s next request finds nothing, on every route', async () => {
    await withdrawConsents(t.database, c, t.clock.now);
    const session = await as('louise');
    for (const route of readRoutes) {
      const res = await t.request(session, { method: 'GET', url: route.url() });
      assertProblem(res, 404, 'not_found');
      assert.ok(!res.body.includes(secret.housing));
      await assertAudited(t.database, res, { action: 'plan.read', actor: session.userId, outcome: 'denied' });
    }
  });
});
