import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { assertProblem, auditOfRequest } from '../support/platform-helpers.js';
import { bodyOf, receptionFactory, sessionsFor, type ReceptionFactory } from '../support/reception-factory.js';

/**
 * The reception access matrix. Staff with reception.register work with the visits of the reception centre their unit
 * is or lies inside. Another centre's queue: 403 (the centres are no secret). Another centre's visit: 404 (a visit
 * is the citizen's data and its existence is not revealed). Staff at no reception centre, and roles without the
 * permission: 403. Another municipality: 404. No login: 401. Refusals change nothing and are audited.
 */

let t: TestApp;
let f: ReceptionFactory;
let as: ReturnType<typeof sessionsFor>;
const ids = { perron4: '', slotsgaarden: '', bostotteNord: '', perronVisit: '', slotsVisit: '' };

async function call(persona: string | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return t.request(persona ? await as(persona) : null, { method, url, ...(payload && { payload }) });
}

before(async () => {
  t = await createTestApp();
  f = receptionFactory(t.database);
  as = sessionsFor(t);
  ids.perron4 = await f.unitId('Perron 4');
  ids.slotsgaarden = await f.unitId('Slotsgården');
  ids.bostotteNord = await f.unitId('Bostøtte Nord');
  await f.staffPersona({ key: 'perron-worker', name: 'Maja Holt', unit: 'Perron 4', roles: ['support-worker'] });
  await f.staffPersona({ key: 'slots-worker', name: 'Ib Lund', unit: 'Slotsgården', roles: ['support-worker'] });
  // Søby gets a reception centre of its own, so its worker passes every check but the municipality's.
  await f.flagReceptionCentre('Bostøtte Søby', 'soeby');
  await f.staffPersona({ key: 'soeby-leader', name: 'Søby Leder', unit: 'Socialcenter Søby', roles: ['leader'], slug: 'soeby' });
  ids.perronVisit = bodyOf(await call('jesper', 'POST', '/api/v1/reception/visits', { centreId: ids.perron4, needs: ['meal'], anonymous: { name: 'Mads' } }), 201).id;
  ids.slotsVisit = bodyOf(await call('slots-worker', 'POST', '/api/v1/reception/visits', { centreId: ids.slotsgaarden, needs: ['housing'], anonymous: { name: 'Gitte' } }), 201).id;
});

after(async () => {
  await t?.close();
});

type Row = [who: string | null, expected: number];

async function matrix(label: string, rows: Row[], request: (who: string | null) => Promise<LightMyRequestResponse>) {
  for (const [who, expected] of rows) {
    const before = await f.visitsState();
    const res = await request(who);
    assert.equal(res.statusCode, expected, `${label} as ${who ?? 'nobody'}: ${res.body}`);
    if (expected >= 400) {
      assert.equal(await f.visitsState(), before, `${label} as ${who ?? 'nobody'} changed nothing`);
      const code = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[expected] as 'unauthenticated' | 'forbidden' | 'not_found';
      assertProblem(res, expected, code);
    }
  }
}

describe('the queue of Perron 4', () => {
  test('its own staff see it; another centre, staff elsewhere and other roles 403; another municipality 404; no login 401', async () => {
    await matrix(
      'GET queue',
      [
        ['jesper', 200],
        ['perron-worker', 200],
        ['slots-worker', 403],
        ['anders', 403],
        ['karen', 403],
        ['mikkel', 403],
        ['lars', 403],
        ['soeby-camilla', 404],
        [null, 401],
      ],
      (who) => call(who, 'GET', `/api/v1/reception/centres/${ids.perron4}/queue`),
    );
  });

  test("Slotsgården's worker sees Slotsgården's queue, not Perron 4's visits", async () => {
    const queue = bodyOf(await call('slots-worker', 'GET', `/api/v1/reception/centres/${ids.slotsgaarden}/queue`), 200);
    assert.ok(queue.items.some((v: any) => v.id === ids.slotsVisit));
    assert.ok(!queue.items.some((v: any) => v.id === ids.perronVisit));
    assert.ok(queue.items.every((v: any) => v.centre.id === ids.slotsgaarden));
  });

  test('the refusal of another centre is audited with its reason', async () => {
    const res = await call('slots-worker', 'GET', `/api/v1/reception/centres/${ids.perron4}/queue`);
    const [entry, ...more] = await auditOfRequest(t.database, res.headers['x-request-id'] as string);
    assert.equal(more.length, 0);
    assert.equal(entry!.outcome, 'denied');
    assert.equal(entry!.resource_id, ids.perron4);
    assert.equal((entry!.details as { reason: string }).reason, 'another-centre');
  });

  test('a unit that is no reception centre, or no unit at all: 404', async () => {
    assertProblem(await call('jesper', 'GET', `/api/v1/reception/centres/${ids.bostotteNord}/queue`), 404, 'not_found');
    assertProblem(await call('jesper', 'GET', '/api/v1/reception/centres/01900000-0000-7000-8000-000000000000/queue'), 404, 'not_found');
  });
});

