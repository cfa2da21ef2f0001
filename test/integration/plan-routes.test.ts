import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';
import { assertAudited, assertProblem, auditOfRequest, requestIdOf } from '../support/platform-helpers.js';
import { insertPlanCitizen, planChangesOf, type PlanCitizen } from '../support/plan-factory.js';

/**
 * Every route of the plan and its meetings: the happy path's rows, its plan_change row (who changed which field
 * from what to what) and its audit entry; optimistic versions; the goal rules; bad input that changes nothing.
 */

let t: TestApp;
let c: PlanCitizen;
const sessions = new Map<string, TestSession>();

async function as(persona: string): Promise<TestSession> {
  let session = sessions.get(persona);
  if (!session) {
    session = await t.loginAs(persona);
    sessions.set(persona, session);
  }
  return session;
}

const base = () => `/api/v1/citizens/${c.citizenId}`;
const db = () => t.database.db;

function expectStatus(res: LightMyRequestResponse, status: number) {
  assert.equal(res.statusCode, status, res.body);
  return res.json() as Record<string, any>;
}

/** Everything the plan tables hold for the test citizen, to prove a refused request changed nothing. */
async function planState(): Promise<string> {
  const tables = ['dream', 'goal', 'step', 'plan_meeting', 'plan_comment', 'plan_change'] as const;
  const state: Record<string, unknown> = {};
  for (const table of tables) state[table] = await db().selectFrom(table).selectAll().where('citizen_id', '=', c.citizenId).execute();
  return JSON.stringify(state);
}

async function assertNothingChanged(fn: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const beforeState = await planState();
  const res = await fn();
  assert.equal(await planState(), beforeState, 'the plan tables are unchanged');
  return res;
}

before(async () => {
  t = await createTestApp();
  c = await insertPlanCitizen(t.database, { now: t.clock.now, consents: [{ part: 'domain:housing', level: 'comment' }] });
});

after(async () => {
  await t?.close();
});

