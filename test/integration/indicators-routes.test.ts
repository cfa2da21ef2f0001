import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { checkIndicatorDefinition } from '../../src/domain/indicator-definition.js';
import { evaluateIndicator, normaliseRange, rangeOfPeriod, type NormalisedRange } from '../../src/domain/indicator-evaluation.js';
import { isWithinUnit } from '../../src/domain/org-tree.js';
import { readIndicatorSeries } from '../../src/features/indicators/indicator-series.js';
import { countIndicatorSql, readSourceRows } from '../../src/features/indicators/indicator-sql.js';
import { seriesFromCounts } from '../../src/domain/indicator-evaluation.js';
import { shippedIndicators } from '../../src/features/indicators/shipped-indicators.js';
import { newId } from '../../src/platform/ids.js';
import { assertAudited, assertProblem, auditOfRequest, demoIds, requestIdOf } from '../support/platform-helpers.js';
import { expectStatus, sessionCache } from '../support/referral-fixture.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Indicators through the API on both engines. The SQL path equals the pure evaluation (the specification) for every
 * shipped indicator, period kind and unit scope on the demo's five years plus edge rows (Danish midnight, same-day
 * ties, rows without a value); leaders and politicians get aggregates only — a leader gets 403 on the drill-down and
 * 404 on a citizen's plan; the caseworker's drill-down lists only their own citizens, each audited; a definition that
 * does not validate is refused with the reason and nothing is stored.
 */

let t: TestApp;
let sessions: ReturnType<typeof sessionCache>;
const as = (persona: string) => sessions.as(persona);
let ids: Awaited<ReturnType<typeof demoIds>>;
let randers = '';

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-11-20T10:00:00Z');
  sessions = sessionCache(t);
  ids = await demoIds(t.database);
  randers = ids.tenant('randers');
  const db = t.database.db;
  const citizens = await db.selectFrom('citizen').select(['citizen_id']).where('tenant_id', '=', randers).orderBy('citizen_id').limit(6).execute();
  const [c1, c2, c3] = citizens.map((c) => c.citizen_id);
  const unit = ids.unit('Mestringsvejledning Nord');
  const now = new Date();
  const observation = (citizenId: string, kind: 'employment' | 'housing', value: string, observedOn: string, observationId = newId()) => ({ tenant_id: randers, observation_id: observationId, citizen_id: citizenId, kind, value, observed_on: observedOn, unit_id: unit, recorded_by: null, created_at: now });
  // Same-day ties (the greater id wins) and a last day of a quarter.
  await db.insertInto('citizen_status_observation').values([
    observation(c1!, 'employment', 'job', '2025-03-31', '01900000-0000-7000-8000-00000000000a'),
    observation(c1!, 'employment', 'none', '2025-03-31', '01900000-0000-7000-8000-00000000000b'),
    observation(c2!, 'housing', 'homeless', '2025-01-01'),
  ]).execute();
  // Goals rated and closed at 23:30 UTC on the last day of a quarter: the next day (and quarter) in Denmark.
  const goal = (citizenId: string, values: Record<string, unknown>) => ({ tenant_id: randers, goal_id: newId(), citizen_id: citizenId, domain: 'work', title: 'Kantmål', goal_type: 'develop' as const, track: 'adult' as const, version: 1, ...values });
  await db.insertInto('goal').values([
    goal(c2!, { status: 'achieved', citizen_rating: 5, citizen_rated_at: new Date('2025-03-31T23:30:00Z'), created_at: new Date('2025-01-02T10:00:00Z'), updated_at: new Date('2025-06-30T22:30:00Z') }),
    goal(c3!, { status: 'stopped', citizen_rating: null, citizen_rated_at: null, created_at: new Date('2025-01-02T10:00:00Z'), updated_at: new Date('2025-06-30T21:30:00Z') }),
  ] as never).execute();
});

after(async () => t?.close());

async function pureAndSql(key: string, range: NormalisedRange, unitIds: string[] | null) {
  const d = shippedIndicators().find((i) => i.key === key)!.definition;
  const rows = await t.database.db.transaction().execute((trx) => readSourceRows(trx, randers, d.source));
  const pure = evaluateIndicator(d, rows, range, unitIds === null ? null : new Set(unitIds));
  const counts = await t.database.db.transaction().execute((trx) => countIndicatorSql(trx, d, { tenantId: randers, range, unitIds }));
  return { pure, sql: seriesFromCounts(d, range, counts), rows: rows.length };
}