describe('registering', () => {
  test('only at the worker’s own centre', async () => {
    const at = (centreId: string) => (who: string | null) => call(who, 'POST', '/api/v1/reception/visits', { centreId, needs: ['meal'], anonymous: { name: 'Ali' } });
    await matrix('POST visit at Slotsgården', [['jesper', 403], ['anders', 403], ['mikkel', 403], ['soeby-camilla', 404], [null, 401]], at(ids.slotsgaarden));
    await matrix('POST visit at Perron 4', [['perron-worker', 201]], at(ids.perron4));
  });
});

describe('one visit', () => {
  test('a change: its centre only; elsewhere 404; staff at no centre and other roles 403; another municipality 404', async () => {
    await matrix(
      'PATCH visit',
      [
        ['slots-worker', 404],
        ['anders', 403],
        ['mikkel', 403],
        ['karen', 403],
        ['soeby-camilla', 404],
        [null, 401],
        ['perron-worker', 200],
      ],
      (who) => call(who, 'PATCH', `/api/v1/reception/visits/${ids.perronVisit}`, { version: 1, status: 'with-worker' }),
    );
  });

  test('merge and follow-up: the same', async () => {
    const saraId = await f.citizenId('Sara', 'Ahmadi');
    await matrix('merge', [['slots-worker', 404], ['anders', 403], ['soeby-camilla', 404], [null, 401]], (who) => call(who, 'POST', `/api/v1/reception/visits/${ids.perronVisit}/merge`, { citizenId: saraId }));
    await matrix('follow-up', [['slots-worker', 404], ['anders', 403], ['soeby-camilla', 404], [null, 401]], (who) => call(who, 'POST', `/api/v1/reception/visits/${ids.perronVisit}/follow-up`, { version: 2 }));
    assertProblem(await call('jesper', 'PATCH', '/api/v1/reception/visits/01900000-0000-7000-8000-000000000000', { version: 1, status: 'left' }), 404, 'not_found');
  });
});

describe('follow-ups, centres and statistics', () => {
  test('follow-ups: staff of a centre; others 403; no login 401', async () => {
    await matrix('GET follow-ups', [['jesper', 200], ['slots-worker', 200], ['anders', 403], ['karen', 403], ['mikkel', 403], [null, 401]], (who) => call(who, 'GET', '/api/v1/reception/follow-ups'));
  });

  test("the list of centres: each municipality's own", async () => {
    assert.equal(bodyOf(await call('anders', 'GET', '/api/v1/reception/centres'), 200).myCentreId, null);
    const soeby = bodyOf(await call('soeby-camilla', 'GET', '/api/v1/reception/centres'), 200);
    assert.deepEqual(soeby.items.map((c: any) => c.name), ['Bostøtte Søby']);
    await matrix('GET centres', [['karen', 403], ['mikkel', 403], [null, 401]], (who) => call(who, 'GET', '/api/v1/reception/centres'));
  });

  test('statistics: leaders and offer owners; support workers and others 403; another municipality sees only its own', async () => {
    await matrix(
      'GET statistics',
      [
        ['karen', 200],
        ['jesper', 200],
        ['perron-worker', 403],
        ['anders', 403],
        ['mikkel', 403],
        ['lars', 403],
        [null, 401],
      ],
      (who) => call(who, 'GET', '/api/v1/reception/statistics'),
    );
    const soeby = bodyOf(await call('soeby-leader', 'GET', '/api/v1/reception/statistics'), 200);
    assert.deepEqual(soeby.centres.map((c: any) => c.name), ['Bostøtte Søby']);
    assert.ok(soeby.centres[0].weeks.every((w: any) => w.visits === 0));
  });
});
