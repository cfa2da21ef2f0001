import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, demoIds, requestIdOf } from '../support/platform-helpers.js';
import { strategyFactory } from '../support/strategy-factory.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * Strategy tracking (issue 7): Karen Vestergaard (leader) reads and changes; Birgit Thomsen (politician) and Jens Kragh
 * (council member) read; Anders Holm (support worker) reads but is refused every change; nothing of Søby reaches
 * Randers. A known plan in Søby proves the roll-up and the 90-day rule through the API.
 */

let t: TestApp;
let randers: string;
let soeby: string;
const sessions = new Map<string, TestSession>();
const as = async (persona: string) => {
  if (!sessions.has(persona)) sessions.set(persona, await t.loginAs(persona));
  return sessions.get(persona)!;
};
const json = (res: LightMyRequestResponse, status: number) => {
  assert.equal(res.statusCode, status, res.body);
  return res.json() as Record<string, any>;
};

/** Every steering table, as one comparable value. */
async function steeringState(): Promise<string> {
  const db = t.database.db;
  return JSON.stringify({
    activities: await db.selectFrom('strategy_activity').selectAll().orderBy('activity_id').execute(),
    notes: await db.selectFrom('activity_note').selectAll().orderBy('note_id').execute(),
    selections: await db.selectFrom('focus_area_selection').selectAll().orderBy('selection_id').execute(),
    items: await db.selectFrom('focus_area_selection_item').selectAll().orderBy('selection_id').orderBy('focus_area_id').execute(),
    bodies: await db.selectFrom('steering_body').selectAll().orderBy('body_id').execute(),
    members: await db.selectFrom('steering_body_member').selectAll().orderBy('member_id').execute(),
    meetings: await db.selectFrom('steering_meeting').selectAll().orderBy('meeting_id').execute(),
  });
}

/** Sends the request and asserts that nothing changed and that a refused input left no audit entry. */
async function unchanged(session: TestSession | null, options: InjectOptions): Promise<LightMyRequestResponse> {
  const before = await steeringState();
  const res = await t.request(session, options);
  assert.equal(await steeringState(), before, `nothing changed (${options.method} ${options.url} → ${res.statusCode})`);
  if (res.statusCode === 400) assert.deepEqual(await auditOfRequest(t.database, requestIdOf(res)), [], 'a refused input leaves no audit entry');
  return res;
}

let disability: Record<string, any>;
let psychiatry: Record<string, any>;
let soebyStrategy: string;
let soebyActivity: string;
let committeeId: string;

