import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { newId } from '../../src/platform/ids.js';
import { sql } from 'kysely';
import { ffbOfferTypes } from '../../src/domain/ffb-offer-types.js';
import { targetGroupRowOf, type TargetGroupFact } from '../../src/domain/target-group-rows.js';
import { readTargetGroupOverview } from '../../src/features/target-groups/target-group-overview.js';
import { targetGroupRowSql } from '../../src/features/target-groups/target-group-sql.js';
import { assertAudited, assertProblem } from '../support/platform-helpers.js';
import { receptionFactory } from '../support/reception-factory.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The target-group overview through the API, on both engines. A hand-made dataset goes into Søby in 2012–2014 (no demo
 * data there then), and every cell equals the hand count written next to the data: a citizen in two sources counts
 * once, a cancelled service and a declined referral do not count, 1–4 citizens are hidden (null), 0 shows as 0.
 * A row in Randers in the same years leaves Søby's figures alone. An offer owner gets 403, bad periods a translated
 * 400, a period without data empty:true.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
const PERIOD = 'from=2012&to=2014';
let soeby = '';
let leaderId = '';

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-06-15T10:00:00Z');
  sessions = sessionCache(t);
  const people = receptionFactory(t.database);
  leaderId = await people.staffPersona({ key: 'soeby-maal-leder', name: 'Lis Leder', unit: 'Socialcenter Søby', roles: ['leader'], slug: 'soeby' });
  await people.staffPersona({ key: 'soeby-maal-stotte', name: 'Sif Støtte', unit: 'Socialcenter Søby', roles: ['support-worker'], slug: 'soeby' });
  await people.staffPersona({ key: 'soeby-maal-tilbud', name: 'Tove Tilbud', unit: 'Socialcenter Søby', roles: ['offer-owner'], slug: 'soeby' });
  const db = t.database.db;
  soeby = (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'soeby').executeTakeFirstOrThrow()).tenant_id;
  const randers = (await db.selectFrom('tenant').select('tenant_id').where('slug', '=', 'randers').executeTakeFirstOrThrow()).tenant_id;
  const now = new Date();

  const citizen = async (tenantId: string, name: string, birthDate = '1980-05-05') => {
    const id = newId();
    await db.insertInto('citizen').values({ tenant_id: tenantId, citizen_id: id, user_id: null, first_name: name, last_name: 'Tælling', birth_date: birthDate, created_at: now, updated_at: now }).execute();
    return id;
  };
  const enrol = async (tenantId: string, citizenId: string, offerName: string, legalBasis: string | null, startedOn: string, endedOn: string | null, offerType: string | null = null) =>
    db.insertInto('enrolment').values({ tenant_id: tenantId, enrolment_id: newId(), citizen_id: citizenId, offer_id: null, offer_name: offerName, offer_type: offerType, legal_basis: legalBasis, unit_id: null, source: 'direct', referral_id: null, started_on: startedOn, ended_on: endedOn, created_at: now }).execute();
  const service = async (citizenId: string, legalBasis: string, priceUnit: 'hour' | 'day', from: string, to: string | null, cancelled = false) =>
    db
      .insertInto('granted_service')
      .values({
        tenant_id: soeby, service_id: newId(), citizen_id: citizenId, offer_id: null, service_name: 'Testydelse', legal_basis: legalBasis, provider_kind: 'own', provider_name: null, placement: 'inside', residential: false,
        paying_unit_id: null, period_from: from, period_to: to, price_unit: priceUnit, unit_price_ore: 50_000, quantity_hundredths: 100, cancelled_at: cancelled ? now : null, decided_by: null, decided_on: from,
      })
      .execute();
  const organization = newId();
  await db.insertInto('organization').values({ tenant_id: soeby, organization_id: organization, name: 'Søby Kommune (test)', kind: 'municipal', created_at: now, updated_at: now }).execute();
  const offer = async (name: string, legalBasis: string) => {
    const id = newId();
    await db.insertInto('offer').values({ tenant_id: soeby, offer_id: id, organization_id: organization, name, legal_basis: legalBasis, lifecycle: 'published', published_at: now, created_at: now, updated_at: now }).execute();
    return id;
  };
  const sender = (await db.selectFrom('app_user').select('user_id').where('demo_key', '=', 'soeby-maal-stotte').executeTakeFirstOrThrow()).user_id;
  const referral = async (citizenId: string, offerId: string, steps: [string, string][]) => {
    const id = newId();
    const last = steps.at(-1)!;
    await db
      .insertInto('referral')
      .values({ tenant_id: soeby, referral_id: id, citizen_id: citizenId, offer_id: offerId, receiving_unit_id: null, kind: 'worker', sender_user_id: sender, sender_unit_id: null, state: last[0] as 'accepted', reason: null, message: '', shared_parts: [], sent_at: new Date(steps[0]![1]), answered_at: null, answer_due_on: '2099-12-31', created_at: now, updated_at: now })
      .execute();
    for (const [state, at] of steps) await db.insertInto('referral_event').values({ tenant_id: soeby, event_id: newId(), referral_id: id, from_state: null, to_state: state as 'accepted', reason: null, actor_user_id: sender, occurred_at: new Date(at) }).execute();
  };

  const [a, b, c, d, e, f, g, h] = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((n) => citizen(soeby, n)));
  // Y turns 18 on 1 June 2014: under 18 on 1 January of 2012, 2013 and 2014.
  const y = await citizen(soeby, 'Y', '1996-06-01');

  // § 110 — 2012: A B C D E (A also by a granted service: once); 2013: B C D E by enrolment, F by a service = 5; 2014: E = 1.
  await enrol(soeby, a!, 'Herberg Søby', 'SEL §110', '2012-03-01', '2012-06-30');
  for (const who of [b!, c!, d!]) await enrol(soeby, who, 'Herberg Søby', 'SEL § 110', '2012-03-01', '2013-02-01');
  await enrol(soeby, e!, 'Herberg Søby', 'SEL §110', '2012-03-01', null);
  await service(a!, 'SEL §110', 'day', '2012-01-01', '2012-02-28');
  await service(f!, 'SEL §110', 'day', '2013-01-01', '2013-12-31');
  // § 85 by the hour — 2012: A B C G = 4 (hidden); H's service was withdrawn (would make 5 and show).
  for (const who of [a!, b!, c!, g!]) await service(who, 'SEL §85', 'hour', '2012-02-01', '2012-12-31');
  await service(h!, 'SEL §85', 'hour', '2012-02-01', '2012-12-31', true);
  // Drop-in — 2013: D by an accepted referral, F and G walk in = 3 (hidden).
  await referral(d!, await offer('Værested Søby', 'SEL §104'), [['sent', '2013-04-20T09:00:00Z'], ['received', '2013-04-22T09:00:00Z'], ['accepted', '2013-05-01T09:00:00Z']]);
  for (const who of [f!, g!]) await enrol(soeby, who, 'Værestedet i Søby', 'SEL §104', '2013-06-01', '2013-06-01');
  // § 103 — E's referral was declined in 2014: 0.
  await referral(e!, await offer('Beskyttet værksted Søby', 'SEL §103'), [['sent', '2014-02-01T09:00:00Z'], ['received', '2014-02-02T09:00:00Z'], ['declined', '2014-02-03T09:00:00Z']]);
  // Drug treatment for Y, under 18: the youth row (hidden), not the adults' (0).
  await enrol(soeby, y, 'Ungebehandling Søby', 'SEL §101', '2013-01-10', '2013-03-01');
  // Another paragraph: its own row. A leisure activity without a paragraph: not counted (H would make 2012's total 7).
  await enrol(soeby, g!, 'Gruppeforløb', 'SEL §82b', '2012-09-01', '2012-10-01');
  await enrol(soeby, h!, 'Svømning', null, '2012-01-01', '2012-12-31');
  // Totals — 2012: A B C D E G = 6; 2013: B C D E F G Y = 7; 2014: E = 1 (hidden).

  // Randers in the same years: not Søby's.
  await enrol(randers, await citizen(randers, 'R'), 'Herberg Randers', 'SEL §110', '2012-01-01', '2014-12-31');
});

