import { sql, type Kysely } from 'kysely';

/**
 * Settings for a steering report's one big aggregating statement, for the rest of this transaction only:
 * - room to sort or hash a row per citizen and period in memory rather than on disk (work_mem);
 * - no JIT compilation, which costs more than it saves on a statement that runs once (measured: ~150 ms of a
 *   five-year monthly indicator series);
 * - a plan made for these parameters every time: the pool prepares statements by name, and after five runs
 *   PostgreSQL may switch to a generic plan that ignores the tenant's and the range's selectivity (measured: an
 *   indicator series went from ~270 ms to ~580 ms on the sixth request).
 * PGlite accepts the same settings.
 */
export async function useReportSettings(trx: Kysely<any>): Promise<void> {
  await sql`SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)`.execute(trx);
}
