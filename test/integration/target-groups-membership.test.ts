import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/schema.js';
import { newId } from '../../src/platform/ids.js';
import { countTargetGroups } from '../../src/features/target-groups/target-group-overview.js';
import { refreshTargetGroupMembership } from '../../src/features/target-groups/target-group-membership.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The stored membership behind the target-group overview follows every change it is worked out from, on both engines:
 * after each change (an enrolment added, moved and deleted; a referral accepted; the offer renamed; a birth date
 * corrected; a service withdrawn) the next count shows it, only the changed citizens are worked out again, and the
 * result equals a build of everyone from scratch. Søby in 2005–2007, where nothing else is.
 */

let t: TestApp;
let db: Kysely<Database>;
let soeby = '';
const now = new Date();

type Counts = Record<string, number>;

/** Raw counts 2005–2007 as "row/year" → citizens ('*' for the distinct total). */
async function counts(): Promise<Counts> {
  const rows = await countTargetGroups(db, soeby, 2005, 2007);
  return Object.fromEntries(rows.map((r) => [`${r.rowKey ?? '*'}/${r.year}`, r.citizens] as const).sort(([a], [b]) => a.localeCompare(b)));
}

/** Counts after throwing the stored membership away: the reference every incremental count must equal. */
async function rebuiltCounts(): Promise<Counts> {
  await db.deleteFrom('target_group_build').where('tenant_id', '=', soeby).execute();
  return counts();
}

/** Counts now, asserting they equal a build from scratch, and what the refresh had to do before them. */
async function countsAfterChange(expected: 'current' | 'refreshed'): Promise<Counts> {
  const refresh = await db.transaction().execute((trx) => refreshTargetGroupMembership(trx, soeby));
  assert.equal(refresh, expected);
  const incremental = await counts();
  assert.deepEqual(await rebuiltCounts(), incremental, 'the incremental membership equals a build from scratch');
  return incremental;
}

const citizen = async (name: string, birthDate: string) => {
  const id = newId();
  await db.insertInto('citizen').values({ tenant_id: soeby, citizen_id: id, user_id: null, first_name: name, last_name: 'Følger', birth_date: birthDate, created_at: now, updated_at: now }).execute();
  return id;
};
const enrol = async (citizenId: string, offerName: string, legalBasis: string, startedOn: string, endedOn: string | null) => {
  const id = newId();
  await db.insertInto('enrolment').values({ tenant_id: soeby, enrolment_id: id, citizen_id: citizenId, offer_id: null, offer_name: offerName, offer_type: null, legal_basis: legalBasis, unit_id: null, source: 'direct', referral_id: null, started_on: startedOn, ended_on: endedOn, created_at: now }).execute();
  return id;
};

before(async () => {
  t = await createTestApp();
  db = t.database.db;
  soeby = (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'soeby').executeTakeFirstOrThrow()).tenant_id;
});

after(async () => {
  await t?.close();
});

