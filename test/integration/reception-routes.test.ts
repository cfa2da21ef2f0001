import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { assertAudited, assertProblem, auditOfRequest } from '../support/platform-helpers.js';
import { bodyOf, receptionFactory, sessionsFor, type ReceptionFactory } from '../support/reception-factory.js';

/**
 * The reception routes' happy paths and rules: registering anonymously (never a CPR number) or as a known citizen,
 * the queue with waiting times, hand-over, done and left (illegal changes 409), the follow-up 14 days later, merging an
 * anonymous visit into a citizen record (audited, in the citizen's access log), and bad input that changes nothing.
 */

let t: TestApp;
let f: ReceptionFactory;
let as: ReturnType<typeof sessionsFor>;
let perron4 = '';
let slotsgaarden = '';
let saraId = '';
let perronWorker = '';

const db = () => t.database.db;
const post = async (persona: string, url: string, payload: unknown) => t.request(await as(persona), { method: 'POST', url, payload: payload as Record<string, unknown> });
const patch = async (persona: string, url: string, payload: unknown) => t.request(await as(persona), { method: 'PATCH', url, payload: payload as Record<string, unknown> });
const get = async (persona: string, url: string) => t.request(await as(persona), { method: 'GET', url });

async function assertNothingChanged(fn: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const before = await f.visitsState();
  const res = await fn();
  assert.equal(await f.visitsState(), before, 'reception_visit is unchanged');
  return res;
}

function register(persona: string, body: Record<string, unknown>) {
  return post(persona, '/api/v1/reception/visits', { centreId: perron4, needs: ['meal'], ...body });
}

before(async () => {
  t = await createTestApp();
  f = receptionFactory(t.database);
  as = sessionsFor(t);
  perron4 = await f.unitId('Perron 4');
  slotsgaarden = await f.unitId('Slotsgården');
  saraId = await f.citizenId('Sara', 'Ahmadi');
  perronWorker = await f.staffPersona({ key: 'perron-worker', name: 'Maja Holt', unit: 'Perron 4', roles: ['support-worker'] });
  await f.joinTeam(saraId, perronWorker);
});

after(async () => {
  await t?.close();
});

describe('the reception centres', () => {
  test('the demo flags Perron 4, Slotsgården and Gl. Hadsundvej 1; Jesper works at Perron 4', async () => {
    const body = bodyOf(await get('jesper', '/api/v1/reception/centres'), 200);
    assert.deepEqual(body.items.map((c: any) => c.name), ['Modtagecenter Gl. Hadsundvej 1', 'Perron 4', 'Slotsgården']);
    assert.equal(body.myCentreId, perron4);
  });

  test('the administrator sets and clears the flag on a unit: a worker of a sub-unit then works at that centre', async () => {
    const lars = await as('lars');
    const list = bodyOf(await t.request(lars, { method: 'GET', url: '/api/v1/admin/org-units' }), 200);
    const bostotte = list.items.find((u: any) => u.name === 'Bostøtte Nord');
    assert.equal(bostotte.isReceptionCentre, false);
    assert.equal(list.items.find((u: any) => u.name === 'Perron 4').isReceptionCentre, true);
    const created = bodyOf(await t.request(lars, { method: 'POST', url: '/api/v1/admin/org-units', payload: { parentId: bostotte.id, name: 'Bostøtte Nord — natteam', kind: 'unit', area: 'social' } }), 201);
    assert.equal(created.isReceptionCentre, false);
    const flagged = bodyOf(await t.request(lars, { method: 'PATCH', url: `/api/v1/admin/org-units/${bostotte.id}`, payload: { version: bostotte.version, isReceptionCentre: true } }), 200);
    assert.equal(flagged.isReceptionCentre, true);
    await f.staffPersona({ key: 'night-worker', name: 'Nat Arbejder', unit: 'Bostøtte Nord — natteam', roles: ['support-worker'] });
    assert.equal(bodyOf(await get('night-worker', '/api/v1/reception/centres'), 200).myCentreId, bostotte.id);
    bodyOf(await get('night-worker', `/api/v1/reception/centres/${bostotte.id}/queue`), 200);
    const cleared = bodyOf(await t.request(lars, { method: 'PATCH', url: `/api/v1/admin/org-units/${bostotte.id}`, payload: { version: flagged.version, isReceptionCentre: false } }), 200);
    assert.equal(cleared.isReceptionCentre, false);
    assert.equal(bodyOf(await get('night-worker', '/api/v1/reception/centres'), 200).myCentreId, null);
    assertProblem(await get('night-worker', `/api/v1/reception/centres/${bostotte.id}/queue`), 404, 'not_found');
  });
});

