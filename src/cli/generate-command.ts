import type { DatabaseHandle } from '../platform/db/connect.js';
import type { BulkLoader } from '../features/generator/bulk-loader.js';
import { GenerateRefused, generateMunicipality } from '../features/generator/generate-municipality.js';
import { insertBatchLoader } from '../features/generator/insert-batch-loader.js';
import { openPgCopyLoader } from '../features/generator/pg-copy-loader.js';

export interface GenerateCommandInput {
  scale: number;
  seed: number;
  tenantSlug: string;
  /** PostgreSQL's URL, for COPY on a connection of its own; without it the rows go in by INSERT. */
  databaseUrl?: string | undefined;
}

const slugPattern = /^[a-z0-9-]{2,40}$/;

/** `mestring generate`: validates the options, fills the database and prints what it made. Returns the exit code. */
export async function generateCommand(database: DatabaseHandle, input: GenerateCommandInput): Promise<number> {
  const problems: string[] = [];
  if (!Number.isFinite(input.scale) || input.scale <= 0) problems.push('--scale: must be a positive number, e.g. 1 or 0.01');
  if (!Number.isSafeInteger(input.seed) || input.seed < 0) problems.push('--seed: must be a whole number from 0 up');
  if (!slugPattern.test(input.tenantSlug)) problems.push('--tenant: use 2-40 lower case letters, digits or dashes');
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    return 2;
  }

  const loader: BulkLoader = database.engine === 'postgres' && input.databaseUrl ? await openPgCopyLoader(input.databaseUrl) : insertBatchLoader(database.db);
  try {
    const report = await generateMunicipality(database.db, loader, { scale: input.scale, seed: input.seed, tenantSlug: input.tenantSlug, engine: database.engine }, (line) => console.log(line));
    const { rows, seconds } = report;
    console.log(
      [
        `Generated municipality "${input.tenantSlug}" (${report.tenantId}) on ${database.engine} in ${seconds.total.toFixed(1)} s:`,
        `  org units     ${rows.orgUnits.toLocaleString('en-US')}`,
        `  users         ${rows.appUsers.toLocaleString('en-US')} (${report.size.staff.toLocaleString('en-US')} staff, ${report.size.citizens.toLocaleString('en-US')} citizens)`,
        `  role grants   ${rows.roleGrants.toLocaleString('en-US')}`,
        `  plans         ${Object.entries(rows.plans).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ')} (${seconds.plans.toFixed(1)} s)`,
        `  catalogue     ${Object.entries(rows.catalogue).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ')} (${seconds.catalogue.toFixed(1)} s)`,
        `  referrals     ${Object.entries(rows.referrals).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ')} (${seconds.referrals.toFixed(1)} s)`,
        `  finance       ${Object.entries(rows.finance).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ')} for ${report.finance.cases.toLocaleString('en-US')} citizens (${seconds.finance.toFixed(1)} s); ` +
          `cases above 1 million DKK: ${Object.entries(report.finance.expensiveCases).map(([year, e]) => `${year} ${e.cases}`).join(', ')}`,
        `  volunteers    ${Object.entries(rows.volunteers).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ')} (${seconds.volunteers.toFixed(1)} s); ` +
          `${report.companions.openRequests} open requests for the matching benchmark, coordinator ${report.companions.coordinatorUserId ?? 'none'}`,
        `  steering      ${Object.entries(rows.steering).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ')} (${seconds.steering.toFixed(1)} s)`,
        `  audit events  ${rows.auditEvents.toLocaleString('en-US')} (${seconds.auditEvents.toFixed(1)} s loading, ${seconds.indexes.toFixed(1)} s indexes in all)`,
        `  access-log citizen ${report.accessLogCitizen.citizenId}: ${report.accessLogCitizen.entries.toLocaleString('en-US')} audit entries by others`,
        ...(report.referralBench ? [`  referral pool ${report.referralBench.pool.toLocaleString('en-US')} just-sent referrals to ${report.referralBench.unitName}, received by user ${report.referralBench.userId}`] : []),
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof GenerateRefused) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await loader.close();
  }
}