describe('dreams', () => {
  let dreamId = '';

  test('the citizen writes down a dream: 201, the row, a create in the history, an audit entry', async () => {
    const mikkel = await as('mikkel');
    const res = await t.request(mikkel, { method: 'POST', url: `${base()}/dreams`, payload: { text: 'Arbejde nogle timer i en planteskole', domain: 'work' } });
    const body = expectStatus(res, 201);
    dreamId = body.id;
    assert.equal(body.version, 1);
    const row = await db().selectFrom('dream').selectAll().where('dream_id', '=', dreamId).executeTakeFirstOrThrow();
    assert.equal(row.text, 'Arbejde nogle timer i en planteskole');
    assert.equal(row.created_by, mikkel.userId);
    const [change, ...more] = await planChangesOf(t.database, dreamId);
    assert.equal(more.length, 0);
    assert.equal(change!.operation, 'create');
    assert.equal(change!.part, 'dreams');
    assert.equal(change!.actor_user_id, mikkel.userId);
    assert.equal(change!.actor_role, 'citizen');
    assert.deepEqual(change!.changes, { text: { from: null, to: 'Arbejde nogle timer i en planteskole' }, domain: { from: null, to: 'work' } });
    const entry = await assertAudited(t.database, res, { action: 'plan.write', actor: mikkel.userId, outcome: 'allowed', resourceId: dreamId });
    assert.equal(entry.citizen_id, c.citizenId);
  });

  test('the worker changes it: the diff names only the changed field', async () => {
    const anders = await as('anders');
    const res = await t.request(anders, { method: 'PATCH', url: `${base()}/dreams/${dreamId}`, payload: { version: 1, text: 'Arbejde 10 timer om ugen i en planteskole' } });
    assert.equal(expectStatus(res, 200).version, 2);
    const changes = await planChangesOf(t.database, dreamId);
    assert.equal(changes.length, 2);
    assert.deepEqual(changes[1]!.changes, { text: { from: 'Arbejde nogle timer i en planteskole', to: 'Arbejde 10 timer om ugen i en planteskole' } });
    assert.equal(changes[1]!.actor_role, 'support-worker');
    await assertAudited(t.database, res, { action: 'plan.write', actor: anders.userId, outcome: 'allowed', resourceId: dreamId });
  });

  test('a stale version: 409 version.stale, nothing changed', async () => {
    const res = await assertNothingChanged(() => t.request(sessions.get('mikkel')!, { method: 'PATCH', url: `${base()}/dreams/${dreamId}`, payload: { version: 1, text: 'Overskrevet' } }));
    const problem = assertProblem(res, 409, 'conflict');
    assert.match(problem.detail ?? '', /Nogen har ændret dette/);
  });

  test('delete archives it: 204, gone from the plan, kept in the history', async () => {
    const mikkel = await as('mikkel');
    const res = await t.request(mikkel, { method: 'DELETE', url: `${base()}/dreams/${dreamId}?version=2` });
    assert.equal(res.statusCode, 204, res.body);
    const row = await db().selectFrom('dream').selectAll().where('dream_id', '=', dreamId).executeTakeFirstOrThrow();
    assert.ok(row.archived_at);
    const changes = await planChangesOf(t.database, dreamId);
    assert.equal(changes.at(-1)!.operation, 'delete');
    assert.deepEqual(changes.at(-1)!.changes, { text: { from: 'Arbejde 10 timer om ugen i en planteskole', to: null }, domain: { from: 'work', to: null } });
    const plan = expectStatus(await t.request(mikkel, { method: 'GET', url: `${base()}/plan` }), 200);
    assert.deepEqual(plan.dreams, []);
    const again = await t.request(mikkel, { method: 'DELETE', url: `${base()}/dreams/${dreamId}?version=3` });
    assertProblem(again, 404, 'not_found');
  });

  test('bad input: an over-long text, an unknown domain, a missing version — 400 with field paths, nothing changed', async () => {
    const mikkel = await as('mikkel');
    const long = await assertNothingChanged(() => t.request(mikkel, { method: 'POST', url: `${base()}/dreams`, payload: { text: 'x'.repeat(2001) } }));
    const problem = assertProblem(long, 400, 'validation_failed');
    assert.deepEqual(problem.errors, [{ path: 'text', message: 'Teksten er for lang. Højst 2000 tegn.' }]);
    const domain = await assertNothingChanged(() => t.request(mikkel, { method: 'POST', url: `${base()}/dreams`, payload: { text: 'Drøm', domain: 'mars' } }));
    assert.deepEqual(assertProblem(domain, 400, 'validation_failed').errors?.map((e) => e.path), ['domain']);
    const noVersion = await assertNothingChanged(() => t.request(mikkel, { method: 'DELETE', url: `${base()}/dreams/${dreamId}` }));
    assert.deepEqual(assertProblem(noVersion, 400, 'validation_failed').errors?.map((e) => e.path), ['version']);
  });
});