describe('registering a visit', () => {
  test('anonymously, without a CPR number: 201, the row, one audit entry without a citizen', async () => {
    const jesper = await as('jesper');
    const res = await register('jesper', { arrival: 'walk-in', needs: ['stabilisation', 'meal', 'meal'], anonymous: { name: 'Mads', description: 'grå hættetrøje, har hund med' }, note: 'Vil gerne tale med nogen' });
    const body = bodyOf(res, 201);
    assert.equal(body.status, 'waiting');
    assert.deepEqual(body.anonymous, { name: 'Mads', description: 'grå hættetrøje, har hund med' });
    assert.equal(body.citizen, null);
    assert.deepEqual(body.needs, ['meal', 'stabilisation'], 'each need once, in the order of the list');
    assert.equal(body.centre.name, 'Perron 4');
    assert.equal(body.registeredBy.name, 'Jesper Kjær');
    assert.equal(body.waitingMinutes, 0);
    const row = await f.visitRow(body.id);
    assert.equal(row.centre_unit_id, perron4);
    assert.equal(row.citizen_id, null);
    assert.equal(row.anonymous_label, 'Mads');
    assert.equal(row.registered_by, jesper.userId);
    assert.equal(row.arrival, 'walk-in');
    assert.equal(row.arrived_at.toISOString(), t.clock.now.toISOString());
    const entry = await assertAudited(t.database, res, { action: 'reception.register', actor: jesper.userId, outcome: 'allowed', resourceId: body.id });
    assert.equal(entry.citizen_id, null);
    assert.equal(entry.purpose, 'reception');
  });

  test('as a known citizen by a worker on her team: the audit entry names the citizen', async () => {
    const res = await register('perron-worker', { arrival: 'referred', needs: ['accompany-treatment'], citizenId: saraId });
    const body = bodyOf(res, 201);
    assert.deepEqual(body.citizen, { id: saraId, firstName: 'Sara', lastName: 'Ahmadi' });
    assert.equal(body.anonymous, null);
    assert.equal((await f.visitRow(body.id)).citizen_id, saraId);
    const entries = await auditOfRequest(t.database, res.headers['x-request-id'] as string);
    assert.deepEqual(entries.map((e) => [e.action, e.citizen_id, e.resource_id, e.outcome]), [
      ['reception.register', null, body.id, 'allowed'],
      ['citizen.update', saraId, body.id, 'allowed'],
    ]);
  });

  test('a known citizen the worker may not see: 404, nothing changed, the refusal audited against the citizen', async () => {
    const mikkel = await f.citizenId('Mikkel', 'Sørensen');
    const byWorker = await assertNothingChanged(() => register('perron-worker', { citizenId: mikkel }));
    assertProblem(byWorker, 404, 'not_found');
    const denied = await auditOfRequest(t.database, byWorker.headers['x-request-id'] as string);
    assert.deepEqual(denied.map((e) => [e.action, e.citizen_id, e.outcome]), [['citizen.update', mikkel, 'denied']]);
    // Jesper keeps the drop-in's offers; he registers visitors anonymously and cannot name a citizen.
    assertProblem(await assertNothingChanged(() => register('jesper', { citizenId: saraId })), 404, 'not_found');
  });

  test('bad input: 400 with the field, translated, nothing changed', async () => {
    const cases: { payload: Record<string, unknown>; path: string; message?: RegExp }[] = [
      { payload: { anonymous: { name: 'Mads' }, needs: [] }, path: 'needs' },
      { payload: { anonymous: { name: 'Mads' }, needs: ['money'] }, path: 'needs.0' },
      { payload: { anonymous: { name: '' } }, path: 'anonymous.name' },
      { payload: { anonymous: { name: 'x'.repeat(61) } }, path: 'anonymous.name' },
      { payload: { anonymous: { name: 'Mads', cpr: '0101901234' } }, path: 'anonymous' },
      { payload: { anonymous: { name: 'Mads' }, arrival: 'by-taxi' }, path: 'arrival' },
      { payload: { anonymous: { name: 'Mads' }, centreId: 'perron4' }, path: 'centreId' },
      { payload: { anonymous: { name: 'Mads' }, note: 'x'.repeat(1001) }, path: 'note' },
      { payload: {}, path: 'anonymous', message: /fornavn eller kaldenavn/ },
      { payload: { anonymous: { name: 'Sara' }, citizenId: saraId }, path: 'anonymous', message: /ikke begge dele/ },
      { payload: { anonymous: { name: '010190-1234' } }, path: 'anonymous.name', message: /Skriv ikke CPR-nummeret/ },
      { payload: { anonymous: { name: 'Ali', description: 'cpr 0101901234' } }, path: 'anonymous.description', message: /CPR/ },
      { payload: { anonymous: { name: 'Ali' }, note: 'Hans CPR er 010190 1234' }, path: 'note', message: /CPR/ },
    ];
    for (const k of cases) {
      const res = await assertNothingChanged(() => register('jesper', k.payload));
      const problem = assertProblem(res, 400, 'validation_failed');
      assert.deepEqual(problem.errors?.map((e) => e.path), [k.path], JSON.stringify(k.payload).slice(0, 80));
      if (k.message) assert.match(problem.errors![0]!.message, k.message);
    }
    const english = await t.request(await as('jesper'), { method: 'POST', url: '/api/v1/reception/visits', headers: { 'accept-language': 'en' }, payload: { centreId: perron4, needs: ['meal'], anonymous: { name: 'x'.repeat(61) } } });
    assert.equal(english.statusCode, 400);
  });
});

