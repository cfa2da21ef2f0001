import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadDemoReferralsIfMissing } from '../../src/features/demo/load-demo-referrals.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The demo referrals tell DEMO.md's story: Sara declined once with a reason and then started, Jonas overdue. */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;

before(async () => {
  t = await createTestApp();
  sessions = sessionCache(t);
});

after(async () => {
  await t?.close();
});

async function citizenId(firstName: string): Promise<string> {
  return (await t.database.db.selectFrom('citizen').select('citizen_id').where('first_name', '=', firstName).executeTakeFirstOrThrow()).citizen_id;
}

test('Sara sees in plain words that Jobcenter — unge said no to one course, why, and that she has started the other', async () => {
  const mine = expectStatus(await t.request(await sessions.as('sara'), { method: 'GET', url: '/api/v1/me/referrals' }), 200);
  const byOffer = new Map(mine.items.map((item: { offer: { name: string } }) => [item.offer.name, item]));
  const started = byOffer.get('Forberedende forløb til uddannelse') as Record<string, any>;
  assert.equal(started.state, 'started');
  assert.equal(started.stateText, 'Du er gået i gang hos Jobcenter — unge.');
  assert.deepEqual(started.history.map((h: { state: string }) => h.state), ['sent', 'received', 'accepted', 'started']);
  assert.deepEqual(started.sharedParts, ['dreams', 'domain:work']);
  const declined = byOffer.get('Kost og uddannelse — forløb mod køkkenfaget') as Record<string, any>;
  assert.equal(declined.state, 'declined');
  assert.equal(declined.stateText, 'Jobcenter — unge har sagt nej.');
  assert.match(declined.reason, /Forberedende forløb til uddannelse/);
  assert.deepEqual(declined.history.map((h: { state: string }) => h.state), ['sent', 'received', 'declined']);
  assert.deepEqual(declined.sharedParts, [], 'the sharing ended when it was declined');
  const notices = expectStatus(await t.request(await sessions.as('sara'), { method: 'GET', url: '/api/v1/me/notifications' }), 200);
  assert.ok(notices.items.some((n: { text: string }) => n.text === 'Jobcenter — unge har sagt ja til dig.'));
});

test("Jonas's referral to the autism centre's youth group is overdue, on his team's overview too", async () => {
  const jonas = await citizenId('Jonas');
  const list = expectStatus(await t.request(await sessions.as('mette'), { method: 'GET', url: `/api/v1/citizens/${jonas}/referrals` }), 200);
  assert.deepEqual(
    list.items.map((r: Record<string, any>) => [r.offer.name, r.state, r.overdue, r.receivingUnit.name, r.senderName]),
    [['Ungegruppen på Autismecentret Gudenåcenteret', 'received', true, 'Autismecentret Gudenåcenteret', 'Fatima Yilmaz']],
  );
  const overview = expectStatus(await t.request(await sessions.as('mette'), { method: 'GET', url: `/api/v1/citizens/${jonas}/overview` }), 200);
  assert.deepEqual(overview.referrals.map((r: Record<string, any>) => [r.offerName, r.overdue]), [['Ungegruppen på Autismecentret Gudenåcenteret', true]]);
});

test('every consent given for a demo referral is for its receiving unit and its citizen, and ends when it closed', async () => {
  const db = t.database.db;
  const referrals = new Map((await db.selectFrom('referral').selectAll().execute()).map((r) => [r.referral_id, r]));
  const consents = await db.selectFrom('consent').selectAll().where('referral_id', 'is not', null).execute();
  assert.ok(consents.length >= 5);
  for (const consent of consents) {
    const referral = referrals.get(consent.referral_id!);
    assert.ok(referral, 'the referral exists');
    assert.deepEqual([consent.grantee_kind, consent.grantee_id, consent.citizen_id], ['unit', referral.receiving_unit_id, referral.citizen_id]);
    assert.ok(referral.shared_parts.includes(consent.part));
    assert.equal(consent.withdrawn_at !== null, ['declined', 'completed', 'stopped'].includes(referral.state));
  }
});

test('a demo database from before referrals gets them once', async () => {
  const tenant = await t.database.db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow();
  assert.equal(await loadDemoReferralsIfMissing(t.database.db, { tenantId: tenant.tenant_id, slug: 'randers' }, new Date()), 0, 'nothing while there are referrals');
  await t.database.db.deleteFrom('notification').where('tenant_id', '=', tenant.tenant_id).where('kind', 'like', 'referral.%').execute();
  await t.database.db.deleteFrom('consent').where('tenant_id', '=', tenant.tenant_id).where('referral_id', 'is not', null).execute();
  await t.database.db.deleteFrom('referral').where('tenant_id', '=', tenant.tenant_id).execute();
  assert.equal(await loadDemoReferralsIfMissing(t.database.db, { tenantId: tenant.tenant_id, slug: 'randers' }, new Date()), 3);
  const count = await t.database.db.selectFrom('referral').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.tenant_id).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 3);
});
