import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newId } from '../../src/platform/ids.js';
import { auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { insertPlanCitizen, type PlanCitizen } from '../support/plan-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The whole-situation overview is kept between changes (MESTRING_OVERVIEW_CACHE_SECONDS): every change through the
 * application is seen at once, every read is still checked and audited, and a row written behind the application's
 * back shows that the answer really was kept until it expired.
 */

let t: TestApp;
let c: PlanCitizen;
const titles = (overview: { domains: { goals: { title: string }[] }[] }) => overview.domains.flatMap((d) => d.goals.map((g) => g.title)).sort();

before(async () => {
  t = await createTestApp({ MESTRING_OVERVIEW_CACHE_SECONDS: '30' });
  c = await insertPlanCitizen(t.database, { now: t.clock.now });
});

after(async () => {
  await t?.close();
});

async function overviewAs(persona: string) {
  const res = await t.request(await t.loginAs(persona), { method: 'GET', url: `/api/v1/citizens/${c.citizenId}/overview` });
  assert.equal(res.statusCode, 200, res.body);
  return { body: res.json(), res };
}

test('a change through the application is in the next overview; every read is audited', async () => {
  const anders = await t.loginAs('anders');
  const first = await overviewAs('anders');
  const goal = await t.request(anders, { method: 'POST', url: `/api/v1/citizens/${c.citizenId}/goals`, payload: { domain: 'health', title: 'Sove bedre om natten', goalType: 'develop' } });
  assert.equal(goal.statusCode, 201, goal.body);
  const second = await overviewAs('anders');
  assert.ok(titles(second.body).includes('Sove bedre om natten'));
  assert.ok(!titles(first.body).includes('Sove bedre om natten'));
  for (const read of [first, second]) assert.equal((await auditOfRequest(t.database, requestIdOf(read.res))).length, 1, 'each read has its audit entry');
});

test('kept until it expires when nothing passes the application', async () => {
  await overviewAs('anders');
  await t.database.db
    .insertInto('goal')
    .values({ tenant_id: c.tenantId, goal_id: newId(), citizen_id: c.citizenId, domain: 'leisure', title: 'Skrevet direkte i databasen', goal_type: 'develop', created_at: t.clock.now, updated_at: t.clock.now })
    .execute();
  assert.ok(!titles((await overviewAs('anders')).body).includes('Skrevet direkte i databasen'), 'the kept answer');
  t.clock.now = new Date(t.clock.now.getTime() + 31_000);
  assert.ok(titles((await overviewAs('anders')).body).includes('Skrevet direkte i databasen'), 'expired: read again');
});

test('a reader sees only their own share, whatever was kept for the team', async () => {
  const team = await overviewAs('anders');
  const relative = await overviewAs('louise');
  assert.ok(team.body.network.length > 0);
  assert.deepEqual(relative.body.network, []);
  assert.deepEqual(relative.body.domains.map((d: { domain: string }) => d.domain), ['housing'], 'only the consented domain');
});
