import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { assertProblem } from '../support/platform-helpers.js';
import { insertPlanCitizen, type PlanCitizen } from '../support/plan-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** "Sæt i min plan": a step can point at a published offer, and the plan shows the link. */

let t: TestApp;
let c: PlanCitizen;
let published: string;
let draft: string;
let goalId: string;

before(async () => {
  t = await createTestApp();
  c = await insertPlanCitizen(t.database, { now: t.clock.now });
  const f = catalogueFactory(t.database);
  published = await f.offer(c.tenantId, { name: 'Håndbold for alle (test)', life_domains: ['leisure'] });
  draft = await f.offer(c.tenantId, { name: 'Kladde (test)', lifecycle: 'draft', published_at: null });
  const mikkel = await t.loginAs('mikkel');
  const goal = await t.request(mikkel, { method: 'POST', url: `/api/v1/citizens/${c.citizenId}/goals`, payload: { domain: 'leisure', title: 'Gå til håndbold', goalType: 'develop' } });
  assert.equal(goal.statusCode, 201, goal.body);
  goalId = goal.json().id;
});

after(async () => {
  await t?.close();
});

test('the citizen puts a published offer in the plan as a step; the step and the plan keep the link', async () => {
  const mikkel = await t.loginAs('mikkel');
  const res = await t.request(mikkel, { method: 'POST', url: `/api/v1/citizens/${c.citizenId}/goals/${goalId}/steps`, payload: { text: 'Prøv Håndbold for alle', offerId: published } });
  assert.equal(res.statusCode, 201, res.body);
  assert.equal(res.json().offerId, published);
  const row = await t.database.db.selectFrom('step').select('offer_id').where('step_id', '=', res.json().id).executeTakeFirstOrThrow();
  assert.equal(row.offer_id, published);
  const plan = (await t.request(mikkel, { method: 'GET', url: `/api/v1/citizens/${c.citizenId}/plan` })).json();
  const steps = plan.domains.find((d: { domain: string }) => d.domain === 'leisure').goals.flatMap((g: { steps: { offerId: string | null }[] }) => g.steps);
  assert.ok(steps.some((s: { offerId: string | null }) => s.offerId === published));
});

test('a draft or unknown offer is refused with a clear message, and no step is made', async () => {
  const mikkel = await t.loginAs('mikkel');
  const count = async () => (await t.database.db.selectFrom('step').select('step_id').where('goal_id', '=', goalId).execute()).length;
  const before = await count();
  for (const offerId of [draft, '017cd894-c180-7ebc-887a-a1a20c9deb23']) {
    const res = await t.request(mikkel, { method: 'POST', url: `/api/v1/citizens/${c.citizenId}/goals/${goalId}/steps`, headers: { 'accept-language': 'da' }, payload: { text: 'Prøv', offerId } });
    const problem = assertProblem(res, 400, 'validation_failed');
    assert.equal(problem.errors![0]!.path, 'offerId');
    assert.match(problem.errors![0]!.message, /findes ikke/);
  }
  assert.equal(await count(), before);
});