after(async () => {
  await t?.close();
});

const get = async (persona: string | null, query = PERIOD) => t.request(persona === null ? null : await as(persona), { method: 'GET', url: `/api/v1/statistics/target-groups?${query}` });
const rowOf = (body: Record<string, any>, key: string) => body.rows.find((r: { key: string }) => r.key === key);

describe('the table equals the hand count', () => {
  test('rows, hidden cells, zeros and totals', async () => {
    const res = await get('soeby-maal-leder');
    const body = expectStatus(res, 200);
    assert.equal(body.empty, false);
    assert.deepEqual([body.fromYear, body.toYear, body.asOf], [2012, 2014, '2026-06-15']);
    assert.deepEqual(rowOf(body, 'sel110').years, { 2012: 5, 2013: 5, 2014: null });
    assert.equal(rowOf(body, 'sel110').label, '§ 110 Forsorgshjem');
    assert.deepEqual(rowOf(body, 'sel85-hour').years, { 2012: null, 2013: 0, 2014: 0 });
    assert.deepEqual(rowOf(body, 'drop-in').years, { 2012: 0, 2013: null, 2014: 0 });
    assert.deepEqual(rowOf(body, 'sel103').years, { 2012: 0, 2013: 0, 2014: 0 });
    assert.deepEqual(rowOf(body, 'drug-youth').years, { 2012: 0, 2013: null, 2014: 0 });
    assert.deepEqual(rowOf(body, 'drug-day').years, { 2012: 0, 2013: 0, 2014: 0 });
    const other = rowOf(body, 'other:SEL§82B');
    assert.equal(other.label, 'Andre tilbud efter SEL § 82 b');
    assert.deepEqual(other.years, { 2012: null, 2013: 0, 2014: 0 });
    assert.deepEqual(body.totals, { 2012: 6, 2013: 7, 2014: null });
    // Table 1's rows first in its order, the other paragraph after them.
    assert.equal(body.rows[0].key, 'sel85-day');
    assert.equal(body.rows.at(-1).key, 'other:SEL§82B');
    const audit = await assertAudited(t.database, res, { action: 'statistics.read', actor: leaderId, outcome: 'allowed', tenantId: soeby });
    assert.equal(audit.purpose, 'steering-figures');
    assert.equal(audit.citizen_id, null);
  });

  test('the raw counts under the suppression are the hand count too', async () => {
    const overview = await readTargetGroupOverview(t.database.db, soeby, 2012, 2014);
    assert.deepEqual(overview.rows.find((r) => r.key === 'sel110')!.years, { 2012: 5, 2013: 5, 2014: null });
    const { countTargetGroups } = await import('../../src/features/target-groups/target-group-overview.js');
    const counts = await countTargetGroups(t.database.db, soeby, 2012, 2014);
    const count = (key: string | null, year: number) => counts.find((c) => c.rowKey === key && c.year === year)?.citizens ?? 0;
    assert.deepEqual([count('sel110', 2014), count('sel85-hour', 2012), count('drop-in', 2013), count('drug-youth', 2013), count(null, 2014)], [1, 4, 3, 1, 1]);
  });

  test('in English the rows have English labels', async () => {
    const db = t.database.db;
    await db.updateTable('app_user').set({ preferred_language: 'en' }).where('user_id', '=', leaderId).execute();
    try {
      sessions.forget();
      const body = expectStatus(await get('soeby-maal-leder'), 200);
      assert.equal(rowOf(body, 'sel110').label, '§ 110 shelter');
    } finally {
      await db.updateTable('app_user').set({ preferred_language: 'da' }).where('user_id', '=', leaderId).execute();
      sessions.forget();
    }
  });

  test('as CSV: the same table with "<5" in the hidden cells', async () => {
    const res = await get('soeby-maal-leder', `${PERIOD}&format=csv`);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /maalgrupper-2012-2014\.csv/);
    const rows = parse(res.body.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
    assert.deepEqual(rows[0], ['Tilbud', 'Paragraf', '2012', '2013', '2014']);
    assert.deepEqual(rows.find((r) => r[0] === '§ 110 Forsorgshjem'), ['§ 110 Forsorgshjem', 'SEL §110', '5', '5', '<5']);
    assert.deepEqual(rows.find((r) => r[0] === 'I alt (forskellige borgere)'), ['I alt (forskellige borgere)', '', '6', '7', '<5']);
  });

  test('a period without data says so: empty, no rows, zeros', async () => {
    const body = expectStatus(await get('soeby-maal-leder', 'from=2001&to=2003'), 200);
    assert.equal(body.empty, true);
    assert.deepEqual(body.rows, []);
    assert.deepEqual(body.totals, { 2001: 0, 2002: 0, 2003: 0 });
  });

  test('the default period is the last five years', async () => {
    const body = expectStatus(await get('soeby-maal-leder', ''), 200);
    assert.deepEqual([body.fromYear, body.toYear], [2022, 2026]);
  });
});