describe('goals and steps', () => {
  let goalId = '';
  let stepId = '';

  test('the worker adds a goal in the citizen\'s words: 201, row, history, audit', async () => {
    const anders = await as('anders');
    const res = await t.request(anders, { method: 'POST', url: `${base()}/goals`, payload: { domain: 'health', title: 'Sove bedre', description: 'Mindre træthed om dagen', goalType: 'develop', reviewDate: '2099-06-30' } });
    const body = expectStatus(res, 201);
    goalId = body.id;
    assert.equal(body.status, 'active');
    assert.equal(body.outcome, 'in-progress');
    assert.equal(body.progress, 0);
    assert.equal(body.track, 'adult');
    const row = await db().selectFrom('goal').selectAll().where('goal_id', '=', goalId).executeTakeFirstOrThrow();
    assert.equal(row.domain, 'health');
    assert.equal(row.review_date, '2099-06-30');
    const [change] = await planChangesOf(t.database, goalId);
    assert.equal(change!.part, 'domain:health');
    assert.deepEqual(change!.changes.title, { from: null, to: 'Sove bedre' });
    await assertAudited(t.database, res, { action: 'plan.write', actor: anders.userId, outcome: 'allowed', resourceId: goalId });
  });

  test('the citizen adds a goal too', async () => {
    const res = await t.request(await as('mikkel'), { method: 'POST', url: `${base()}/goals`, payload: { domain: 'leisure', title: 'Se håndbold', goalType: 'maintain' } });
    expectStatus(res, 201);
  });

  test('steps: added in order, and the citizen marks one done', async () => {
    const anders = await as('anders');
    const first = await t.request(anders, { method: 'POST', url: `${base()}/goals/${goalId}/steps`, payload: { text: 'Gå i seng kl. 22', whoHelps: 'mig selv', dueDate: '2099-01-31', pictogram: 'sleep' } });
    stepId = expectStatus(first, 201).id;
    await assertAudited(t.database, first, { action: 'plan.write', actor: anders.userId, outcome: 'allowed', resourceId: stepId });
    const second = expectStatus(await t.request(anders, { method: 'POST', url: `${base()}/goals/${goalId}/steps`, payload: { text: 'Gå en tur hver dag' } }), 201);
    const rows = await db().selectFrom('step').select(['step_id', 'sort_order', 'citizen_id']).where('goal_id', '=', goalId).orderBy('sort_order').execute();
    assert.deepEqual(rows.map((r) => r.step_id), [stepId, second.id]);
    assert.ok(rows.every((r) => r.citizen_id === c.citizenId));

    const mikkel = await as('mikkel');
    const done = await t.request(mikkel, { method: 'PATCH', url: `${base()}/steps/${stepId}`, payload: { version: 1, status: 'done' } });
    const step = expectStatus(done, 200);
    assert.equal(step.status, 'done');
    assert.ok(step.doneAt);
    const row = await db().selectFrom('step').selectAll().where('step_id', '=', stepId).executeTakeFirstOrThrow();
    assert.equal(row.done_by, mikkel.userId);
    const changes = await planChangesOf(t.database, stepId);
    assert.deepEqual(changes.at(-1)!.changes, { status: { from: 'planned', to: 'done' } });
    assert.equal(changes.at(-1)!.actor_role, 'citizen');
    await assertAudited(t.database, done, { action: 'plan.write', actor: mikkel.userId, outcome: 'allowed', resourceId: stepId });

    const plan = expectStatus(await t.request(mikkel, { method: 'GET', url: `${base()}/plan` }), 200);
    const goal = plan.domains.find((d: any) => d.domain === 'health').goals[0];
    assert.equal(goal.progress, 50);
    assert.deepEqual(goal.steps.map((s: any) => s.status), ['done', 'planned']);
  });

  test('the citizen rates the goal (only the citizen), the worker sets the FFB level (only staff)', async () => {
    const mikkel = await as('mikkel');
    const anders = await as('anders');
    const refusedRating = await assertNothingChanged(() => t.request(anders, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: 1, citizenRating: 4 } }));
    assert.match(assertProblem(refusedRating, 403, 'forbidden').detail ?? '', /Kun borgeren selv/);
    const refusedLevel = await assertNothingChanged(() => t.request(mikkel, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: 1, workerLevel: 2 } }));
    assert.match(assertProblem(refusedLevel, 403, 'forbidden').detail ?? '', /Kun medarbejdere/);

    const rated = expectStatus(await t.request(mikkel, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: 1, citizenRating: 4 } }), 200);
    assert.equal(rated.citizenRating, 4);
    const levelled = expectStatus(await t.request(anders, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: 2, workerLevel: 2 } }), 200);
    assert.equal(levelled.workerLevel, 2);
    assert.equal(levelled.version, 3);
    const row = await db().selectFrom('goal').selectAll().where('goal_id', '=', goalId).executeTakeFirstOrThrow();
    assert.ok(row.citizen_rated_at && row.worker_assessed_at);
    const changes = await planChangesOf(t.database, goalId);
    assert.deepEqual(changes.slice(-2).map((ch) => [ch.actor_user_id, ch.changes]), [
      [mikkel.userId, { citizenRating: { from: null, to: 4 } }],
      [anders.userId, { workerLevel: { from: null, to: 2 } }],
    ]);
  });

  test('two workers edit the same goal: the second save gets 409 and the first change is kept', async () => {
    const anders = await as('anders');
    const goal = await db().selectFrom('goal').select('version').where('goal_id', '=', goalId).executeTakeFirstOrThrow();
    // A second team member, reading the same version as Anders.
    const mette = await as('mette');
    await db().insertInto('citizen_team_member').values({ tenant_id: c.tenantId, citizen_id: c.citizenId, user_id: mette.userId, team_role: 'case-officer', added_at: t.clock.now }).execute();
    const first = await t.request(anders, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: goal.version, title: 'Sove 7 timer hver nat' } });
    expectStatus(first, 200);
    const second = await assertNothingChanged(() => t.request(mette, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: goal.version, title: 'Sove uden sovepiller' } }));
    const problem = assertProblem(second, 409, 'conflict');
    assert.equal(problem.detail, 'Nogen har ændret dette, mens du arbejdede. Hent den nyeste version og prøv igen.');
    const row = await db().selectFrom('goal').select(['title', 'version']).where('goal_id', '=', goalId).executeTakeFirstOrThrow();
    assert.deepEqual(row, { title: 'Sove 7 timer hver nat', version: goal.version + 1 });
    await db().deleteFrom('citizen_team_member').where('citizen_id', '=', c.citizenId).where('user_id', '=', mette.userId).execute();
  });

  test('an illegal status change: 400 goal.status_change, nothing changed; a legal one is recorded', async () => {
    const anders = await as('anders');
    const { version } = await db().selectFrom('goal').select('version').where('goal_id', '=', goalId).executeTakeFirstOrThrow();
    const achieved = expectStatus(await t.request(anders, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version, status: 'achieved' } }), 200);
    assert.equal(achieved.outcome, 'success');
    const illegal = await assertNothingChanged(() => t.request(anders, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: version + 1, status: 'paused' } }));
    const problem = assertProblem(illegal, 400, 'validation_failed');
    assert.match(problem.detail ?? '', /kan ikke skifte direkte/);
    assert.deepEqual(problem.errors?.map((e) => e.path), ['status']);
    const reopened = expectStatus(await t.request(anders, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: version + 1, status: 'active' } }), 200);
    assert.equal(reopened.status, 'active');
    const changes = await planChangesOf(t.database, goalId);
    assert.deepEqual(changes.slice(-2).map((ch) => ch.changes.status), [{ from: 'active', to: 'achieved' }, { from: 'achieved', to: 'active' }]);
  });

  test('bad input on goals and steps: invalid dates, over-long texts, out-of-range ratings, unknown fields — 400, nothing changed', async () => {
    const anders = await as('anders');
    const cases: { url: string; method: 'POST' | 'PATCH'; payload: Record<string, unknown>; path: string }[] = [
      { method: 'POST', url: `${base()}/goals`, payload: { domain: 'health', title: 'x'.repeat(501), goalType: 'develop' }, path: 'title' },
      { method: 'POST', url: `${base()}/goals`, payload: { domain: 'health', title: 'Mål', goalType: 'develop', reviewDate: '2026-02-30' }, path: 'reviewDate' },
      { method: 'POST', url: `${base()}/goals`, payload: { domain: 'health', title: 'Mål', goalType: 'improve' }, path: 'goalType' },
      { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: 99, citizenRating: 6 }, path: 'citizenRating' },
      { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: 99, workerLevel: 5 }, path: 'workerLevel' },
      { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version: 99, hidden: 'intern note' }, path: 'hidden' },
      { method: 'POST', url: `${base()}/goals/${goalId}/steps`, payload: { text: 'Skridt', dueDate: '31-01-2099' }, path: 'dueDate' },
      { method: 'PATCH', url: `${base()}/steps/${stepId}`, payload: { version: 1, text: 'x'.repeat(1001) }, path: 'text' },
    ];
    for (const k of cases) {
      const res = await assertNothingChanged(() => t.request(anders, { method: k.method, url: k.url, payload: k.payload }));
      assert.deepEqual(assertProblem(res, 400, 'validation_failed').errors?.map((e) => e.path), [k.path], JSON.stringify(k.payload).slice(0, 80));
    }
  });

  test('a save that changes nothing keeps the version and adds no history', async () => {
    const anders = await as('anders');
    const { version } = await db().selectFrom('goal').select('version').where('goal_id', '=', goalId).executeTakeFirstOrThrow();
    const current = await db().selectFrom('goal').select('title').where('goal_id', '=', goalId).executeTakeFirstOrThrow();
    const res = await assertNothingChanged(() => t.request(anders, { method: 'PATCH', url: `${base()}/goals/${goalId}`, payload: { version, title: current.title } }));
    assert.equal(expectStatus(res, 200).version, version);
  });

  test('an unknown goal or step: 404, nothing changed', async () => {
    const anders = await as('anders');
    const unknown = '01900000-0000-7000-8000-000000000001';
    for (const [method, url, payload] of [
      ['PATCH', `${base()}/goals/${unknown}`, { version: 1, title: 'Nyt' }],
      ['POST', `${base()}/goals/${unknown}/steps`, { text: 'Nyt' }],
      ['PATCH', `${base()}/steps/${unknown}`, { version: 1, text: 'Nyt' }],
    ] as const) {
      const res = await assertNothingChanged(() => t.request(anders, { method, url, payload }));
      assertProblem(res, 404, 'not_found');
    }
  });
});