test('every change the rows are worked out from shows in the next count, and equals a build from scratch', async () => {
  const a = await citizen('A', '1970-01-01');
  const enrolmentA = await enrol(a, 'Herberg Søby', 'SEL §110', '2005-03-01', '2005-06-30');
  await rebuiltCounts();
  assert.deepEqual(await countsAfterChange('current'), { '*/2005': 1, 'sel110/2005': 1 });

  const b = await citizen('B', '1970-01-01');
  const enrolmentB = await enrol(b, 'Herberg Søby', 'SEL §110', '2006-01-10', '2006-02-10');
  assert.deepEqual(await countsAfterChange('refreshed'), { '*/2005': 1, '*/2006': 1, 'sel110/2005': 1, 'sel110/2006': 1 });

  await db.updateTable('enrolment').set({ ended_on: '2006-02-01' }).where('tenant_id', '=', soeby).where('enrolment_id', '=', enrolmentA).execute();
  assert.deepEqual(await countsAfterChange('refreshed'), { '*/2005': 1, '*/2006': 2, 'sel110/2005': 1, 'sel110/2006': 2 });

  await db.deleteFrom('enrolment').where('tenant_id', '=', soeby).where('enrolment_id', '=', enrolmentB).execute();
  assert.deepEqual(await countsAfterChange('refreshed'), { '*/2005': 1, '*/2006': 1, 'sel110/2005': 1, 'sel110/2006': 1 });

  // A referral counts in the year it was accepted; the offer's paragraph decides its row, and a change to it moves it.
  const c = await citizen('C', '1970-01-01');
  const organization = newId();
  await db.insertInto('organization').values({ tenant_id: soeby, organization_id: organization, name: 'Søby Kommune (følger)', kind: 'municipal', created_at: now, updated_at: now }).execute();
  const offer = newId();
  await db.insertInto('offer').values({ tenant_id: soeby, offer_id: offer, organization_id: organization, name: 'Beskyttet værksted Søby', legal_basis: 'SEL §103', lifecycle: 'published', published_at: now, created_at: now, updated_at: now }).execute();
  const sender = (await db.selectFrom('app_user').select('user_id').where('tenant_id', '=', soeby).executeTakeFirstOrThrow()).user_id;
  const referral = newId();
  await db
    .insertInto('referral')
    .values({ tenant_id: soeby, referral_id: referral, citizen_id: c, offer_id: offer, receiving_unit_id: null, kind: 'worker', sender_user_id: sender, sender_unit_id: null, state: 'sent', reason: null, message: '', shared_parts: [], sent_at: new Date('2007-03-01T09:00:00Z'), answered_at: null, answer_due_on: '2099-12-31', created_at: now, updated_at: now })
    .execute();
  await db.insertInto('referral_event').values({ tenant_id: soeby, event_id: newId(), referral_id: referral, from_state: null, to_state: 'sent', reason: null, actor_user_id: sender, occurred_at: new Date('2007-03-01T09:00:00Z') }).execute();
  assert.equal((await countsAfterChange('current'))['sel103/2007'], undefined, 'a sent referral is not counted, and marks nobody');
  await db.insertInto('referral_event').values({ tenant_id: soeby, event_id: newId(), referral_id: referral, from_state: 'sent', to_state: 'accepted', reason: null, actor_user_id: sender, occurred_at: new Date('2007-03-05T09:00:00Z') }).execute();
  assert.equal((await countsAfterChange('refreshed'))['sel103/2007'], 1);
  await db.updateTable('offer').set({ legal_basis: 'SEL §104' }).where('tenant_id', '=', soeby).where('offer_id', '=', offer).execute();
  const moved = await countsAfterChange('refreshed');
  assert.equal(moved['sel103/2007'], undefined);
  assert.equal(moved['sel104/2007'], 1);
  await db.updateTable('offer').set({ description: 'Værksted med træ og metal.' }).where('tenant_id', '=', soeby).where('offer_id', '=', offer).execute();
  await countsAfterChange('current');

  // Age decides between the adults' and the youth row: a corrected birth date moves the citizen.
  const d = await citizen('D', '1970-01-01');
  await enrol(d, 'Stofbehandling Søby', 'SEL §101', '2007-02-01', '2007-04-01');
  const adult = await countsAfterChange('refreshed');
  assert.equal(adult['drug-youth/2007'], undefined);
  await db.updateTable('citizen').set({ birth_date: '1991-05-05' }).where('tenant_id', '=', soeby).where('citizen_id', '=', d).execute();
  assert.equal((await countsAfterChange('refreshed'))['drug-youth/2007'], 1);

  // A granted service counts until it is withdrawn.
  const e = await citizen('E', '1970-01-01');
  const service = newId();
  await db
    .insertInto('granted_service')
    .values({
      tenant_id: soeby, service_id: service, citizen_id: e, offer_id: null, service_name: 'Bostøtte', legal_basis: 'SEL §85', provider_kind: 'own', provider_name: null, placement: 'inside', residential: false,
      paying_unit_id: null, period_from: '2005-02-01', period_to: '2005-12-31', price_unit: 'hour', unit_price_ore: 50_000, quantity_hundredths: 100, cancelled_at: null, decided_by: null, decided_on: '2005-02-01',
    })
    .execute();
  assert.equal((await countsAfterChange('refreshed'))['sel85-hour/2005'], 1);
  await db.updateTable('granted_service').set({ cancelled_at: now }).where('tenant_id', '=', soeby).where('service_id', '=', service).execute();
  assert.equal((await countsAfterChange('refreshed'))['sel85-hour/2005'], undefined);

  assert.equal(Number((await db.selectFrom('target_group_stale').select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', soeby).executeTakeFirstOrThrow()).n), 0, 'nothing is left stale after a count');
});

test('a change of the rules or of the year rebuilds everyone', async () => {
  await counts();
  await db.updateTable('target_group_build').set({ basis: 'rules of an earlier release:2025' }).where('tenant_id', '=', soeby).execute();
  assert.equal(await db.transaction().execute((trx) => refreshTargetGroupMembership(trx, soeby)), 'rebuilt');
  assert.equal(await db.transaction().execute((trx) => refreshTargetGroupMembership(trx, soeby)), 'current');
});
