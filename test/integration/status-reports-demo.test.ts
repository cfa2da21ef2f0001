import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadDemoStatusReports } from '../../src/features/demo/load-demo-status-reports.js';
import { createReportWorld, statusReportFactory } from '../support/status-report-factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The demo's status reports, loaded over hand-made strategies in Søby (independent of the strategies' demo loader): a
 * published report for last year per plan and strategy, none for the policy, the disability plan in two versions with the first superseded — and the figures are the builder's real ones.
 */

let t: TestApp;
const now = new Date('2026-03-02T10:00:00Z');

before(async () => {
  t = await createTestApp();
});
after(async () => t?.close());

test('each plan and strategy gets a published report; the disability plan two versions; the figures are real', async () => {
  const f = statusReportFactory(t.database);
  const world = await createReportWorld(f, 'soeby', 'dm');
  const tenantId = world.tenantId;
  await t.database.db.deleteFrom('status_report').where('tenant_id', '=', tenantId).execute();
  const policy = await f.strategy(tenantId, { key: 'dm-policy', name: 'Demopolitik', kind: 'policy' });
  const disability = await f.strategy(tenantId, { key: 'dm-disability-plan', name: 'Demo-handicapplan', periodFrom: '2020-01-01', periodTo: '2026-12-31' });
  const area = await f.focusArea(tenantId, disability, { number: 1, name: 'Boliger' });
  await f.activity(tenantId, area, { title: 'Housing First', status: 'ongoing', indicatorKeys: ['dm-homeless'] });
  await f.homelessCitizens(tenantId, 7, '2025-04-10');

  const loaded = await t.database.db.transaction().execute((trx) => loadDemoStatusReports(trx, { tenantId, slug: 'soeby' }, now));
  const rows = await t.database.db.selectFrom('status_report').select(['strategy_id', 'year', 'version', 'state', 'summary', 'published_at', 'content']).where('tenant_id', '=', tenantId).orderBy('version').execute();
  assert.equal(loaded, rows.length, 'the loader counts its rows');
  const of = (id: string) => rows.filter((r) => r.strategy_id === id).map((r) => [r.year, r.version, r.state]);
  assert.deepEqual(of(world.strategyId), [[2025, 1, 'published']]);
  assert.deepEqual(of(disability), [[2025, 1, 'superseded'], [2025, 2, 'published']]);
  assert.deepEqual(of(policy), [], 'no report for the policy');
  assert.ok(rows.every((r) => r.published_at !== null && r.summary.length > 0));
  const second = rows.find((r) => r.strategy_id === disability && r.version === 2)!;
  const content = second.content as { keyFigures: { key: string; points: { period: string; value: number | null }[] }[]; noData: boolean };
  assert.equal(content.keyFigures[0]!.points.find((p) => p.period === '2025-04')!.value, 7, 'the builder read the real observations');
  assert.equal(content.noData, false);
  assert.match(second.summary, /Handicaprådet/);
});
