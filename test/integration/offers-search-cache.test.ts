import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { catalogueFactory } from '../support/catalogue-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Answers of the public search are kept for a short while (MESTRING_SEARCH_CACHE_SECONDS), and an offer owner's
 * change is seen at once. A row written behind the application's back shows that an answer really was kept.
 */

let t: TestApp;
let tenantId: string;
let organizationId: string;
const search = async (q: string) => ((await t.request(null, { method: 'GET', url: `/api/v1/offers?q=${encodeURIComponent(q)}` })).json() as { total: number; items: { name: string }[] });

before(async () => {
  t = await createTestApp({ MESTRING_SEARCH_CACHE_SECONDS: '30' });
  const f = catalogueFactory(t.database);
  tenantId = await f.tenantId();
  organizationId = await f.organization(tenantId);
});

after(async () => {
  await t?.close();
});

test('a kept answer is sent again until it expires', async () => {
  const f = catalogueFactory(t.database);
  assert.equal((await search('kajakroning')).total, 0);
  await f.offer(tenantId, { organization_id: organizationId, name: 'Kajakroning på Gudenåen' });
  assert.equal((await search('kajakroning')).total, 0, 'the kept answer');
  t.clock.now = new Date(t.clock.now.getTime() + 31_000);
  assert.equal((await search('kajakroning')).total, 1, 'expired: searched again');
});

test("an offer owner's change is seen by the next search", async () => {
  const jesper = await t.loginAs('jesper');
  assert.equal((await search('tangodans')).total, 0);
  const choices = (await t.request(jesper, { method: 'GET', url: '/api/v1/managed-offers/choices' })).json();
  const created = await t.request(jesper, { method: 'POST', url: '/api/v1/offers', payload: { name: 'Tangodans for alle', description: 'Dans hver onsdag.', organizationId: choices.organizations[0].id } });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal((await search('tangodans')).total, 0, 'a draft is not public');
  const published = await t.request(jesper, { method: 'POST', url: `/api/v1/offers/${created.json().id}/lifecycle`, payload: { action: 'publish', version: created.json().version } });
  assert.equal(published.statusCode, 200, published.body);
  assert.deepEqual((await search('tangodans')).items.map((i) => i.name), ['Tangodans for alle']);
});

test('with 0 seconds nothing is kept', async () => {
  const uncached = await createTestApp({ MESTRING_SEARCH_CACHE_SECONDS: '0' });
  try {
    const f = catalogueFactory(uncached.database);
    const id = await f.tenantId();
    const ask = async () => (await uncached.request(null, { method: 'GET', url: '/api/v1/offers?q=fuglekig' })).json().total as number;
    assert.equal(await ask(), 0);
    await f.offer(id, { organization_id: await f.organization(id), name: 'Fuglekig ved Randers Fjord' });
    assert.equal(await ask(), 1);
  } finally {
    await uncached.close();
  }
});
