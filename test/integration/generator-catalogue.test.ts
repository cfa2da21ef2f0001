import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { accessibilityFeatures, offerLifeDomains, offerTargetGroups } from '../../src/domain/catalogue-vocabulary.js';
import { copenhagenToday } from '../../src/domain/copenhagen-time.js';
import { ffbOfferTypes } from '../../src/domain/ffb-offer-types.js';
import { referralTransitions } from '../../src/domain/referral-state.js';
import { permissionsOf, type Role } from '../../src/domain/roles.js';
import { addDanishWorkingDays } from '../../src/domain/working-days.js';
import { generateMunicipality, type GenerateReport } from '../../src/features/generator/generate-municipality.js';
import { insertBatchLoader } from '../../src/features/generator/insert-batch-loader.js';
import { createSession } from '../../src/platform/identity/sessions.js';
import { createTestApp, type TestApp, type TestSession } from '../support/test-app.js';

/**
 * The generator's catalogue and referrals (mestring generate, the benchmark's data) on the engine under test, at a
 * small scale: the rows hold what the schema and the domain allow, they work with the real API (Danish search,
 * a receiver's state change), and the benchmark's referral pool is there.
 */
const slug = 'gen-test';
let t: TestApp;
let report: GenerateReport;
let tenantId: string;
const db = () => t.database.db;

before(async () => {
  t = await createTestApp();
  report = await generateMunicipality(db(), insertBatchLoader(db()), { scale: 0.01, seed: 7, tenantSlug: slug, engine: t.database.engine }, () => {});
  tenantId = report.tenantId;
});
after(async () => t?.close());

const count = async (table: 'organization' | 'location' | 'offer' | 'offer_location' | 'offer_schedule' | 'referral' | 'referral_event') =>
  Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()).n);