describe('the SQL path gives exactly the pure evaluation’s answer', () => {
  const units = () => {
    const links = ids.units.filter((u) => u.tenant_id === randers).map((u) => ({ id: u.unit_id, parentId: u.parent_unit_id }));
    const under = (name: string) => links.filter((l) => isWithinUnit(links, l.id, ids.unit(name))).map((l) => l.id);
    return [null, under('Mestringsvejledning Nord'), under('Center for Autisme, Senhjerneskade og Læring')];
  };
  for (const { key } of shippedIndicators()) {
    test(key, async () => {
      let compared = 0;
      for (const period of ['month', 'quarter', 'year'] as const) {
        for (const unitIds of units()) {
          const { pure, sql, rows } = await pureAndSql(key, normaliseRange('2021-11', '2026-11', period), unitIds);
          assert.deepEqual(sql, pure, `${key} by ${period}, units ${unitIds?.length ?? 'all'}`);
          compared += rows;
        }
      }
      if (key !== 'volunteer-matches' && key !== 'referrals-answered-in-time') assert.ok(compared > 0, 'the demo has rows to compare');
    });
  }

  test('the demo has five years of figures that are not all suppressed', async () => {
    const { sql } = await pureAndSql('job-or-education-share', normaliseRange('2022-01', '2026-10', 'year'), null);
    assert.equal(sql.empty, false);
    assert.equal(sql.points.length, 5);
  });

  test('readIndicatorSeries (the function status reports call) equals the series of the route', async () => {
    const series = await t.database.db.transaction().execute((trx) => readIndicatorSeries(trx, randers, 'homeless-citizens', { from: '2024-01', to: '2024-12', period: 'quarter', unitId: null }));
    const res = await t.request(await as('karen'), { method: 'GET', url: '/api/v1/indicators/homeless-citizens?from=2024-01&to=2024-12&period=quarter' });
    const body = expectStatus(res, 200);
    assert.ok(series);
    assert.deepEqual(series.points, body.points);
    assert.deepEqual([series.measure, series.from, series.to, series.version], ['count', '2024-01', '2024-12', 1]);
    assert.equal(await t.database.db.transaction().execute((trx) => readIndicatorSeries(trx, randers, 'no-such-indicator', { from: '2024-01', to: '2024-12', period: 'year', unitId: null })), null);
  });
});

