import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { assertAudited, assertProblem } from '../support/platform-helpers.js';
import { bodyOf, receptionFactory, sessionsFor } from '../support/reception-factory.js';

/**
 * Weekly counts per reception centre and need: ISO weeks in Danish time (a visit at 00:30 on a Monday night belongs to
 * the new week), aggregates only, and counts from 1 to 4 shown as "<5". The test clock is in 2032, away from the demo's
 * visits (which are relative to the real today).
 */

let t: TestApp;
let as: ReturnType<typeof sessionsFor>;
let perron4 = '';
let slotsgaarden = '';
const labels: string[] = [];

async function visitAt(instant: string, persona: string, centreId: string, needs: string[]): Promise<void> {
  t.clock.now = new Date(instant);
  const name = `Besøg${labels.length}`;
  labels.push(name);
  bodyOf(await t.request(await as(persona), { method: 'POST', url: '/api/v1/reception/visits', payload: { centreId, needs, anonymous: { name, description: 'kendetegn' } } }), 201);
}

before(async () => {
  t = await createTestApp();
  as = sessionsFor(t);
  const f = receptionFactory(t.database);
  perron4 = await f.unitId('Perron 4');
  slotsgaarden = await f.unitId('Slotsgården');
  await f.staffPersona({ key: 'slots-worker', name: 'Ib Lund', unit: 'Slotsgården', roles: ['support-worker'] });
  // Week 2032-W10 runs from Monday 1 March to Sunday 7 March.
  for (let i = 0; i < 6; i += 1) await visitAt(`2032-03-02T09:0${i}:00Z`, 'jesper', perron4, i < 2 ? ['housing', 'meal'] : ['meal']);
  // 23:30 on Sunday in Denmark: still W10.
  await visitAt('2032-03-07T22:30:00Z', 'jesper', perron4, ['stabilisation']);
  // 00:30 on Monday in Denmark (23:30 UTC on Sunday): W11.
  await visitAt('2032-03-07T23:30:00Z', 'jesper', perron4, ['stabilisation']);
  await visitAt('2032-03-03T12:00:00Z', 'slots-worker', slotsgaarden, ['meal']);
  await visitAt('2032-03-04T12:00:00Z', 'slots-worker', slotsgaarden, ['meal', 'accompany-doctor']);
  // Outside the period asked for.
  await visitAt('2032-02-29T12:00:00Z', 'jesper', perron4, ['housing']);
  t.clock.now = new Date('2032-03-20T12:00:00Z');
});

after(async () => {
  await t?.close();
});

describe('weekly counts', () => {
  test('per centre, week and need; small counts shown as "<5"; an audit entry without any citizen', async () => {
    const karen = await as('karen');
    const res = await t.request(karen, { method: 'GET', url: '/api/v1/reception/statistics?from=2032-03-01&to=2032-03-14' });
    const body = bodyOf(res, 200);
    assert.equal(body.suppressedBelow, 5);
    assert.deepEqual(body.weeks, [
      { week: '2032-W10', monday: '2032-03-01' },
      { week: '2032-W11', monday: '2032-03-08' },
    ]);
    assert.deepEqual(body.centres.map((c: any) => c.name), ['Modtagecenter Gl. Hadsundvej 1', 'Perron 4', 'Slotsgården']);
    const [hadsundvej, perron, slots] = body.centres;
    assert.equal(perron.id, perron4);
    assert.equal(perron.total, 8);
    assert.deepEqual(perron.weeks[0], {
      week: '2032-W10',
      visits: 7,
      needs: { housing: '<5', 'accompany-jobcentre': 0, 'accompany-treatment': 0, 'accompany-psychiatry': 0, 'accompany-doctor': 0, 'accompany-citizen-service': 0, meal: 6, stabilisation: '<5' },
    });
    assert.equal(perron.weeks[1].visits, '<5');
    assert.equal(perron.weeks[1].needs.stabilisation, '<5');
    assert.equal(perron.weeks[1].needs.meal, 0);
    assert.equal(slots.id, slotsgaarden);
    assert.equal(slots.total, '<5');
    assert.deepEqual([slots.weeks[0].visits, slots.weeks[0].needs.meal, slots.weeks[0].needs['accompany-doctor']], ['<5', '<5', '<5']);
    assert.equal(hadsundvej.total, 0);
    assert.ok(hadsundvej.weeks.every((w: any) => w.visits === 0));
    // Aggregates only: no label, description or id of any visit or person.
    for (const label of labels) assert.ok(!res.body.includes(label), `the answer does not name ${label}`);
    assert.ok(!res.body.includes('kendetegn'));
    const entry = await assertAudited(t.database, res, { action: 'reception.statistics', actor: karen.userId, outcome: 'allowed' });
    assert.equal(entry.citizen_id, null);
  });

  test('the default period is the last eight ISO weeks up to today', async () => {
    const body = bodyOf(await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/reception/statistics' }), 200);
    assert.equal(body.to, '2032-03-20');
    assert.equal(body.from, '2032-01-26');
    assert.equal(body.weeks.length, 8);
    assert.equal(body.weeks.at(-1).week, '2032-W12');
    assert.equal(body.centres.find((c: any) => c.id === perron4).total, 9);
  });

  test('bad periods: 400 with the field', async () => {
    const karen = await as('karen');
    const cases: [string, string][] = [
      ['from=2032-03-14&to=2032-03-01', 'from'],
      ['from=2030-01-01&to=2032-03-01', 'from'],
      ['from=2032-02-30', 'from'],
      ['to=14-03-2032', 'to'],
      ['centre=perron4', 'centre'],
    ];
    for (const [query, path] of cases) {
      const problem = assertProblem(await t.request(karen, { method: 'GET', url: `/api/v1/reception/statistics?${query}` }), 400, 'validation_failed');
      assert.deepEqual(problem.errors?.map((e) => e.path), [path], query);
    }
  });
});