before(async () => {
  t = await createTestApp();
  const ids = await demoIds(t.database);
  randers = ids.tenant('randers');
  soeby = ids.tenant('soeby');
  const list = json(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/strategies' }), 200);
  disability = json(await t.request(await as('karen'), { method: 'GET', url: `/api/v1/strategies/${list.strategies.find((s: any) => s.key === 'disability-plan').id}` }), 200);
  psychiatry = json(await t.request(await as('karen'), { method: 'GET', url: `/api/v1/strategies/${list.strategies.find((s: any) => s.key === 'psychiatry-strategy').id}` }), 200);
  const db = t.database.db;
  soebyStrategy = (await db.selectFrom('strategy').select('strategy_id').where('tenant_id', '=', soeby).executeTakeFirstOrThrow()).strategy_id;
  soebyActivity = (await db.selectFrom('strategy_activity').select('activity_id').where('tenant_id', '=', soeby).executeTakeFirstOrThrow()).activity_id;
  committeeId = (await db.selectFrom('steering_body').select('body_id').where('tenant_id', '=', randers).where('key', '=', 'social-committee').executeTakeFirstOrThrow()).body_id;
});

after(async () => {
  await t?.close();
});

const activityOf = (title: string) => disability.focusAreas.flatMap((f: any) => f.activities).find((a: any) => a.title === title);

describe('access', () => {
  test('unauthenticated: 401 on every route', async () => {
    const id = newId();
    for (const url of ['/api/v1/strategies', `/api/v1/strategies/${id}`, '/api/v1/steering/overview', `/api/v1/strategy-activities/${id}`, `/api/v1/strategy-activities/${id}/notes`, '/api/v1/focus-area-selections', '/api/v1/steering-bodies', `/api/v1/steering-bodies/${id}`]) {
      assertProblem(await t.request(null, { method: 'GET', url }), 401, 'unauthenticated');
    }
    assertProblem(await unchanged(null, { method: 'POST', url: `/api/v1/strategies/${id}/focus-areas/${id}/activities`, payload: { title: 'X' } }), 401, 'unauthenticated');
    assertProblem(await unchanged(null, { method: 'PATCH', url: `/api/v1/strategy-activities/${id}`, payload: { version: 1, status: 'done' } }), 401, 'unauthenticated');
    assertProblem(await unchanged(null, { method: 'POST', url: `/api/v1/strategy-activities/${id}/notes`, payload: { notedOn: '2026-01-01', body: 'x' } }), 401, 'unauthenticated');
    assertProblem(await unchanged(null, { method: 'POST', url: '/api/v1/focus-area-selections', payload: { year: 2027, decidedOn: '2026-12-01', bodyId: id, agendaReference: 'Punkt 1', focusAreaIds: [id] } }), 401, 'unauthenticated');
    assertProblem(await unchanged(null, { method: 'POST', url: `/api/v1/steering-bodies/${id}/members`, payload: { name: 'X', role: 'member' } }), 401, 'unauthenticated');
    assertProblem(await unchanged(null, { method: 'POST', url: `/api/v1/steering-bodies/${id}/meetings`, payload: { heldOn: '2026-01-01', title: 'X' } }), 401, 'unauthenticated');
  });

  test('a politician, a council member and a support worker read (audited); the politician sees no edit rights', async () => {
    for (const persona of ['birgit', 'jens', 'anders']) {
      const session = await as(persona);
      const res = await t.request(session, { method: 'GET', url: `/api/v1/strategies/${disability.id}` });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().mayManage, false);
      await assertAudited(t.database, res, { action: 'strategy.read', actor: session.userId, outcome: 'allowed', resourceId: disability.id });
    }
    const activity = json(await t.request(await as('birgit'), { method: 'GET', url: `/api/v1/strategy-activities/${activityOf('Kursus for nye frivillige').id}` }), 200);
    assert.equal(activity.mayManage, false);
    assert.equal(activity.options, null, 'no owner choices for a reader who cannot change');
  });

  test('a support worker and a politician are refused every change (403, audited as denied, nothing changed)', async () => {
    const activity = activityOf('Kursus for nye frivillige');
    const area = disability.focusAreas[0];
    const sparring = (await t.database.db.selectFrom('steering_body').select('body_id').where('tenant_id', '=', randers).where('kind', '=', 'sparring-group').executeTakeFirstOrThrow()).body_id;
    for (const persona of ['anders', 'birgit']) {
      const session = await as(persona);
      const writes: InjectOptions[] = [
        { method: 'POST', url: `/api/v1/strategies/${disability.id}/focus-areas/${area.id}/activities`, payload: { title: 'Ny' } },
        { method: 'PATCH', url: `/api/v1/strategy-activities/${activity.id}`, payload: { version: activity.version, status: 'done' } },
        { method: 'POST', url: `/api/v1/strategy-activities/${activity.id}/notes`, payload: { notedOn: '2026-01-05', body: 'Note' } },
        { method: 'POST', url: '/api/v1/focus-area-selections', payload: { year: 2027, decidedOn: '2026-01-05', bodyId: committeeId, agendaReference: 'Punkt 1', focusAreaIds: [area.id] } },
        { method: 'POST', url: `/api/v1/steering-bodies/${sparring}/members`, payload: { name: 'X', role: 'member' } },
        { method: 'POST', url: `/api/v1/steering-bodies/${sparring}/meetings`, payload: { heldOn: '2026-01-05', title: 'X' } },
      ];
      for (const write of writes) {
        const res = await unchanged(session, write);
        assertProblem(res, 403, 'forbidden');
        await assertAudited(t.database, res, { action: 'strategy.manage', actor: session.userId, outcome: 'denied' });
      }
    }
  });

  test("another municipality's strategy, activity and body answer 404 and are never listed", async () => {
    const karen = await as('karen');
    assertProblem(await t.request(karen, { method: 'GET', url: `/api/v1/strategies/${soebyStrategy}` }), 404, 'not_found');
    assertProblem(await t.request(karen, { method: 'GET', url: `/api/v1/strategy-activities/${soebyActivity}` }), 404, 'not_found');
    assertProblem(await t.request(karen, { method: 'GET', url: `/api/v1/strategy-activities/${soebyActivity}/notes` }), 404, 'not_found');
    assertProblem(await unchanged(karen, { method: 'PATCH', url: `/api/v1/strategy-activities/${soebyActivity}`, payload: { version: 1, status: 'done' } }), 404, 'not_found');
    assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategy-activities/${soebyActivity}/notes`, payload: { notedOn: '2026-01-05', body: 'x' } }), 404, 'not_found');
    const list = json(await t.request(karen, { method: 'GET', url: '/api/v1/strategies' }), 200);
    assert.ok(!list.strategies.some((s: any) => s.id === soebyStrategy));
    assert.deepEqual(list.strategies.map((s: any) => s.key), ['policy-2023', 'disability-plan', 'vulnerable-plan-2018', 'psychiatry-strategy']);
  });

  test('councils are not managed here: 404 for Handicaprådet, 400 for kind=council', async () => {
    const karen = await as('karen');
    const council = await strategyFactory(t.database.db).body(randers, { key: `test-council-${newId().slice(-6)}`, kind: 'council' });
    assertProblem(await t.request(karen, { method: 'GET', url: `/api/v1/steering-bodies/${council}` }), 404, 'not_found');
    assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/steering-bodies/${council}/meetings`, payload: { heldOn: '2026-01-05', title: 'X' } }), 404, 'not_found');
    assertProblem(await t.request(karen, { method: 'GET', url: '/api/v1/steering-bodies?kind=council' }), 400, 'validation_failed');
  });
});

