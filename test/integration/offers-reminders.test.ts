import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { remindOutdatedOffers } from '../../src/features/offers/remind-outdated-offers.js';
import { outboxHandlers } from '../../src/platform/outbox/handlers.js';
import { processOutboxOnce } from '../../src/platform/outbox/worker.js';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** An offer nobody has confirmed for 12 months: its owners get one reminder on "Min side", until it is confirmed. */

let t: TestApp;
let stale: string;
const quiet = { info() {}, warn() {}, error() {} };
const YEAR_AND_A_BIT = 400 * 86_400_000;

before(async () => {
  t = await createTestApp();
  const f = catalogueFactory(t.database);
  const tenantId = await f.tenantId();
  // The demo catalogue has outdated offers of its own; mark them reminded so this test counts only its own.
  await t.database.db.updateTable('offer').set({ owner_reminded_at: new Date() }).execute();
  stale = await f.offer(tenantId, { name: 'Gammel café (test)', owner_unit_id: await f.unitId(tenantId, 'Perron 4'), confirmed_at: new Date(Date.now() - YEAR_AND_A_BIT) });
  await f.offer(tenantId, { name: 'Nyligt bekræftet (test)', owner_unit_id: await f.unitId(tenantId, 'Perron 4'), confirmed_at: new Date() });
});

after(async () => {
  await t?.close();
});

const deliver = () => processOutboxOnce(t.database.db, outboxHandlers(quiet), quiet, new Date(Date.now() + 1000));

test('one reminder per outdated offer, delivered to the offer owner of its unit as a notice with a link', async () => {
  assert.equal(await remindOutdatedOffers(t.database.db, new Date()), 1);
  assert.equal(await remindOutdatedOffers(t.database.db, new Date()), 0, 'not twice');
  await deliver();
  const jesper = await t.loginAs('jesper');
  const notices = (await t.request(jesper, { method: 'GET', url: '/api/v1/me/notifications', headers: { 'accept-language': 'da' } })).json().items as { text: string; link: string }[];
  const reminder = notices.find((n) => n.link === `/mine-tilbud/${stale}`);
  assert.ok(reminder, 'Jesper is reminded');
  assert.match(reminder.text, /«Gammel café \(test\)» er ikke bekræftet i over et år/);
  const anders = await t.loginAs('anders');
  const others = (await t.request(anders, { method: 'GET', url: '/api/v1/me/notifications' })).json().items as { link: string }[];
  assert.ok(!others.some((n) => n.link === `/mine-tilbud/${stale}`), 'nobody else is');
});

test('confirming clears the mark, so the next period reminds again', async () => {
  const jesper = await t.loginAs('jesper');
  const current = (await t.request(jesper, { method: 'GET', url: `/api/v1/offers/${stale}/managed` })).json();
  const confirmed = await t.request(jesper, { method: 'POST', url: `/api/v1/offers/${stale}/lifecycle`, payload: { action: 'confirm', version: current.version } });
  assert.equal(confirmed.statusCode, 200, confirmed.body);
  const row = await t.database.db.selectFrom('offer').select(['owner_reminded_at', 'confirmed_at']).where('offer_id', '=', stale).executeTakeFirstOrThrow();
  assert.equal(row.owner_reminded_at, null);
  assert.equal(await remindOutdatedOffers(t.database.db, new Date()), 0, 'just confirmed');
  assert.equal(await remindOutdatedOffers(t.database.db, new Date(Date.now() + YEAR_AND_A_BIT)), 2, 'a year later it is due again, as is the other one');
});