describe('reading the figures', () => {
  test('unauthenticated: 401', async () => {
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/indicators' }), 401, 'unauthenticated');
    assertProblem(await t.request(null, { method: 'GET', url: '/api/v1/indicators/homeless-citizens' }), 401, 'unauthenticated');
  });

  test('an offer owner has no statistics.read: 403 on the list and the series, audited as denied', async () => {
    assertProblem(await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/indicators' }), 403, 'forbidden');
    const res = await t.request(await as('jesper'), { method: 'GET', url: '/api/v1/indicators/homeless-citizens' });
    assertProblem(res, 403, 'forbidden');
    await assertAudited(t.database, res, { action: 'statistics.read', actor: ids.user('jesper'), outcome: 'denied' });
  });

  test('a support worker reads the aggregates and may drill down; a leader reads them but may not', async () => {
    const worker = expectStatus(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/indicators/homeless-citizens' }), 200);
    assert.equal(worker.mayDrillDown, true);
    assert.equal(worker.mayManage, false);
    const leader = expectStatus(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/indicators/homeless-citizens' }), 200);
    assert.equal(leader.mayDrillDown, false);
  });

  test('the list: the six shipped indicators with their latest figure, audited once', async () => {
    const res = await t.request(await as('karen'), { method: 'GET', url: '/api/v1/indicators' });
    const body = expectStatus(res, 200);
    assert.deepEqual(body.indicators.map((i: { key: string }) => i.key).sort(), shippedIndicators().map((i) => i.key).sort());
    assert.equal(body.mayManage, true);
    const job = body.indicators.find((i: { key: string }) => i.key === 'job-or-education-share');
    assert.equal(job.measure, 'share');
    assert.ok(job.latest === null || typeof job.latest.period === 'string');
    const row = await assertAudited(t.database, res, { action: 'statistics.read', actor: ids.user('karen'), outcome: 'allowed' });
    assert.equal(row.citizen_id, null);
  });

  test('a leader gets the series as aggregates, audited once with the range; the plain words; the unit', async () => {
    const unit = ids.unit('Mestringsvejledning Nord');
    const res = await t.request(await as('karen'), { method: 'GET', url: `/api/v1/indicators/job-or-education-share?from=2022-02&to=2026-10&period=quarter&unit=${unit}` });
    const body = expectStatus(res, 200);
    assert.deepEqual([body.from, body.to, body.period, body.points.length], ['2022-01', '2026-12', 'quarter', 20]);
    assert.equal(body.unit.id, unit);
    assert.equal(body.mayDrillDown, false);
    assert.match(body.explanation, /^Kilde: borgernes status/);
    for (const p of body.points) assert.ok(p.suppressed ? p.value === null && p.numerator === null : true, 'a suppressed point shows no figure');
    assert.ok(!JSON.stringify(body).includes('citizen_id') && !JSON.stringify(body).includes('citizenId'), 'no citizen in an aggregate');
    const row = await assertAudited(t.database, res, { action: 'statistics.read', actor: ids.user('karen'), outcome: 'allowed', resourceId: 'job-or-education-share' });
    assert.equal(row.citizen_id, null);
    assert.deepEqual((row.details as Record<string, unknown>).period, 'quarter');
  });

  test('a politician reads the figures too, and the life-domain groups are named', async () => {
    const body = expectStatus(await t.request(await as('birgit'), { method: 'GET', url: '/api/v1/indicators/goals-reached-share?from=2022-01&to=2026-12' }), 200);
    assert.equal(body.period, 'year');
    for (const g of body.groups) assert.ok(['Sundhed', 'Sociale relationer', 'Fritid', 'Bolig', 'Uddannelse og beskæftigelse'].includes(g.label), g.label);
  });

  test('no data in the range: null or zero points and the flag', async () => {
    const body = expectStatus(await t.request(await as('karen'), { method: 'GET', url: '/api/v1/indicators/job-or-education-share?from=2001-01&to=2001-03&period=month' }), 200);
    assert.equal(body.empty, true);
    assert.deepEqual(body.points.map((p: { value: unknown }) => p.value), [null, null, null]);
  });

  test('bad ranges and units: 400 with a translated field message; an unknown key: 404', async () => {
    const karen = await as('karen');
    const cases: [string, string, RegExp][] = [
      ['from=2024-13&to=2024-12', 'from', /Skriv den første måned/],
      ['from=2024-05&to=2024-01', 'from', /før eller være den samme/],
      ['from=2010-01&to=2024-12', 'from', /højst 10 år/],
      [`unit=${newId()}`, 'unit', /Vælg en enhed/],
    ];
    for (const [query, path, message] of cases) {
      const problem = assertProblem(await t.request(karen, { method: 'GET', url: `/api/v1/indicators/homeless-citizens?${query}` }), 400, 'validation_failed');
      assert.equal(problem.errors?.[0]?.path, path);
      assert.match(problem.errors![0]!.message, message);
    }
    assertProblem(await t.request(karen, { method: 'GET', url: '/api/v1/indicators/homeless-citizens?period=week' }), 400, 'validation_failed');
    assertProblem(await t.request(karen, { method: 'GET', url: '/api/v1/indicators/no-such-indicator' }), 404, 'not_found');
  });

  test('the CSV: a row per period, semicolons, a byte order mark, suppressed cells marked', async () => {
    const res = await t.request(await as('karen'), { method: 'GET', url: '/api/v1/indicators/job-or-education-share?from=2024-01&to=2024-12&period=quarter&format=csv' });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /filename="job-or-education-share-2024-01-2024-12-quarter\.csv"/);
    assert.deepEqual([...res.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parse(res.rawPayload, { delimiter: ';', bom: true }) as string[][];
    assert.deepEqual(rows[0]!.slice(0, 4), ['Periode', 'Andel borgere i job eller uddannelse (%)', 'Tæller', 'Nævner']);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  });
});

describe('individuals: only the caseworker’s own citizens, each audited', () => {
  test('a leader gets 403 on the drill-down, and 404 on a citizen’s plan', async () => {
    const karen = await as('karen');
    const res = await t.request(karen, { method: 'GET', url: '/api/v1/indicators/job-or-education-share/citizens?period=2025-Q1' });
    assertProblem(res, 403, 'forbidden');
    await assertAudited(t.database, res, { action: 'statistics.drill-down', actor: ids.user('karen'), outcome: 'denied' });
    const mikkel = (await t.database.db.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', randers).where('first_name', '=', 'Mikkel').executeTakeFirstOrThrow()).citizen_id;
    assertProblem(await t.request(karen, { method: 'GET', url: `/api/v1/citizens/${mikkel}/plan` }), 404, 'not_found');
    assertProblem(await t.request(await as('birgit'), { method: 'GET', url: '/api/v1/indicators/job-or-education-share/citizens?period=2025-Q1' }), 403, 'forbidden');
  });

  test('a support worker sees the citizens of their team behind the point, and no one else; every one is audited', async () => {
    const anders = ids.user('anders');
    const team = new Set((await t.database.db.selectFrom('citizen_team_member').select('citizen_id').where('user_id', '=', anders).execute()).map((r) => r.citizen_id));
    const d = shippedIndicators().find((i) => i.key === 'job-or-education-share')!.definition;
    const range = rangeOfPeriod('2025-Q1')!;
    const rows = await t.database.db.transaction().execute((trx) => readSourceRows(trx, randers, d.source));
    const behind = new Set(rows.filter((r) => r.fields.kind === 'employment' && r.dates['observed-on']! >= range.firstDay && r.dates['observed-on']! < range.dayAfter).map((r) => r.citizenId));
    const expected = [...behind].filter((c) => team.has(c)).sort();
    assert.ok(expected.length > 0, 'Anders has citizens with an employment observation in the quarter');
    assert.ok(behind.size > expected.length, 'others are behind the point too');

    const res = await t.request(await as('anders'), { method: 'GET', url: '/api/v1/indicators/job-or-education-share/citizens?period=2025-Q1' });
    const body = expectStatus(res, 200);
    assert.deepEqual(body.citizens.map((c: { id: string }) => c.id).sort(), expected);
    for (const c of body.citizens) assert.ok(c.rows === 1 && (c.matching === 0 || c.matching === 1), 'one latest row per citizen');
    const audit = await auditOfRequest(t.database, requestIdOf(res));
    assert.equal(audit.length, 1 + expected.length);
    assert.deepEqual(audit.filter((a) => a.citizen_id !== null).map((a) => a.citizen_id).sort(), expected);
    for (const a of audit) assert.deepEqual([a.action, a.outcome, a.actor_user_id], ['statistics.drill-down', 'allowed', anders]);
  });

  test('a bad period: 400', async () => {
    const problem = assertProblem(await t.request(await as('anders'), { method: 'GET', url: '/api/v1/indicators/job-or-education-share/citizens?period=Q1' }), 400, 'validation_failed');
    assert.equal(problem.errors?.[0]?.path, 'period');
  });
});

describe('definitions as data', () => {
  const good = { format: 1, source: 'citizen-status', filter: [{ field: 'kind', op: 'eq', value: 'housing' }], period: { date: 'observed-on', rows: 'latest-per-citizen', default: 'year' }, aggregation: 'share', numerator: [{ field: 'value', op: 'eq', value: 'own-home' }] };
  const stored = async () => JSON.stringify(await t.database.db.selectFrom('indicator').selectAll().where('tenant_id', '=', randers).orderBy('key').execute());

  test('a definition that does not validate is refused with the reason, and nothing is stored', async () => {
    const karen = await as('karen');
    const before = await stored();
    const bad = { ...good, filter: [{ field: 'life-domain', op: 'eq', value: 'work' }] };
    const res = await t.request(karen, { method: 'POST', url: '/api/v1/indicators', payload: { key: 'own-home-share', name: 'Andel i egen bolig', definition: bad } });
    const problem = assertProblem(res, 400, 'validation_failed');
    assert.equal(problem.errors?.[0]?.path, 'definition.filter.0.field');
    assert.match(problem.errors![0]!.message, /har ikke feltet «life-domain»/);
    const noNumerator = assertProblem(await t.request(karen, { method: 'POST', url: '/api/v1/indicators', payload: { key: 'own-home-share', name: 'x', definition: { ...good, numerator: undefined } } }), 400, 'validation_failed');
    assert.deepEqual(noNumerator.errors, [{ path: 'definition.numerator', message: 'En andel skal have en tæller («numerator»): hvilke rækker tælles med over alle.' }]);
    const put = await t.request(karen, { method: 'PUT', url: '/api/v1/indicators/homeless-citizens', payload: { name: 'Borgere i hjemløshed', definition: { ...good, aggregation: 'mean', numerator: undefined, field: 'value' }, version: 1 } });
    assert.match(assertProblem(put, 400, 'validation_failed').errors![0]!.message, /ikke et tal/);
    assertProblem(await t.request(karen, { method: 'POST', url: '/api/v1/indicators', payload: { key: 'Bad Key', name: 'x', definition: good } }), 400, 'validation_failed');
    assert.equal(await stored(), before, 'nothing stored or changed');
  });

  test('a politician or a support worker may not define indicators: 403, nothing stored', async () => {
    const before = await stored();
    assertProblem(await t.request(await as('birgit'), { method: 'POST', url: '/api/v1/indicators', payload: { key: 'own-home-share', name: 'x', definition: good } }), 403, 'forbidden');
    assertProblem(await t.request(await as('anders'), { method: 'PUT', url: '/api/v1/indicators/homeless-citizens', payload: { name: 'x', definition: good, version: 1 } }), 403, 'forbidden');
    assertProblem(await t.request(null, { method: 'POST', url: '/api/v1/indicators', payload: { key: 'own-home-share', name: 'x', definition: good } }), 401, 'unauthenticated');
    assert.equal(await stored(), before);
  });

  test('a leader creates one (audited), reads its series, changes it (version + 1), and a stale version is refused', async () => {
    const karen = await as('karen');
    const created = await t.request(karen, { method: 'POST', url: '/api/v1/indicators', payload: { key: 'own-home-share', name: 'Andel i egen bolig', description: 'Seneste boligstatus', definition: good } });
    const body = expectStatus(created, 201);
    assert.deepEqual([body.key, body.version, body.definition.breakdown], ['own-home-share', 1, null]);
    await assertAudited(t.database, created, { action: 'indicator.manage', actor: ids.user('karen'), outcome: 'allowed', resourceId: 'own-home-share' });
    const row = await t.database.db.selectFrom('indicator').selectAll().where('tenant_id', '=', randers).where('key', '=', 'own-home-share').executeTakeFirstOrThrow();
    assert.ok(checkIndicatorDefinition(row.definition).ok);
    assertProblem(await t.request(karen, { method: 'POST', url: '/api/v1/indicators', payload: { key: 'own-home-share', name: 'Igen', definition: good } }), 409, 'conflict');

    const series = expectStatus(await t.request(karen, { method: 'GET', url: '/api/v1/indicators/own-home-share?from=2022-01&to=2026-12' }), 200);
    assert.equal(series.period, 'year');
    assert.equal(series.measure, 'share');

    const same = expectStatus(await t.request(karen, { method: 'PUT', url: '/api/v1/indicators/own-home-share', payload: { name: 'Andel i egen bolig', description: 'Seneste boligstatus', definition: good, version: 1 } }), 200);
    assert.equal(same.version, 1, 'nothing changed: the version stays');
    const changed = await t.request(karen, { method: 'PUT', url: '/api/v1/indicators/own-home-share', payload: { name: 'Andel i egen bolig', description: 'Seneste boligstatus', definition: { ...good, period: { ...good.period, default: 'quarter' } }, version: 1 } });
    assert.equal(expectStatus(changed, 200).version, 2);
    await assertAudited(t.database, changed, { action: 'indicator.manage', actor: ids.user('karen'), outcome: 'allowed', resourceId: 'own-home-share' });
    const after = await t.database.db.selectFrom('indicator').select(['version', 'definition']).where('tenant_id', '=', randers).where('key', '=', 'own-home-share').executeTakeFirstOrThrow();
    assert.equal(after.version, 2);
    assert.equal((after.definition as { period: { default: string } }).period.default, 'quarter');
    assertProblem(await t.request(karen, { method: 'PUT', url: '/api/v1/indicators/own-home-share', payload: { name: 'x', definition: good, version: 1 } }), 409, 'conflict');
    assertProblem(await t.request(karen, { method: 'PUT', url: '/api/v1/indicators/no-such-indicator', payload: { name: 'x', definition: good, version: 1 } }), 404, 'not_found');
  });

  test('another municipality does not see it', async () => {
    const soeby = ids.tenant('soeby');
    const rows = await t.database.db.selectFrom('indicator').select('key').where('tenant_id', '=', soeby).execute();
    assert.equal(rows.length, 6, 'Søby has the shipped six, not Randers’ own');
  });
});