describe('the demo and the roll-up', () => {
  test('the disability plan has 3 tracks and 9 focus areas; the successor 8 and names the plan it replaces', async () => {
    assert.deepEqual([...new Set(disability.focusAreas.map((f: any) => f.track))], ['Engagement i dig', 'Kvalitet i dit liv', 'Udvikling i dit liv']);
    assert.equal(disability.focusAreas.length, 9);
    assert.equal(psychiatry.focusAreas.length, 8);
    assert.equal(psychiatry.succeeds.name, 'Plan for udsatteområdet 2018–2021');
    for (const area of [...disability.focusAreas, ...psychiatry.focusAreas]) {
      assert.ok(area.purpose && area.why && area.goal, `${area.name} has purpose, why and goal`);
      assert.ok(area.activities.length >= 2, `${area.name} has activities`);
    }
  });

  test('a known plan in Søby: roll-up per focus area and strategy, and the 90-day rule', async () => {
    t.clock.now = new Date('2026-06-15T10:00:00Z');
    try {
      const f = strategyFactory(t.database.db);
      const plan = await f.strategy(soeby, { key: `known-${newId().slice(-8)}`, name: 'Kendt plan' });
      const a1 = await f.focusArea(soeby, plan, 1, 'Alt færdigt');
      const a2 = await f.focusArea(soeby, plan, 2, 'Blandet');
      await f.activity(soeby, a1, { title: 'Færdig', status: 'done' });
      await f.activity(soeby, a1, { title: 'I drift', status: 'ongoing' });
      await f.activity(soeby, a1, { title: 'Stoppet', status: 'stopped' });
      const silent = await f.activity(soeby, a2, { title: 'Tavs', status: 'in-progress', createdAt: new Date('2025-01-01T10:00:00Z') });
      await f.note(soeby, silent, '2026-03-16'); // 91 days before 15 June
      const recent = await f.activity(soeby, a2, { title: 'Nylig', status: 'in-progress', createdAt: new Date('2025-01-01T10:00:00Z') });
      await f.note(soeby, recent, '2026-03-17'); // 90 days before: stale from the 90th day
      const fresh = await f.activity(soeby, a2, { title: 'Frisk', status: 'in-progress', createdAt: new Date('2025-01-01T10:00:00Z') });
      await f.note(soeby, fresh, '2026-03-18'); // 89 days
      await f.activity(soeby, a2, { title: 'Ikke begyndt endnu', status: 'not-started', periodFrom: '2027-01-01', createdAt: new Date('2025-01-01T10:00:00Z') });
      const camilla = await as('soeby-camilla');
      const detail = json(await t.request(camilla, { method: 'GET', url: `/api/v1/strategies/${plan}` }), 200);
      assert.equal(detail.focusAreas[0].status.status, 'ongoing', 'done + ongoing, the stopped one left out');
      assert.equal(detail.focusAreas[0].status.implementedShare, 1);
      assert.equal(detail.focusAreas[1].status.status, 'in-progress');
      assert.equal(detail.status.total, 7);
      assert.deepEqual(detail.status.counts, { 'not-started': 1, 'in-progress': 3, done: 1, ongoing: 1, stopped: 1 });
      const stale = Object.fromEntries(detail.focusAreas[1].activities.map((a: any) => [a.title, a.stale]));
      assert.deepEqual(stale, { Tavs: true, Nylig: true, Frisk: false, 'Ikke begyndt endnu': false });
      const overview = json(await t.request(camilla, { method: 'GET', url: '/api/v1/steering/overview' }), 200);
      assert.deepEqual(overview.staleActivities.filter((a: any) => a.strategy.id === plan).map((a: any) => [a.title, a.daysWithoutNote]), [['Tavs', 91], ['Nylig', 90]]);
    } finally {
      t.clock.now = new Date();
    }
  });

  test("the leader's overview: this year's selection, next year's not yet, and the silent activities", async () => {
    const karen = await as('karen');
    const res = await t.request(karen, { method: 'GET', url: '/api/v1/steering/overview' });
    const overview = json(res, 200);
    await assertAudited(t.database, res, { action: 'strategy.read', actor: karen.userId, outcome: 'allowed' });
    assert.equal(overview.thisYear.year, overview.year);
    assert.equal(overview.thisYear.body.name, 'Social- og Arbejdsmarkedsudvalget');
    assert.match(overview.thisYear.agendaReference, /^Punkt \d+, møde 9\. december \d{4}$/);
    assert.equal(overview.nextYear, null);
    assert.ok(overview.staleActivities.length >= 5, 'the demo has silent activities');
    assert.ok(overview.staleActivities.every((a: any) => a.daysWithoutNote >= 90));
    assert.equal(overview.mayManage, true);
  });
});