describe('comments', () => {
  test('the citizen comments on a goal; it appears on the goal with the author\'s name', async () => {
    const mikkel = await as('mikkel');
    const goal = await db().selectFrom('goal').select('goal_id').where('citizen_id', '=', c.citizenId).where('domain', '=', 'health').executeTakeFirstOrThrow();
    const res = await t.request(mikkel, { method: 'POST', url: `${base()}/comments`, payload: { subjectType: 'goal', subjectId: goal.goal_id, text: 'Det går bedre nu' } });
    const body = expectStatus(res, 201);
    assert.equal(body.authorName, 'Mikkel Sørensen');
    const row = await db().selectFrom('plan_comment').selectAll().where('comment_id', '=', body.id).executeTakeFirstOrThrow();
    assert.equal(row.part, 'domain:health');
    const [change] = await planChangesOf(t.database, body.id);
    assert.equal(change!.subject_type, 'comment');
    await assertAudited(t.database, res, { action: 'plan.comment', actor: mikkel.userId, outcome: 'allowed', resourceId: body.id });
    const plan = expectStatus(await t.request(mikkel, { method: 'GET', url: `${base()}/plan` }), 200);
    assert.deepEqual(plan.domains.find((d: any) => d.domain === 'health').goals[0].comments.map((cm: any) => cm.text), ['Det går bedre nu']);
  });

  test('a relative with comment consent for housing comments there, and nowhere else', async () => {
    const anders = await as('anders');
    const housing = expectStatus(await t.request(anders, { method: 'POST', url: `${base()}/goals`, payload: { domain: 'housing', title: 'Holde lejligheden', goalType: 'maintain' } }), 201);
    const louise = await as('louise');
    const res = await t.request(louise, { method: 'POST', url: `${base()}/comments`, payload: { subjectType: 'goal', subjectId: housing.id, text: 'Jeg hjælper gerne med indkøb' } });
    const body = expectStatus(res, 201);
    const entry = await assertAudited(t.database, res, { action: 'plan.comment', actor: louise.userId, outcome: 'allowed' });
    assert.equal((entry.details as { reason: string }).reason, 'consent-relative');
    const [change] = await planChangesOf(t.database, body.id);
    assert.equal(change!.actor_role, 'relative');
    const health = await db().selectFrom('goal').select('goal_id').where('citizen_id', '=', c.citizenId).where('domain', '=', 'health').executeTakeFirstOrThrow();
    const refused = await assertNothingChanged(() => t.request(louise, { method: 'POST', url: `${base()}/comments`, payload: { subjectType: 'goal', subjectId: health.goal_id, text: 'Hej' } }));
    assertProblem(refused, 404, 'not_found');
    await assertAudited(t.database, refused, { action: 'plan.comment', actor: louise.userId, outcome: 'denied' });
  });

  test('a comment on something not in the plan: 404; an over-long comment: 400', async () => {
    const mikkel = await as('mikkel');
    const missing = await assertNothingChanged(() => t.request(mikkel, { method: 'POST', url: `${base()}/comments`, payload: { subjectType: 'step', subjectId: '01900000-0000-7000-8000-000000000002', text: 'Hej' } }));
    assertProblem(missing, 404, 'not_found');
    const long = await assertNothingChanged(() => t.request(mikkel, { method: 'POST', url: `${base()}/comments`, payload: { subjectType: 'dream', subjectId: '01900000-0000-7000-8000-000000000002', text: 'x'.repeat(2001) } }));
    assert.deepEqual(assertProblem(long, 400, 'validation_failed').errors?.map((e) => e.path), ['text']);
  });
});