test('the SQL CASE sorts facts into the same rows as the pure rule', async () => {
  const code = (display: string) => ffbOfferTypes.find((x) => x.display === display)!.code;
  const facts: TargetGroupFact[] = [];
  for (const legalBasis of [null, 'SEL §85', 'sel § 85', 'SEL §101', 'SEL §101a', 'SUL §141', 'SEL §103', 'SEL §104', 'SEL §107', 'SEL §108', 'SEL §110', 'SEL §12', 'SEL §82b', 'STU-loven']) {
    for (const offerType of [null, code('Midlertidigt ophold'), 'Botilbudslignende tilbud', code('Akut rådgivning, omsorg og støtte'), code('Fysisk aktivitet')]) {
      for (const offerName of ['Testtilbud', 'Perron 4 — værested', 'VARMESTUE']) {
        for (const rate of [null, 'hour', 'day', 'month']) for (const youth of [false, true]) facts.push({ legalBasis, offerType, offerName, rate, youth });
      }
    }
  }
  const values = sql.join(facts.map((f) => sql`(${f.legalBasis}::text, ${f.offerType}::text, ${f.offerName}::text, ${f.rate}::text, ${f.youth}::boolean)`));
  const result = await sql<{ row_key: string | null }>`
    SELECT ${targetGroupRowSql} AS row_key
      FROM (SELECT upper(regexp_replace(coalesce(lb, ''), '\\s+', '', 'g')) AS lbn, ot, nm, rate, youth FROM (VALUES ${values}) AS v (lb, ot, nm, rate, youth)) f`.execute(t.database.db);
  assert.equal(result.rows.length, facts.length);
  facts.forEach((f, i) => assert.equal(result.rows[i]!.row_key, targetGroupRowOf(f), JSON.stringify(f)));
});