describe('activities', () => {
  test('create: the row, its audit entry; a focus area of another strategy is 404; bad input 400 in Danish', async () => {
    const karen = await as('karen');
    const area = disability.focusAreas[2];
    const unit = (await t.database.db.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', randers).where('name', '=', 'Aktivitets- og fritidskoordinering').executeTakeFirstOrThrow()).unit_id;
    const res = await t.request(karen, { method: 'POST', url: `/api/v1/strategies/${disability.id}/focus-areas/${area.id}/activities`, payload: { title: 'Frivilligfest', status: 'in-progress', ownerUnitId: unit, periodFrom: '2026-01-01', periodTo: '2026-12-31', unGoals: ['10.2'], nationalGoals: [], indicatorKeys: ['volunteer-matches'] } });
    const created = json(res, 201);
    await assertAudited(t.database, res, { action: 'strategy.manage', actor: karen.userId, outcome: 'allowed', resourceId: created.id });
    const row = await t.database.db.selectFrom('strategy_activity').selectAll().where('activity_id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(row.tenant_id, randers);
    assert.equal(row.focus_area_id, area.id);
    assert.equal(row.status, 'in-progress');
    assert.deepEqual(row.indicator_keys, ['volunteer-matches']);
    assert.equal(created.ownerUnit.name, 'Aktivitets- og fritidskoordinering');

    assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategies/${psychiatry.id}/focus-areas/${area.id}/activities`, payload: { title: 'X' } }), 404, 'not_found');
    const empty = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategies/${disability.id}/focus-areas/${area.id}/activities`, payload: { title: '' } }), 400, 'validation_failed');
    assert.equal(empty.errors?.[0]?.path, 'title');
    const backwards = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategies/${disability.id}/focus-areas/${area.id}/activities`, payload: { title: 'X', periodFrom: '2026-05-01', periodTo: '2026-01-01' } }), 400, 'validation_failed');
    assert.deepEqual(backwards.errors, [{ path: 'periodTo', message: 'Slutdatoen skal ligge efter startdatoen.' }]);
    const group = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategies/${disability.id}/focus-areas/${area.id}/activities`, payload: { title: 'X', workingGroupId: committeeId } }), 400, 'validation_failed');
    assert.deepEqual(group.errors, [{ path: 'workingGroupId', message: 'Vælg en arbejdsgruppe fra listen.' }]);
    const indicator = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategies/${disability.id}/focus-areas/${area.id}/activities`, payload: { title: 'X', indicatorKeys: ['no-such-indicator'] } }), 400, 'validation_failed');
    assert.equal(indicator.errors?.[0]?.message, 'Vælg indikatorer fra listen.');
    const leader = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategies/${disability.id}/focus-areas/${area.id}/activities`, payload: { title: 'X', responsibleUserId: (await as('anders')).userId } }), 400, 'validation_failed');
    assert.equal(leader.errors?.[0]?.message, 'Vælg en ansvarlig leder fra listen.');
  });

  test('update on the version read; a stale version is 409 and changes nothing', async () => {
    const karen = await as('karen');
    const activity = activityOf('Borgerguides i Jobcenter Randers');
    const res = await t.request(karen, { method: 'PATCH', url: `/api/v1/strategy-activities/${activity.id}`, payload: { version: activity.version, title: 'Borgerguides i Jobcenter Randers og Jobcenter — unge', unGoals: ['8.5', '10.2'], responsibleUserId: karen.userId } });
    const updated = json(res, 200);
    await assertAudited(t.database, res, { action: 'strategy.manage', actor: karen.userId, outcome: 'allowed', resourceId: activity.id });
    assert.equal(updated.version, activity.version + 1);
    const row = await t.database.db.selectFrom('strategy_activity').selectAll().where('activity_id', '=', activity.id).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Borgerguides i Jobcenter Randers og Jobcenter — unge');
    assert.deepEqual(row.un_goals, ['8.5', '10.2']);
    const stale = await unchanged(karen, { method: 'PATCH', url: `/api/v1/strategy-activities/${activity.id}`, payload: { version: activity.version, status: 'stopped' } });
    assertProblem(stale, 409, 'conflict');
    assert.equal((await t.database.db.selectFrom('strategy_activity').select('status').where('activity_id', '=', activity.id).executeTakeFirstOrThrow()).status, 'in-progress');
    assertProblem(await unchanged(karen, { method: 'PATCH', url: `/api/v1/strategy-activities/${activity.id}`, payload: { version: updated.version, status: 'finished' } }), 400, 'validation_failed');
  });

  test('a note that changes the status records from and to; a note alone needs no version; a future date is refused', async () => {
    const karen = await as('karen');
    const activity = activityOf('Samarbejde med "Bevæg dig for livet"');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(t.clock.now);
    const res = await t.request(karen, { method: 'POST', url: `/api/v1/strategy-activities/${activity.id}/notes`, payload: { notedOn: today, body: 'Holdene kører nu uden støtte.', status: 'ongoing', version: activity.version } });
    const result = json(res, 201);
    await assertAudited(t.database, res, { action: 'strategy.manage', actor: karen.userId, outcome: 'allowed', resourceId: activity.id });
    assert.equal(result.note.statusFrom, 'in-progress');
    assert.equal(result.note.statusTo, 'ongoing');
    assert.equal(result.activity.status, 'ongoing');
    assert.equal(result.activity.lastNoteOn, today);
    assert.equal(result.activity.stale, false);
    const note = await t.database.db.selectFrom('activity_note').selectAll().where('note_id', '=', result.note.id).executeTakeFirstOrThrow();
    assert.deepEqual([note.tenant_id, note.status_from, note.status_to, note.written_by, note.noted_on], [randers, 'in-progress', 'ongoing', karen.userId, today]);

    const plain = json(await t.request(karen, { method: 'POST', url: `/api/v1/strategy-activities/${activity.id}/notes`, payload: { notedOn: today, body: 'Endnu en note.' } }), 201);
    assert.equal(plain.note.statusTo, null);
    assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategy-activities/${activity.id}/notes`, payload: { notedOn: today, body: 'Stoppet', status: 'stopped', version: activity.version } }), 409, 'conflict');
    const missing = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategy-activities/${activity.id}/notes`, payload: { notedOn: today, body: 'Stoppet', status: 'stopped' } }), 400, 'validation_failed');
    assert.equal(missing.errors?.[0]?.path, 'version');
    const future = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategy-activities/${activity.id}/notes`, payload: { notedOn: '2099-01-01', body: 'Fremtid' } }), 400, 'validation_failed');
    assert.deepEqual(future.errors, [{ path: 'notedOn', message: 'Datoen for noten kan ikke ligge i fremtiden.' }]);
    assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/strategy-activities/${activity.id}/notes`, payload: { notedOn: today, body: '   ' } }), 400, 'validation_failed');

    const notesRes = await t.request(await as('birgit'), { method: 'GET', url: `/api/v1/strategy-activities/${activity.id}/notes` });
    const notes = json(notesRes, 200).notes;
    assert.equal(notes[0].body, 'Endnu en note.', 'newest first');
    assert.ok(notes.some((n: any) => n.statusTo === 'ongoing' && n.writtenBy === 'Karen Vestergaard'));
  });
});