describe('plan meetings', () => {
  let meetingId = '';

  test('the worker plans a meeting: the citizen is always invited', async () => {
    const anders = await as('anders');
    const res = await t.request(anders, { method: 'POST', url: `${base()}/meetings`, payload: { startsAt: '2099-03-01T10:00:00+01:00', location: 'Mikkels lejlighed', participants: [{ name: 'Anders Holm', role: 'support-worker', userId: anders.userId }] } });
    const body = expectStatus(res, 201);
    meetingId = body.id;
    assert.equal(body.startsAt, '2099-03-01T09:00:00.000Z');
    assert.deepEqual(body.participants, [{ name: 'Mikkel Testesen', role: 'citizen' }, { name: 'Anders Holm', role: 'support-worker' }]);
    const row = await db().selectFrom('plan_meeting').selectAll().where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
    assert.equal(row.citizen_invited, true);
    assert.equal(row.participants[1]!.userId, anders.userId);
    const [change] = await planChangesOf(t.database, meetingId);
    assert.equal(change!.part, 'meetings');
    await assertAudited(t.database, res, { action: 'meeting.manage', actor: anders.userId, outcome: 'allowed', resourceId: meetingId });
  });

  test('after the meeting: agreements, summary, next review, status held — in the history field by field', async () => {
    const anders = await as('anders');
    const payload = { version: 1, status: 'held', agreements: [{ who: 'Anders', what: 'Ringer til jobcentret', byDate: '2099-03-15' }, { who: 'Mikkel', what: 'Skriver hvad han gerne vil' }], summary: 'Vi talte om arbejde.', nextReviewDate: '2099-06-01' };
    const res = await t.request(anders, { method: 'PATCH', url: `${base()}/meetings/${meetingId}`, payload });
    const body = expectStatus(res, 200);
    assert.deepEqual(body.agreements, [{ who: 'Anders', what: 'Ringer til jobcentret', byDate: '2099-03-15' }, { who: 'Mikkel', what: 'Skriver hvad han gerne vil', byDate: null }]);
    assert.equal(body.status, 'held');
    assert.equal(body.version, 2);
    const changes = await planChangesOf(t.database, meetingId);
    assert.deepEqual(Object.keys(changes.at(-1)!.changes).sort(), ['agreements', 'nextReviewDate', 'status', 'summary']);
    await assertAudited(t.database, res, { action: 'meeting.manage', actor: anders.userId, outcome: 'allowed', resourceId: meetingId });
  });

  test('a held meeting cannot go back to planned; a stale version gets 409; nothing changed', async () => {
    const anders = await as('anders');
    const illegal = await assertNothingChanged(() => t.request(anders, { method: 'PATCH', url: `${base()}/meetings/${meetingId}`, payload: { version: 2, status: 'planned' } }));
    assert.match(assertProblem(illegal, 400, 'validation_failed').detail ?? '', /Mødet kan ikke skifte/);
    const stale = await assertNothingChanged(() => t.request(anders, { method: 'PATCH', url: `${base()}/meetings/${meetingId}`, payload: { version: 1, summary: 'Overskrevet' } }));
    assertProblem(stale, 409, 'conflict');
    const badDate = await assertNothingChanged(() => t.request(anders, { method: 'POST', url: `${base()}/meetings`, payload: { startsAt: '2099-13-01T10:00:00Z', participants: [] } }));
    assert.deepEqual(assertProblem(badDate, 400, 'validation_failed').errors?.map((e) => e.path), ['startsAt']);
  });

  test('the citizen reads the meetings but does not manage them', async () => {
    const mikkel = await as('mikkel');
    const res = await t.request(mikkel, { method: 'GET', url: `${base()}/meetings` });
    const body = expectStatus(res, 200);
    assert.deepEqual(body.items.map((m: any) => m.id), [meetingId]);
    await assertAudited(t.database, res, { action: 'plan.read', actor: mikkel.userId, outcome: 'allowed', resourceId: c.citizenId });
    const refused = await assertNothingChanged(() => t.request(mikkel, { method: 'POST', url: `${base()}/meetings`, payload: { startsAt: '2099-04-01T10:00:00Z', participants: [] } }));
    assertProblem(refused, 404, 'not_found');
    await assertAudited(t.database, refused, { action: 'meeting.manage', actor: mikkel.userId, outcome: 'denied' });
  });
});