describe('who may read it, and bad periods', () => {
  test('anonymous: 401', async () => {
    assertProblem(await get(null), 401, 'unauthenticated');
  });

  test('an offer owner has no statistics.read: 403, audited as denied', async () => {
    const res = await get('soeby-maal-tilbud');
    assertProblem(res, 403, 'forbidden');
    const user = (await t.database.db.selectFrom('app_user').select('user_id').where('demo_key', '=', 'soeby-maal-tilbud').executeTakeFirstOrThrow()).user_id;
    await assertAudited(t.database, res, { action: 'statistics.read', actor: user, outcome: 'denied' });
  });

  test("a politician reads her own municipality's figures", async () => {
    const body = expectStatus(await get('birgit'), 200);
    assert.notDeepEqual(rowOf(body, 'sel110').years['2012'], 5);
  });

  for (const [query, field, message] of [
    ['from=20a2&to=2014', 'from', 'Skriv det første år med fire cifre, fx 2022.'],
    ['from=2012&to=14', 'to', 'Skriv det sidste år med fire cifre, fx 2026.'],
    ['to=abcd', 'to', 'Skriv det sidste år med fire cifre, fx 2026.'],
    ['from=2014&to=2012', 'from', 'Det første år skal være før eller det samme som det sidste år.'],
    ['from=2000&to=2020', 'from', 'Vælg højst 15 år ad gangen.'],
    ['from=1999&to=2001', 'from', 'Vælg år mellem 2000 og 2100.'],
  ] as const) {
    test(`${query}: 400 with a message on ${field}`, async () => {
      const problem = assertProblem(await get('soeby-maal-leder', query), 400, 'validation_failed');
      assert.deepEqual(problem.errors, [{ path: field, message }]);
    });
  }

  test('an unknown parameter: 400', async () => {
    assertProblem(await get('soeby-maal-leder', `${PERIOD}&unit=x`), 400, 'validation_failed');
  });
});