describe("the committee's selection", () => {
  test('records the decision, creates the missing working groups and reuses an existing one; a later decision supersedes', async () => {
    const karen = await as('karen');
    const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(t.clock.now).slice(0, 4)) + 1;
    const decidedOn = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(t.clock.now);
    const [d3, d5, p2] = [disability.focusAreas[2], disability.focusAreas[4], psychiatry.focusAreas[1]];
    const existing = await strategyFactory(t.database.db).body(randers, { key: `wg-${year}-existing`, kind: 'working-group', name: 'Eksisterende gruppe', focusAreaId: d5.id, year });
    const groupsBefore = await t.database.db.selectFrom('steering_body').select('body_id').where('tenant_id', '=', randers).where('kind', '=', 'working-group').execute();
    const res = await t.request(karen, { method: 'POST', url: '/api/v1/focus-area-selections', payload: { year, decidedOn, bodyId: committeeId, agendaReference: 'Punkt 5, møde 1. december', note: 'Enstemmigt', focusAreaIds: [d3.id, d5.id, p2.id] } });
    const selection = json(res, 201);
    await assertAudited(t.database, res, { action: 'strategy.manage', actor: karen.userId, outcome: 'allowed', resourceId: selection.id });
    assert.equal(selection.current, true);
    const row = await t.database.db.selectFrom('focus_area_selection').selectAll().where('selection_id', '=', selection.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.tenant_id, row.year, row.decided_on, row.body_id, row.agenda_reference, row.note, row.recorded_by], [randers, year, decidedOn, committeeId, 'Punkt 5, møde 1. december', 'Enstemmigt', karen.userId]);
    const items = await t.database.db.selectFrom('focus_area_selection_item').selectAll().where('selection_id', '=', selection.id).execute();
    assert.equal(items.length, 3);
    assert.equal(items.find((i) => i.focus_area_id === d5.id)!.working_group_id, existing, 'the existing group is reused');
    const groupsAfter = await t.database.db.selectFrom('steering_body').select(['body_id', 'key', 'focus_area_id', 'year']).where('tenant_id', '=', randers).where('kind', '=', 'working-group').execute();
    assert.equal(groupsAfter.length, groupsBefore.length + 2, 'one new group for each focus area that lacked one');
    const created = groupsAfter.find((g) => g.focus_area_id === d3.id && g.year === year)!;
    assert.equal(created.key, `wg-${year}-disability-plan-3`);

    const second = json(await t.request(karen, { method: 'POST', url: '/api/v1/focus-area-selections', payload: { year, decidedOn, bodyId: committeeId, agendaReference: 'Punkt 2, ekstraordinært møde', focusAreaIds: [d3.id] } }), 201);
    const list = json(await t.request(await as('jens'), { method: 'GET', url: `/api/v1/focus-area-selections?year=${year}` }), 200);
    assert.deepEqual(list.selections.map((s: any) => [s.id, s.current]), [[second.id, true], [selection.id, false]], 'both kept, the newest wins');
    const overview = json(await t.request(karen, { method: 'GET', url: '/api/v1/steering/overview' }), 200);
    assert.equal(overview.nextYear.id, second.id);
  });

  test('bad input is refused with the reason and nothing is saved', async () => {
    const karen = await as('karen');
    const year = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(t.clock.now).slice(0, 4)) + 1;
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(t.clock.now);
    const area = disability.focusAreas[0].id;
    const base = { year, decidedOn: today, bodyId: committeeId, agendaReference: 'Punkt 1', focusAreaIds: [area] };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ bodyId: (await t.database.db.selectFrom('steering_body').select('body_id').where('tenant_id', '=', randers).where('kind', '=', 'sparring-group').executeTakeFirstOrThrow()).body_id }, 'bodyId', 'Vælg det udvalg, der traf beslutningen.'],
      [{ focusAreaIds: [area, area] }, 'focusAreaIds', 'Det samme indsatsområde er valgt to gange.'],
      [{ focusAreaIds: [newId()] }, 'focusAreaIds', 'Vælg indsatsområder fra listen.'],
      [{ focusAreaIds: [(await t.database.db.selectFrom('focus_area').select('focus_area_id').where('tenant_id', '=', soeby).executeTakeFirstOrThrow()).focus_area_id] }, 'focusAreaIds', 'Vælg indsatsområder fra listen.'],
      [{ decidedOn: '2099-12-01' }, 'decidedOn', 'Datoen for beslutningen kan ikke ligge i fremtiden.'],
      [{ year: year - 3 }, 'decidedOn', 'Udvalget skal beslutte før eller i det år, valget gælder.'],
      [{ decidedOn: `${year - 3}-12-01` }, 'decidedOn', 'Udvalget kan højst beslutte et år før det år, valget gælder.'],
    ];
    const old = (await t.database.db.selectFrom('focus_area as f').innerJoin('strategy as s', 's.strategy_id', 'f.strategy_id').select('f.focus_area_id').where('s.key', '=', 'vulnerable-plan-2018').where('f.tenant_id', '=', randers).executeTakeFirstOrThrow()).focus_area_id;
    cases.push([{ focusAreaIds: [area, old] }, 'focusAreaIds', 'Et af indsatsområderne hører til en plan, der er afløst af en ny strategi. Vælg indsatsområder fra den nye strategi.']);
    for (const [change, path, message] of cases) {
      const problem = assertProblem(await unchanged(karen, { method: 'POST', url: '/api/v1/focus-area-selections', payload: { ...base, ...change } }), 400, 'validation_failed');
      assert.deepEqual(problem.errors, [{ path, message }], JSON.stringify(change));
    }
    assertProblem(await unchanged(karen, { method: 'POST', url: '/api/v1/focus-area-selections', payload: { ...base, focusAreaIds: [] } }), 400, 'validation_failed');
    assertProblem(await unchanged(karen, { method: 'POST', url: '/api/v1/focus-area-selections', payload: { ...base, agendaReference: '' } }), 400, 'validation_failed');
  });

  test('one transaction: when a working group cannot be made, neither the decision nor any group is saved', async () => {
    const karen = await as('karen');
    const year = 2030;
    // A sparring group that has taken the key the second working group would get makes its insert fail.
    await strategyFactory(t.database.db).body(randers, { key: `wg-${year}-psychiatry-strategy-2`, kind: 'sparring-group' });
    const res = await unchanged(karen, { method: 'POST', url: '/api/v1/focus-area-selections', payload: { year, decidedOn: '2029-12-01', bodyId: committeeId, agendaReference: 'Punkt 1', focusAreaIds: [disability.focusAreas[0].id, psychiatry.focusAreas[1].id] } });
    assert.ok(res.statusCode === 400 || res.statusCode >= 500 || res.statusCode === 409, `refused (${res.statusCode})`);
  });
});

