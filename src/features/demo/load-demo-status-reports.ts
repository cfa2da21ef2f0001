import type { Kysely, Transaction } from 'kysely';
import type { StatusReportContent } from '../../contracts/status-reports.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { buildStatusReportContent } from '../status-reports/build-status-report-content.js';
import { insertStatusReport } from '../status-reports/insert-status-report.js';

const DAY = 86_400_000;

/**
 * The leader's summary as a demo leader would write it, from the report's own figures (so it never contradicts
 * them). The second version of the disability plan says what changed after the council's dialogue meeting.
 */
function demoSummary(content: StatusReportContent, version: number): string {
  const r = content.rollUp;
  const areas = content.tracks.flatMap((t) => t.focusAreas);
  const selected = areas.filter((a) => a.selected).map((a) => a.name);
  const lines = [
    r.total === 0
      ? `${content.strategy.name} har ingen aktiviteter registreret.`
      : `${r.counts.done + r.counts.ongoing} af ${r.total - r.counts.stopped} aktiviteter er gennemført eller i drift, og ${r.counts['in-progress']} er i gang.`,
    selected.length > 0 ? `Udvalget valgte ${selected.length} indsatsområder for ${content.year}: ${selected.join(', ')}.` : `Udvalget valgte ingen indsatsområder fra planen for ${content.year}.`,
    `Der er skrevet ${content.notesInYear} fremskridtsnoter i løbet af året.`,
  ];
  if (version > 1) lines.push('Rettet efter dialogmødet med Handicaprådet: rådet bad om, at pårørendesamarbejdet og borgerguiderne blev beskrevet tydeligere. Tallene er opgjort igen.');
  return lines.join('\n\n');
}

/**
 * The demo's status reports (issue 7): for each plan and strategy (not the policy) a published report for last year,
 * computed by the same builder as the API, so the figures are the demo's real ones (the five years of data behind
 * them end last year). The disability plan gets two versions, the first superseded, to show versioning. Runs last, after
 * the strategies, enrolments and indicators. Returns the number of rows loaded.
 */
export async function loadDemoStatusReports(trx: Transaction<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  const { tenantId } = municipality;
  const lastYear = Number(copenhagenToday(now).slice(0, 4)) - 1;
  const strategies = await trx
    .selectFrom('strategy')
    .select(['strategy_id', 'key', 'kind', 'name', 'period_from', 'period_to'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '!=', 'policy')
    .orderBy('position')
    .orderBy('name')
    .execute();
  if (strategies.length === 0) return 0;
  const leader = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', 'karen').executeTakeFirst();
  const by = leader?.user_id ?? null;
  let rows = 0;
  for (const strategy of strategies) {
    const year = lastYear;
    const versions = /disability|handicap/i.test(`${strategy.key} ${strategy.name}`) ? 2 : 1;
    for (let version = 1; version <= versions; version += 1) {
      // The first version went to the committee about two months ago, the second after the dialogue meeting.
      const madeAt = new Date(now.getTime() - (versions - version + 1) * 30 * DAY);
      const content = await buildStatusReportContent(trx as Kysely<Database>, tenantId, strategy, year, madeAt);
      const reportId = newId();
      await insertStatusReport(trx, { tenantId, reportId, strategy, year, content, createdBy: by, now: madeAt, summary: demoSummary(content, version) });
      const publishedAt = new Date(madeAt.getTime() + 2 * DAY);
      await trx.updateTable('status_report').set({ state: 'superseded', updated_at: publishedAt }).where('tenant_id', '=', tenantId).where('strategy_id', '=', strategy.strategy_id).where('year', '=', year).where('state', '=', 'published').execute();
      await trx.updateTable('status_report').set({ state: 'published', published_by: by, published_at: publishedAt, updated_at: publishedAt }).where('tenant_id', '=', tenantId).where('report_id', '=', reportId).execute();
      rows += 1;
    }
  }
  return rows;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoStatusReportsIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('status_report').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoStatusReports(trx, municipality, now);
  });
}
