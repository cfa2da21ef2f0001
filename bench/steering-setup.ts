import type { Kysely } from 'kysely';
import { installShippedIndicators, shippedIndicators } from '../src/features/indicators/shipped-indicators.js';
import { buildStatusReportContent } from '../src/features/status-reports/build-status-report-content.js';
import { insertStatusReport } from '../src/features/status-reports/insert-status-report.js';
import type { Database } from '../src/platform/db/schema.js';
import { newId } from '../src/platform/ids.js';

const BENCH_STRATEGY_KEY = 'bench-strategy';
const FOCUS_AREAS = 8;
const ACTIVITIES_PER_AREA = 3;

/** The shipped indicators, given to the bench municipality the way a new municipality gets them. */
export async function ensureShippedIndicators(db: Kysely<Database>, tenantId: string): Promise<number> {
  return db.transaction().execute((trx) => installShippedIndicators(trx, tenantId, new Date()));
}

/**
 * A strategy the size of the largest in the documents (8 focus areas, 3 activities each, every shipped indicator
 * quoted), and its published status report for `year` built from the generated data as the API builds a draft.
 * Returns the report and the times (ms) of five content builds, measured here since a draft is made once a year.
 */
export async function ensureBenchStatusReport(db: Kysely<Database>, tenantId: string, year: number): Promise<{ reportId: string; buildMs: number[] }> {
  await ensureShippedIndicators(db, tenantId);
  const now = new Date();
  const strategy = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('strategy').selectAll().where('tenant_id', '=', tenantId).where('key', '=', BENCH_STRATEGY_KEY).executeTakeFirst();
    if (existing) return existing;
    const strategyId = newId();
    await trx
      .insertInto('strategy')
      .values({ tenant_id: tenantId, strategy_id: strategyId, key: BENCH_STRATEGY_KEY, kind: 'strategy', name: 'Strategi for psykiatri og socialt udsatte voksne', period_from: `${year - 2}-01-01`, period_to: `${year + 2}-12-31`, created_at: now, updated_at: now })
      .execute();
    const keys = shippedIndicators().map((i) => i.key);
    const statuses = ['not-started', 'in-progress', 'done', 'ongoing', 'stopped'] as const;
    for (let area = 1; area <= FOCUS_AREAS; area++) {
      const focusAreaId = newId();
      await trx.insertInto('focus_area').values({ tenant_id: tenantId, focus_area_id: focusAreaId, strategy_id: strategyId, number: area, name: `Fokusområde ${area}`, goal: `Målet for fokusområde ${area}.` }).execute();
      for (let n = 0; n < ACTIVITIES_PER_AREA; n++) {
        const i = (area - 1) * ACTIVITIES_PER_AREA + n;
        const activityId = newId();
        await trx
          .insertInto('strategy_activity')
          .values({ tenant_id: tenantId, activity_id: activityId, focus_area_id: focusAreaId, title: `Aktivitet ${area}.${n + 1}`, status: statuses[i % statuses.length], indicator_keys: [keys[i % keys.length]!], position: n, created_at: now, updated_at: now })
          .execute();
        await trx.insertInto('activity_note').values({ tenant_id: tenantId, note_id: newId(), activity_id: activityId, noted_on: `${year}-06-15`, body: `Status på aktivitet ${area}.${n + 1} i ${year}.`, written_at: now }).execute();
      }
    }
    return trx.selectFrom('strategy').selectAll().where('tenant_id', '=', tenantId).where('strategy_id', '=', strategyId).executeTakeFirstOrThrow();
  });

  const buildMs: number[] = [];
  let content: Awaited<ReturnType<typeof buildStatusReportContent>> | undefined;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    content = await buildStatusReportContent(db, tenantId, strategy, year, now);
    buildMs.push(performance.now() - started);
  }
  const published = await db.selectFrom('status_report').select('report_id').where('tenant_id', '=', tenantId).where('strategy_id', '=', strategy.strategy_id).where('year', '=', year).where('state', '=', 'published').executeTakeFirst();
  if (published) return { reportId: published.report_id, buildMs };
  const reportId = newId();
  await db.transaction().execute(async (trx) => {
    await insertStatusReport(trx, { tenantId, reportId, strategy, year, content: content!, createdBy: null, now, summary: 'Målestok for statusrapporten.' });
    await trx.updateTable('status_report').set({ state: 'published', published_at: now }).where('tenant_id', '=', tenantId).where('report_id', '=', reportId).execute();
  });
  return { reportId, buildMs };
}