describe('the queue, hand-over, done and left', () => {
  let visitId = '';

  test('the queue lists waiting visits with waiting minutes, the longest-waiting first', async () => {
    const start = new Date(t.clock.now);
    visitId = bodyOf(await register('jesper', { anonymous: { name: 'Lone', description: 'rød jakke' }, needs: ['housing'] }), 201).id;
    t.clock.now = new Date(start.getTime() + 17 * 60_000 + 30_000);
    const later = bodyOf(await register('jesper', { anonymous: { name: 'Bo' } }), 201).id;
    const queue = bodyOf(await get('jesper', `/api/v1/reception/centres/${perron4}/queue`), 200);
    assert.equal(queue.centre.name, 'Perron 4');
    const ids = queue.items.map((v: any) => v.id);
    assert.ok(ids.indexOf(visitId) < ids.indexOf(later), 'the earlier arrival first');
    assert.equal(queue.items.find((v: any) => v.id === visitId).waitingMinutes, 17);
    assert.equal(queue.items.find((v: any) => v.id === later).waitingMinutes, 0);
    assert.ok(queue.items.every((v: any) => v.status === 'waiting' || v.status === 'with-worker'));
    assert.ok(queue.items.every((v: any) => v.centre.id === perron4));
  });

  test('a worker takes it: with-worker, handed over to them, the wait stops counting', async () => {
    const worker = await as('perron-worker');
    const res = await patch('perron-worker', `/api/v1/reception/visits/${visitId}`, { version: 1, status: 'with-worker' });
    const body = bodyOf(res, 200);
    assert.equal(body.status, 'with-worker');
    assert.deepEqual(body.worker, { id: worker.userId, name: 'Maja Holt' });
    assert.equal(body.version, 2);
    assert.equal(body.waitingMinutes, 17);
    const row = await f.visitRow(visitId);
    assert.equal(row.worker_user_id, worker.userId);
    assert.equal(row.handed_over_at?.toISOString(), t.clock.now.toISOString());
    await assertAudited(t.database, res, { action: 'reception.register', actor: worker.userId, outcome: 'allowed', resourceId: visitId });
    t.clock.now = new Date(t.clock.now.getTime() + 30 * 60_000);
    assert.equal(bodyOf(await get('jesper', `/api/v1/reception/centres/${perron4}/queue`), 200).items.find((v: any) => v.id === visitId).waitingMinutes, 17);
  });

  test('illegal changes: 409 reception.status_change; a stale version: 409 version.stale; nothing changed', async () => {
    const waiting = bodyOf(await register('jesper', { anonymous: { name: 'Kenneth' } }), 201);
    const skip = await assertNothingChanged(() => patch('jesper', `/api/v1/reception/visits/${waiting.id}`, { version: 1, status: 'done' }));
    assert.match(assertProblem(skip, 409, 'conflict').detail ?? '', /kan ikke skifte til den status/);
    const stale = await assertNothingChanged(() => patch('jesper', `/api/v1/reception/visits/${visitId}`, { version: 1, status: 'done' }));
    assert.match(assertProblem(stale, 409, 'conflict').detail ?? '', /Nogen har ændret dette/);
    const again = await assertNothingChanged(() => patch('jesper', `/api/v1/reception/visits/${visitId}`, { version: 2, status: 'with-worker' }));
    assertProblem(again, 409, 'conflict');
    const left = bodyOf(await patch('jesper', `/api/v1/reception/visits/${waiting.id}`, { version: 1, status: 'left' }), 200);
    assert.equal(left.status, 'left');
    assert.equal(left.followUpDueOn, null, 'someone who left gets no follow-up');
    for (const status of ['with-worker', 'done', 'left']) {
      assertProblem(await assertNothingChanged(() => patch('jesper', `/api/v1/reception/visits/${waiting.id}`, { version: 2, status })), 409, 'conflict');
    }
  });

  test('done: out of the queue, the follow-up falls due 14 Danish days later', async () => {
    // 23:30 UTC on 10 March is already 00:30 on 11 March in Denmark (winter time).
    t.clock.now = new Date('2031-03-10T23:30:00Z');
    const visit = bodyOf(await register('perron-worker', { anonymous: { name: 'Ulla' }, needs: ['accompany-doctor'] }), 201);
    bodyOf(await patch('perron-worker', `/api/v1/reception/visits/${visit.id}`, { version: 1, status: 'with-worker' }), 200);
    const done = bodyOf(await patch('perron-worker', `/api/v1/reception/visits/${visit.id}`, { version: 2, status: 'done' }), 200);
    assert.equal(done.status, 'done');
    assert.equal(done.followUpDueOn, '2031-03-25');
    const row = await f.visitRow(visit.id);
    assert.equal(row.follow_up_due_on, '2031-03-25');
    assert.equal(row.finished_at?.toISOString(), '2031-03-10T23:30:00.000Z');
    const queue = bodyOf(await get('jesper', `/api/v1/reception/centres/${perron4}/queue`), 200);
    assert.ok(!queue.items.some((v: any) => v.id === visit.id));

    // Not listed before it is due; due on the day; overdue after.
    t.clock.now = new Date('2031-03-24T10:00:00Z');
    assert.ok(!bodyOf(await get('jesper', '/api/v1/reception/follow-ups'), 200).items.some((v: any) => v.id === visit.id));
    t.clock.now = new Date('2031-03-25T10:00:00Z');
    const due = bodyOf(await get('jesper', '/api/v1/reception/follow-ups'), 200);
    assert.equal(due.today, '2031-03-25');
    assert.equal(due.centre.id, perron4);
    assert.equal(due.items.find((v: any) => v.id === visit.id)?.overdue, false);
    t.clock.now = new Date('2031-03-27T10:00:00Z');
    assert.equal(bodyOf(await get('jesper', '/api/v1/reception/follow-ups'), 200).items.find((v: any) => v.id === visit.id)?.overdue, true);

    // Another centre's worker does not see it.
    await f.staffPersona({ key: 'slots-worker', name: 'Ib Lund', unit: 'Slotsgården', roles: ['support-worker'] });
    const slots = bodyOf(await get('slots-worker', '/api/v1/reception/follow-ups'), 200);
    assert.equal(slots.centre.id, slotsgaarden);
    assert.ok(!slots.items.some((v: any) => v.id === visit.id));

    const jesper = await as('jesper');
    const res = await post('jesper', `/api/v1/reception/visits/${visit.id}/follow-up`, { version: 3 });
    const completed = bodyOf(res, 200);
    assert.equal(completed.followUpDoneAt, '2031-03-27T10:00:00.000Z');
    assert.equal((await f.visitRow(visit.id)).follow_up_done_by, jesper.userId);
    await assertAudited(t.database, res, { action: 'reception.register', actor: jesper.userId, outcome: 'allowed', resourceId: visit.id });
    assert.ok(!bodyOf(await get('jesper', '/api/v1/reception/follow-ups'), 200).items.some((v: any) => v.id === visit.id));
    const twice = await assertNothingChanged(() => post('jesper', `/api/v1/reception/visits/${visit.id}/follow-up`, { version: 4 }));
    assert.match(assertProblem(twice, 409, 'conflict').detail ?? '', /ingen opfølgning/);
  });

  test('bad input on a change: 400, nothing changed', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ version: 1, status: 'waiting' }, 'status'],
      [{ status: 'done' }, 'version'],
      [{ version: 0, status: 'done' }, 'version'],
      [{ version: 1, status: 'done', worker: 'x' }, 'worker'],
    ];
    for (const [payload, path] of cases) {
      const res = await assertNothingChanged(() => patch('jesper', `/api/v1/reception/visits/${visitId}`, payload));
      assert.deepEqual(assertProblem(res, 400, 'validation_failed').errors?.map((e) => e.path), [path]);
    }
    assert.deepEqual(assertProblem(await assertNothingChanged(() => patch('jesper', '/api/v1/reception/visits/nope', { version: 1, status: 'done' })), 400, 'validation_failed').errors?.map((e) => e.path), ['id']);
    assertProblem(await assertNothingChanged(() => post('jesper', `/api/v1/reception/visits/${visitId}/follow-up`, {})), 400, 'validation_failed');
  });
});