describe('bodies', () => {
  test('lists the committee, the working groups and the sparring group; a body with members and meetings', async () => {
    const birgit = await as('birgit');
    const res = await t.request(birgit, { method: 'GET', url: '/api/v1/steering-bodies' });
    const bodies = json(res, 200).bodies;
    await assertAudited(t.database, res, { action: 'strategy.read', actor: birgit.userId, outcome: 'allowed' });
    assert.deepEqual([...new Set(bodies.map((b: any) => b.kind))].sort(), ['committee', 'sparring-group', 'working-group']);
    const groups = json(await t.request(birgit, { method: 'GET', url: '/api/v1/steering-bodies?kind=working-group' }), 200).bodies;
    assert.ok(groups.length > 10 && groups.every((g: any) => g.kind === 'working-group' && g.focusArea && g.year));
    const committee = json(await t.request(birgit, { method: 'GET', url: `/api/v1/steering-bodies/${committeeId}` }), 200);
    assert.ok(committee.members.some((m: any) => m.name === 'Birgit Thomsen'));
    assert.equal(committee.mayManage, false);
  });

  test('the leader adds a member and a sparring-group meeting (rows and audit); bad input 400', async () => {
    const karen = await as('karen');
    const sparring = (await t.database.db.selectFrom('steering_body').select('body_id').where('tenant_id', '=', randers).where('kind', '=', 'sparring-group').executeTakeFirstOrThrow()).body_id;
    const memberRes = await t.request(karen, { method: 'POST', url: `/api/v1/steering-bodies/${sparring}/members`, payload: { name: 'Lone Bak', role: 'member', organisation: 'Pårørende', memberFrom: '2026-01-01' } });
    const member = json(memberRes, 201);
    await assertAudited(t.database, memberRes, { action: 'strategy.manage', actor: karen.userId, outcome: 'allowed', resourceId: sparring });
    assert.equal((await t.database.db.selectFrom('steering_body_member').select(['tenant_id', 'name']).where('member_id', '=', member.id).executeTakeFirstOrThrow()).name, 'Lone Bak');
    const meetingRes = await t.request(karen, { method: 'POST', url: `/api/v1/steering-bodies/${sparring}/meetings`, payload: { heldOn: '2026-11-20', title: 'Ekstra møde', agenda: 'Pårørende' } });
    const meeting = json(meetingRes, 201);
    await assertAudited(t.database, meetingRes, { action: 'strategy.manage', actor: karen.userId, outcome: 'allowed', resourceId: sparring });
    const row = await t.database.db.selectFrom('steering_meeting').selectAll().where('meeting_id', '=', meeting.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.tenant_id, row.held_on, row.title, row.agenda], [randers, '2026-11-20', 'Ekstra møde', 'Pårørende']);
    assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/steering-bodies/${sparring}/meetings`, payload: { heldOn: 'i morgen', title: 'X' } }), 400, 'validation_failed');
    const backwards = assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/steering-bodies/${sparring}/members`, payload: { name: 'X', role: 'member', memberFrom: '2026-05-01', memberTo: '2026-01-01' } }), 400, 'validation_failed');
    assert.equal(backwards.errors?.[0]?.path, 'memberTo');
    assertProblem(await unchanged(karen, { method: 'POST', url: `/api/v1/steering-bodies/${newId()}/meetings`, payload: { heldOn: '2026-11-20', title: 'X' } }), 404, 'not_found');
  });
});