describe('generated catalogue', () => {
  test('the report counts what is in the tables, at the sizes of the scale', async () => {
    const rows = report.rows.catalogue;
    assert.equal(await count('organization'), rows.organization);
    assert.equal(await count('location'), rows.location);
    assert.equal(await count('offer'), rows.offer);
    assert.equal(await count('offer_location'), rows.offerLocation);
    assert.equal(await count('offer_schedule'), rows.offerSchedule);
    assert.equal(rows.offer, 100);
    assert.ok(rows.location >= rows.organization, 'every provider has a place');
  });

  test('providers of every kind; the municipal ones are the generated units', async () => {
    const orgs = await db()
      .selectFrom('organization as o')
      .leftJoin('org_unit as u', (join) => join.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.unit_id', '=', 'o.org_unit_id'))
      .select(['o.kind', 'o.org_unit_id', 'o.name', 'u.name as unit_name'])
      .where('o.tenant_id', '=', tenantId)
      .execute();
    assert.deepEqual([...new Set(orgs.map((o) => o.kind))].sort(), ['association', 'municipal', 'ngo', 'private', 'region']);
    for (const o of orgs) {
      if (o.kind === 'municipal') assert.equal(o.unit_name, o.name, `${o.name} is its unit`);
      else assert.equal(o.org_unit_id, null);
    }
  });

  test('offers hold the vocabularies, mostly published, each with an owner unit and one or two schedules', async () => {
    const offers = await db().selectFrom('offer').selectAll().where('tenant_id', '=', tenantId).execute();
    const published = offers.filter((o) => o.lifecycle === 'published').length;
    assert.ok(published >= 0.8 * offers.length && published < offers.length, `${published} of ${offers.length} published`);
    const ffb = new Set(ffbOfferTypes.map((f) => f.code));
    const accessibility = new Set<string>([...accessibilityFeatures.physical, ...accessibilityFeatures.cognitive]);
    for (const o of offers) {
      assert.ok(o.owner_unit_id, `${o.name} has an owner unit`);
      assert.ok(ffb.has(o.offer_type!), `${o.name}: FFB offer type`);
      assert.match(o.legal_basis ?? 'SEL §1', /^(SEL|SUL) §\d+[a-z]?$/);
      assert.ok(o.target_groups.every((g) => (offerTargetGroups as readonly string[]).includes(g)));
      assert.ok(o.life_domains.length > 0 && o.life_domains.every((d) => (offerLifeDomains as readonly string[]).includes(d)));
      assert.ok(o.accessibility.every((a) => accessibility.has(a)));
      assert.ok(o.easy_read && o.description.length > 40);
      assert.equal(o.published_at === null, o.lifecycle === 'draft');
    }
    const schedules = await db().selectFrom('offer_schedule').select(['offer_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description']).where('tenant_id', '=', tenantId).execute();
    const perOffer = new Map<string, number>();
    for (const s of schedules) {
      perOffer.set(s.offer_id!, (perOffer.get(s.offer_id!) ?? 0) + 1);
      if (s.byday) assert.ok(s.opens_at && s.closes_at && s.opens_at < s.closes_at, `opening times with ${s.byday}`);
      else assert.ok(s.description || s.freq === 'DAILY');
    }
    assert.equal(perOffer.size, offers.length);
    assert.ok([...perOffer.values()].every((n) => n === 1 || n === 2));
  });

  test('places lie in and around Randers', async () => {
    const places = await db().selectFrom('location').select(['latitude', 'longitude', 'postal_code', 'location_type']).where('tenant_id', '=', tenantId).execute();
    for (const p of places.filter((l) => l.location_type === 'physical')) {
      assert.ok(p.latitude! > 56.2 && p.latitude! < 56.7 && p.longitude! > 9.6 && p.longitude! < 10.5, `${p.latitude},${p.longitude}`);
      assert.match(p.postal_code!, /^\d{4}$/);
    }
  });

  test('Danish search with stemming finds the generated offers: "bolig" and "boliger" find the same, with facets', async () => {
    const search = async (query: string) => {
      const res = await t.request(null, { method: 'GET', url: `/api/v1/offers?municipality=${slug}&${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { total: number; items: { name: string }[]; facets: { targetGroup: { key: string; count: number }[] } };
    };
    const bolig = await search('q=bolig');
    const boliger = await search('q=boliger');
    assert.ok(bolig.total > 0);
    assert.equal(boliger.total, bolig.total);
    assert.ok(bolig.facets.targetGroup.length > 0);
    const filtered = await search('q=bolig&lifeDomain=housing&ageGroup=adults');
    assert.ok(filtered.total > 0 && filtered.total <= bolig.total);
  });
});

describe('generated referrals', () => {
  test('to published offers, received by the offer owner, from the citizen\'s team, with the answer deadline in working days', async () => {
    const referrals = await db()
      .selectFrom('referral as r')
      .innerJoin('offer as o', (join) => join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.offer_id', '=', 'r.offer_id'))
      .leftJoin('citizen_team_member as t', (join) => join.onRef('t.tenant_id', '=', 'r.tenant_id').onRef('t.citizen_id', '=', 'r.citizen_id').onRef('t.user_id', '=', 'r.sender_user_id'))
      .leftJoin('app_user as s', (join) => join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.user_id', '=', 'r.sender_user_id'))
      .select(['r.referral_id', 'r.kind', 'r.state', 'r.sent_at', 'r.answer_due_on', 'r.receiving_unit_id', 'r.sender_unit_id', 'r.version', 'o.owner_unit_id', 'o.lifecycle', 't.user_id as on_team', 's.org_unit_id as sender_unit'])
      .where('r.tenant_id', '=', tenantId)
      .execute();
    assert.equal(referrals.length, report.rows.referrals.referral);
    assert.ok(referrals.length >= 100 + (report.referralBench?.pool ?? 0) - 5);
    for (const r of referrals) {
      assert.equal(r.lifecycle, 'published');
      assert.equal(r.receiving_unit_id, r.owner_unit_id);
      assert.equal(r.answer_due_on, addDanishWorkingDays(copenhagenToday(new Date(r.sent_at)), 5));
      if (r.kind === 'worker') {
        assert.ok(r.on_team, 'the sender is on the citizen\'s team');
        assert.equal(r.sender_unit_id, r.sender_unit);
      }
    }
    const states = new Map<string, number>();
    for (const r of referrals) states.set(r.state, (states.get(r.state) ?? 0) + 1);
    const pool = report.referralBench?.pool ?? 0;
    const closed = (states.get('completed') ?? 0) + (states.get('stopped') ?? 0) + (states.get('declined') ?? 0);
    assert.ok(closed >= 0.7 * (referrals.length - pool), `most are closed: ${JSON.stringify(Object.fromEntries(states))}`);
    assert.ok((states.get('started') ?? 0) + (states.get('accepted') ?? 0) > 0, 'some are under way');
  });

  test('the history holds every legal step, ending in the referral\'s state; the version counts them', async () => {
    const events = await db()
      .selectFrom('referral_event')
      .select(['referral_id', 'from_state', 'to_state', 'occurred_at'])
      .where('tenant_id', '=', tenantId)
      .orderBy('referral_id')
      .orderBy('occurred_at')
      .execute();
    assert.equal(events.length, report.rows.referrals.referralEvent);
    const legal = new Set([...referralTransitions.map((m) => `${m.from}>${m.to}`), 'null>sent']);
    const byReferral = new Map<string, typeof events>();
    for (const e of events) {
      assert.ok(legal.has(`${e.from_state}>${e.to_state}`), `${e.from_state} → ${e.to_state}`);
      byReferral.set(e.referral_id, [...(byReferral.get(e.referral_id) ?? []), e]);
    }
    const referrals = await db().selectFrom('referral').select(['referral_id', 'state', 'version']).where('tenant_id', '=', tenantId).execute();
    for (const r of referrals) {
      const history = byReferral.get(r.referral_id) ?? [];
      assert.equal(history[0]?.to_state, 'sent');
      history.slice(1).forEach((e, i) => assert.equal(e.from_state, history[i]!.to_state, 'each step starts where the last ended'));
      assert.equal(history.at(-1)!.to_state, r.state);
      assert.equal(history.length, r.version);
    }
  });

  test("the benchmark's pool: just-sent referrals to one unit, and its staff member moves one on through the API", async () => {
    const bench = report.referralBench;
    assert.ok(bench, 'a receiving unit is named');
    const receiver = await db().selectFrom('app_user').select(['org_unit_id']).where('tenant_id', '=', tenantId).where('user_id', '=', bench.userId).executeTakeFirstOrThrow();
    assert.equal(receiver.org_unit_id, bench.unitId);
    const roles = await db().selectFrom('role_grant').select('role').where('tenant_id', '=', tenantId).where('user_id', '=', bench.userId).execute();
    assert.ok(permissionsOf(roles.map((r) => r.role as Role)).has('referral.receive'));
    const open = await db()
      .selectFrom('referral')
      .select(['referral_id', 'version'])
      .where('tenant_id', '=', tenantId)
      .where('receiving_unit_id', '=', bench.unitId)
      .where('state', '=', 'sent')
      .where('sender_user_id', '!=', bench.userId)
      .orderBy('referral_id')
      .execute();
    assert.ok(bench.pool > 0 && bench.pool <= 400, `pool of ${bench.pool}`);
    assert.ok(open.length >= bench.pool);

    const made = await db().transaction().execute((trx) => createSession(trx, { tenantId, userId: bench.userId, method: 'demo', now: new Date(), policy: t.config.session }));
    const session: TestSession = { cookie: `mestring_session=${made.cookieValue}`, csrfToken: made.csrfToken, userId: bench.userId, tenantId };
    const target = open[0]!;
    const res = await t.request(session, { method: 'PATCH', url: `/api/v1/referrals/${target.referral_id}`, payload: { state: 'received', version: target.version } });
    assert.equal(res.statusCode, 200, res.body);
    const stored = await db().selectFrom('referral').select(['state', 'version']).where('tenant_id', '=', tenantId).where('referral_id', '=', target.referral_id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { state: 'received', version: target.version + 1 });
  });

  test('the same seed makes the same catalogue and referrals', async () => {
    const digest = async () =>
      (await sql<{ d: string }>`SELECT md5(string_agg(offer_id::text || name || lifecycle, ',' ORDER BY offer_id)) AS d FROM offer WHERE tenant_id = ${tenantId}`.execute(db())).rows[0]!.d;
    const first = await digest();
    assert.match(first, /^[0-9a-f]{32}$/);
    const again = await createTestApp();
    try {
      const second = await generateMunicipality(again.database.db, insertBatchLoader(again.database.db), { scale: 0.01, seed: 7, tenantSlug: slug, engine: again.database.engine }, () => {});
      assert.equal(second.tenantId, tenantId);
      const other = (await sql<{ d: string }>`SELECT md5(string_agg(offer_id::text || name || lifecycle, ',' ORDER BY offer_id)) AS d FROM offer WHERE tenant_id = ${tenantId}`.execute(again.database.db)).rows[0]!.d;
      assert.equal(other, first);
      assert.deepEqual(second.rows.referrals, report.rows.referrals);
    } finally {
      await again.close();
    }
  });
});