describe('merging an anonymous visit into a citizen record', () => {
  let visitId = '';

  before(async () => {
    t.clock.now = new Date();
    visitId = bodyOf(await register('jesper', { anonymous: { name: 'Sara', description: 'sort jakke, lilla hue' }, needs: ['accompany-treatment', 'meal'] }), 201).id;
  });

  test('only a worker of the centre who may see the citizen: others 404 or 403, nothing changed', async () => {
    assertProblem(await assertNothingChanged(() => post('jesper', `/api/v1/reception/visits/${visitId}/merge`, { citizenId: saraId })), 404, 'not_found');
    // Sofie Laursen is on Sara's team but works at Bostøtte Nord, not at the centre: the visit is not hers to see.
    await f.staffPersona({ key: 'sofie-test', name: 'Sofie Test', unit: 'Bostøtte Nord', roles: ['support-worker'] });
    await f.joinTeam(saraId, (await db().selectFrom('app_user').select('user_id').where('demo_key', '=', 'sofie-test').executeTakeFirstOrThrow()).user_id);
    assertProblem(await assertNothingChanged(() => post('sofie-test', `/api/v1/reception/visits/${visitId}/merge`, { citizenId: saraId })), 403, 'forbidden');
    const unknown = await assertNothingChanged(() => post('perron-worker', `/api/v1/reception/visits/${visitId}/merge`, { citizenId: '01900000-0000-7000-8000-000000000000' }));
    assertProblem(unknown, 404, 'not_found');
    assertProblem(await assertNothingChanged(() => post('perron-worker', `/api/v1/reception/visits/${visitId}/merge`, { citizenId: 'sara' })), 400, 'validation_failed');
  });

  test('a worker on her team merges it: the label leaves the visit, the audit keeps it with both ids', async () => {
    const worker = await as('perron-worker');
    const res = await post('perron-worker', `/api/v1/reception/visits/${visitId}/merge`, { citizenId: saraId });
    const body = bodyOf(res, 200);
    assert.deepEqual(body.citizen, { id: saraId, firstName: 'Sara', lastName: 'Ahmadi' });
    assert.equal(body.anonymous, null);
    assert.ok(body.mergedAt);
    const row = await f.visitRow(visitId);
    assert.equal(row.citizen_id, saraId);
    assert.equal(row.anonymous_label, null);
    assert.equal(row.anonymous_description, null);
    assert.equal(row.merged_by, worker.userId);
    const entries = await auditOfRequest(t.database, res.headers['x-request-id'] as string);
    const merge = entries.find((e) => e.action === 'citizen.update');
    assert.ok(merge, JSON.stringify(entries.map((e) => e.action)));
    assert.equal(merge.citizen_id, saraId);
    assert.equal(merge.resource_id, visitId);
    assert.equal(merge.purpose, 'reception');
    assert.equal(merge.outcome, 'allowed');
    const { operation, anonymousLabel, anonymousDescription } = merge.details as Record<string, unknown>;
    assert.deepEqual({ operation, visitId: (merge.details as Record<string, unknown>).visitId, anonymousLabel, anonymousDescription }, { operation: 'merge', visitId, anonymousLabel: 'Sara', anonymousDescription: 'sort jakke, lilla hue' });
    const again = await assertNothingChanged(() => post('perron-worker', `/api/v1/reception/visits/${visitId}/merge`, { citizenId: saraId }));
    assert.match(assertProblem(again, 409, 'conflict').detail ?? '', /hører allerede til en borger/);
  });

  test("Sara sees the merge, and the queue read that followed, in her access log", async () => {
    const queue = await get('jesper', `/api/v1/reception/centres/${perron4}/queue`);
    const listed = bodyOf(queue, 200).items.find((v: any) => v.id === visitId);
    assert.equal(listed.citizen.firstName, 'Sara');
    const reads = (await auditOfRequest(t.database, queue.headers['x-request-id'] as string)).filter((e) => e.citizen_id === saraId);
    assert.ok(reads.some((e) => e.action === 'reception.read' && e.resource_id === visitId));
    const log = bodyOf(await get('sara', '/api/v1/me/access-log?limit=200'), 200);
    const ours = log.items.filter((item: any) => item.purpose === 'reception');
    assert.ok(ours.some((item: any) => item.action === 'citizen.update' && item.unitName === 'Perron 4' && item.role === 'support-worker'), JSON.stringify(ours));
    assert.ok(ours.some((item: any) => item.action === 'reception.read' && item.unitName === 'Perron 4' && item.role === 'offer-owner'));
  });
});