describe('history and overview', () => {
  test('the citizen sees who changed what, newest first, page by page', async () => {
    const mikkel = await as('mikkel');
    const all = await db().selectFrom('plan_change').select('change_id').where('citizen_id', '=', c.citizenId).execute();
    const seen: any[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${base()}/plan/history?limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.request(mikkel, { method: 'GET', url });
      const body = expectStatus(res, 200);
      await assertAudited(t.database, res, { action: 'plan.read', actor: mikkel.userId, outcome: 'allowed' });
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    assert.equal(seen.length, all.length);
    assert.equal(new Set(seen.map((i) => i.id)).size, all.length);
    const rating = seen.find((i) => i.changes.citizenRating);
    assert.equal(rating.actorName, 'Mikkel Sørensen');
    assert.equal(rating.actorRole, 'citizen');
    assert.deepEqual(rating.changes.citizenRating, { from: null, to: 4 });
    const level = seen.find((i) => i.changes.workerLevel);
    assert.equal(level.actorName, 'Anders Holm');
    const bad = await t.request(mikkel, { method: 'GET', url: `${base()}/plan/history?cursor=not-a-cursor` });
    assertProblem(bad, 400, 'validation_failed');
  });

  test('the overview: goals per domain with progress and next step, the team, recent changes — one audit entry', async () => {
    const anders = await as('anders');
    const res = await t.request(anders, { method: 'GET', url: `${base()}/overview` });
    const body = expectStatus(res, 200);
    const health = body.domains.find((d: any) => d.domain === 'health').goals[0];
    assert.equal(health.progress, 50);
    assert.equal(health.nextStep.text, 'Gå en tur hver dag');
    assert.equal(body.citizen.age >= 30, true);
    assert.deepEqual(body.citizen.communicationNeeds, ['easy-read', 'pictograms']);
    assert.equal(body.recentChanges.length, 10);
    assert.deepEqual(body.upcoming.meetings, [], 'the only meeting is held');
    const rows = await auditOfRequest(t.database, requestIdOf(res));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.resource_type, 'overview');
  });
});
