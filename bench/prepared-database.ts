import { sql, type Kysely } from 'kysely';
import { generateMunicipality } from '../src/features/generator/generate-municipality.js';
import type { BulkLoader } from '../src/features/generator/bulk-loader.js';
import type { DatabaseHandle, Engine } from '../src/platform/db/connect.js';
import type { Database } from '../src/platform/db/schema.js';
import { BENCH_TENANT_SLUG, generationFingerprint, type GenerationMarker } from './generation-marker.js';
import type { BenchOptions } from './options.js';
import { connectionsFor, type Scenario, type ScenarioRequest } from './scenarios.js';

export interface PreparedDatabase {
  engine: Engine;
  engineVersion: string;
  /** Database name or data directory. */
  location: string;
  /** What the server process needs to open it. */
  serverEnv: Record<string, string>;
  marker: GenerationMarker;
  reused: boolean;
  rows: { tenantUsers: number; tenantRoleGrants: number; tenantAuditEvents: number; allAuditEvents: number };
  requests: Map<string, ScenarioRequest>;
}

/** Generates into an opened, migrated database and returns the marker that records it. */
export async function generateBenchData(handle: DatabaseHandle, loader: BulkLoader, options: BenchOptions): Promise<GenerationMarker> {
  // Taken first, so an edit to the generator while it runs makes the next run regenerate.
  const fingerprint = generationFingerprint(options.scale, options.seed);
  const report = await generateMunicipality(handle.db, loader, { scale: options.scale, seed: options.seed, tenantSlug: BENCH_TENANT_SLUG, engine: handle.engine }, (line) => console.log(line));
  return {
    fingerprint,
    scale: options.scale,
    seed: options.seed,
    tenantSlug: BENCH_TENANT_SLUG,
    tenantId: report.tenantId,
    generatedAt: new Date().toISOString(),
    report,
  };
}

/** Counts what is there now (earlier runs add audit entries) and lets each scenario set itself up. */
export async function finishPreparation(
  handle: DatabaseHandle,
  prepared: Omit<PreparedDatabase, 'engineVersion' | 'rows' | 'requests' | 'engine'>,
  selected: readonly Scenario[],
  options: BenchOptions,
): Promise<PreparedDatabase> {
  const db: Kysely<Database> = handle.db;
  const tenantId = prepared.marker.tenantId;
  const count = async (query: Promise<{ n: string | number | bigint } | undefined>) => Number((await query)?.n ?? 0);
  const rows = {
    tenantUsers: await count(db.selectFrom('app_user').select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', tenantId).executeTakeFirst()),
    tenantRoleGrants: await count(db.selectFrom('role_grant').select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', tenantId).executeTakeFirst()),
    tenantAuditEvents: await count(db.selectFrom('audit_event').select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', tenantId).executeTakeFirst()),
    allAuditEvents: await count(db.selectFrom('audit_event').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
  };
  const version = await sql<{ server_version: string }>`SHOW server_version`.execute(db);
  const requests = new Map<string, ScenarioRequest>();
  const { report } = prepared.marker;
  const tenant = {
    tenantId, slug: prepared.marker.tenantSlug, accessLogCitizen: report.accessLogCitizen ?? null, referralBench: report.referralBench ?? null, finance: report.finance ?? null,
    companions: report.companions ?? null,
  };
  // Warm-up and measurement run on one request source per scenario, after one request to check it answers.
  for (const scenario of selected) {
    const run = { seconds: options.warmupSeconds + options.durationSeconds, connections: connectionsFor(scenario, options.connections) };
    requests.set(scenario.name, await scenario.setup(db, tenant, run));
  }
  return { ...prepared, engine: handle.engine, engineVersion: version.rows[0]?.server_version ?? 'unknown', rows, requests };
}
