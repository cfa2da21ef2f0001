import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadDemoMunicipalities } from '../../src/features/demo/load-demo-municipalities.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { bodyOf, receptionFactory, sessionsFor } from '../support/reception-factory.js';

/**
 * The demo's reception centres: a queue today at each of the three, seven weeks of visits for the figures, and Sara's
 * merged visit with its follow-up overdue. A demo database from before them gets them on its next start, once.
 */

let t: TestApp;
let as: ReturnType<typeof sessionsFor>;

before(async () => {
  t = await createTestApp();
  as = sessionsFor(t);
});

after(async () => {
  await t?.close();
});

const db = () => t.database.db;
const countVisits = async () => Number((await db().selectFrom('reception_visit').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('the demo reception', () => {
  test('the three centres of the plan have a queue today, Randers only', async () => {
    const f = receptionFactory(t.database);
    const flagged = await db().selectFrom('org_unit').select(['name', 'tenant_id']).where('is_reception_centre', '=', true).orderBy('name').execute();
    assert.deepEqual(flagged.map((u) => u.name), ['Modtagecenter Gl. Hadsundvej 1', 'Perron 4', 'Slotsgården']);
    assert.ok(flagged.every((u) => u.tenant_id === flagged[0]!.tenant_id));
    assert.equal(flagged[0]!.tenant_id, await f.tenantId('randers'));
    const queue = bodyOf(await t.request(await as('jesper'), { method: 'GET', url: `/api/v1/reception/centres/${await f.unitId('Perron 4')}/queue` }), 200);
    assert.ok(queue.items.length >= 3);
    assert.ok(queue.items.some((v: any) => v.status === 'waiting') && queue.items.some((v: any) => v.status === 'with-worker'));
    assert.ok(queue.items.every((v: any) => v.anonymous && !/\d{6}/.test(`${v.anonymous.name} ${v.anonymous.description ?? ''}`)));
  });

  test("Sara's visit at Perron 4 was merged into her record, and its follow-up is overdue", async () => {
    const sara = await receptionFactory(t.database).citizenId('Sara', 'Ahmadi');
    const [visit, ...more] = await db().selectFrom('reception_visit').selectAll().where('citizen_id', '=', sara).execute();
    assert.equal(more.length, 0);
    assert.ok(visit!.merged_at && visit!.merged_by);
    assert.equal(visit!.anonymous_label, null);
    const followUps = bodyOf(await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/reception/follow-ups' }), 200);
    assert.equal(followUps.items.find((v: any) => v.id === visit!.visit_id)?.overdue, true);
  });

  test('the weekly figures have content: the two large centres have visits every full week, the small one some', async () => {
    const figures = bodyOf(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/reception/statistics' }), 200);
    assert.deepEqual(figures.centres.map((c: any) => c.name), ['Modtagecenter Gl. Hadsundvej 1', 'Perron 4', 'Slotsgården']);
    for (const centre of figures.centres.slice(1)) assert.ok(centre.weeks.slice(1, -1).every((w: any) => w.visits !== 0), `${centre.name}: ${JSON.stringify(centre.weeks.map((w: any) => w.visits))}`);
    assert.notEqual(figures.centres[0].total, 0);
    const perron = figures.centres.find((c: any) => c.name === 'Perron 4');
    assert.ok(perron.weeks.some((w: any) => typeof w.visits === 'number' && w.visits >= 5));
  });

  test('a demo database from before the reception centres gets them on its next start, once', async () => {
    await db().deleteFrom('reception_visit').execute();
    await db().updateTable('org_unit').set({ is_reception_centre: false }).execute();
    await loadDemoMunicipalities(db());
    const loaded = await countVisits();
    assert.ok(loaded > 100, `${loaded} visits`);
    assert.equal((await db().selectFrom('org_unit').select('name').where('is_reception_centre', '=', true).execute()).length, 3);
    await loadDemoMunicipalities(db());
    assert.equal(await countVisits(), loaded, 'a second start adds nothing');
  });
});
