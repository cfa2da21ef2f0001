import { sql, type Kysely } from 'kysely';
import { SESSION_COOKIE } from '../src/http/run-as-user.js';
import { loadConfig } from '../src/platform/config.js';
import type { Engine } from '../src/platform/db/connect.js';
import type { Database } from '../src/platform/db/schema.js';
import { createSession } from '../src/platform/identity/sessions.js';
import { movesLeft, openReferralsOf, poolMoves, sendPoolReferrals } from './referral-pool.js';
import { moveOpenRequestsAhead, openCompanionRequests } from './companion-pool.js';
import { periodEndInstant } from '../src/features/generator/synthetic-period.js';
import { BENCH_PUBLIC_URL } from './server-process.js';
import { ensureBenchStatusReport, ensureShippedIndicators } from './steering-setup.js';

/** The connections a scenario runs at: --connections when given, else the scenario's own default. */
export function connectionsFor(scenario: Pick<Scenario, 'connections'>, given: number | null): number {
  return given ?? scenario.connections ?? DEFAULT_CONNECTIONS;
}

/**
 * The benchmark scenarios. A later issue adds its own by appending to `scenarios`: a name, what it
 * measures, optional targets, and a setup that prepares its data and returns the request to repeat.
 */
export interface BenchTenant {
  tenantId: string;
  slug: string;
  /** The generated citizen with exactly ACCESS_LOG_CITIZEN_ENTRIES audit entries by others (from the generation report). */
  accessLogCitizen: { citizenId: string; userId: string; entries: number } | null;
  /** The unit that received the generator's pool of just-sent referrals, and the staff member who answers them. */
  referralBench: { unitId: string; unitName: string; userId: string; pool: number } | null;
  /** The generated staff member with the finance role, and the cases above a million per year (from the generation report). */
  finance: { userId: string | null; cases: number; expensiveCases: Record<number, { cases: number; costOre: number }> } | null;
  /** The generated volunteer coordinator and how many open companion requests the generator made for the matching. */
  companions: { coordinatorUserId: string | null; openRequests: number } | null;
}

/** How long one scenario's requests are repeated (warm-up and measurement together) and by how many connections. */
export interface BenchRun {
  seconds: number;
  connections: number;
}

export interface ScenarioRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A fixed path, or a function called for every request (e.g. to walk through generated ids). */
  path: string | (() => string);
  headers?: Record<string, string>;
  body?: string;
  /**
   * For requests whose path and body change together and depend on what earlier requests did (a state change names
   * the version it expects): called for every request instead of `path` and `body`; `answered` gets the status.
   */
  next?: () => { path: string; body?: string; answered?(status: number): void };
}

export interface ScenarioTarget {
  minRequestsPerSecond?: number;
  /** A latency target on the median, for reports measured as single requests rather than under load. */
  maxP50Ms?: number;
  maxP99Ms?: number;
}

/** Connections of a scenario that names none, when --connections is not given. */
export const DEFAULT_CONNECTIONS = 32;

export interface Scenario {
  name: string;
  description: string;
  /** What the issue asks for on this machine, shown next to the measurement; every scenario also wants 0 errors. */
  targets?: Partial<Record<Engine, ScenarioTarget>>;
  /** Its connections when --connections is not given (default DEFAULT_CONNECTIONS): 1 measures single requests. */
  connections?: number;
  /** Runs before the server starts, with the bench database open: a PGlite directory admits one process at a time. */
  setup(db: Kysely<Database>, tenant: BenchTenant, run: BenchRun): Promise<ScenarioRequest>;
}

/** Sessions made in this run, per database: scenarios that log in as the same user share one. */
const madeSessions = new WeakMap<Kysely<Database>, Map<string, { cookie: string; csrfToken: string }>>();

/**
 * A session for a user, made as a login makes it: the cookie and the CSRF token a state change must send. Made once
 * per database and run, since making one clears the user's sessions of earlier runs (another scenario's too).
 */
async function session(db: Kysely<Database>, tenant: BenchTenant, userId: string): Promise<{ cookie: string; csrfToken: string }> {
  const made = madeSessions.get(db) ?? madeSessions.set(db, new Map()).get(db)!;
  const key = `${tenant.tenantId}/${userId}`;
  const earlier = made.get(key);
  if (earlier) return earlier;
  const { session: policy } = loadConfig({});
  const { cookieValue, csrfToken } = await db.transaction().execute(async (trx) => {
    // Sessions of earlier runs would only pile up in a reused database.
    await trx.deleteFrom('session').where('tenant_id', '=', tenant.tenantId).where('user_id', '=', userId).execute();
    return createSession(trx, { tenantId: tenant.tenantId, userId, method: 'demo', now: new Date(), policy });
  });
  const result = { cookie: `${SESSION_COOKIE}=${cookieValue}`, csrfToken };
  made.set(key, result);
  return result;
}

/** A session cookie for a user, made as a login makes it. */
async function sessionCookie(db: Kysely<Database>, tenant: BenchTenant, userId: string): Promise<string> {
  return (await session(db, tenant, userId)).cookie;
}

/** A session cookie for a generated support worker (or any staff member at tiny scales). */
async function staffSessionCookie(db: Kysely<Database>, tenant: BenchTenant): Promise<string> {
  const staff = await db
    .selectFrom('app_user as u')
    .leftJoin('role_grant as g', (join) => join.onRef('g.tenant_id', '=', 'u.tenant_id').onRef('g.user_id', '=', 'u.user_id').on('g.role', '=', 'support-worker'))
    .select('u.user_id')
    .where('u.tenant_id', '=', tenant.tenantId)
    .where('u.kind', '=', 'staff')
    .orderBy(sql`g.role IS NULL`)
    .orderBy('u.user_id')
    .limit(1)
    .executeTakeFirstOrThrow();
  return sessionCookie(db, tenant, staff.user_id);
}

/** The same shuffle on every run, so a rerun walks the citizens in the same order. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let state = 0x9e3779b9;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A support worker with a middling caseload, and the citizens on their team (less the access-log citizen, whose
 * entry count that scenario relies on): the overview is requested for them in a shuffled rotation.
 */
async function overviewSetup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> {
  const onTeams = await db
    .selectFrom('citizen_team_member as t')
    .leftJoin('role_grant as g', (join) => join.onRef('g.tenant_id', '=', 't.tenant_id').onRef('g.user_id', '=', 't.user_id').on('g.role', '=', 'support-worker'))
    .select(['t.user_id', (eb) => eb.fn.countAll<string>().as('n'), (eb) => eb.fn.count<string>('g.role').as('support')])
    .where('t.tenant_id', '=', tenant.tenantId)
    .groupBy('t.user_id')
    .orderBy('n')
    .orderBy('t.user_id')
    .execute();
  // Below about scale 0.1 the few staff are the units' leaders, who may not read plans.
  const workers = onTeams.filter((w) => Number(w.support) > 0);
  if (workers.length === 0) throw new Error(`overview: no support worker is on a citizen's team at this scale (${onTeams.length} staff on teams, none a support worker); use --scale 0.1 or more`);
  const worker = workers[Math.floor(workers.length / 2)]!;
  const citizens = await db
    .selectFrom('citizen_team_member')
    .select('citizen_id')
    .where('tenant_id', '=', tenant.tenantId)
    .where('user_id', '=', worker.user_id)
    .$if(tenant.accessLogCitizen !== null, (qb) => qb.where('citizen_id', '!=', tenant.accessLogCitizen!.citizenId))
    .orderBy('citizen_id')
    .execute();
  const ids = shuffled(citizens.map((c) => c.citizen_id));
  console.log(`overview: support worker ${worker.user_id} (caseload ${worker.n}; ${workers.length} support workers on teams, caseloads ${workers[0]!.n}-${workers.at(-1)!.n}), rotating through ${ids.length} citizens`);
  let next = 0;
  return {
    method: 'GET',
    path: () => `/api/v1/citizens/${ids[next++ % ids.length]}/overview`,
    headers: { cookie: await sessionCookie(db, tenant, worker.user_id) },
  };
}

/** The access-log citizen's own session, and how many entries by others its log holds now. */
async function accessLogSetup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> {
  const chosen = tenant.accessLogCitizen;
  if (!chosen) throw new Error('access-log: the generation report names no access-log citizen; regenerate with --fresh');
  const { n } = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenant.tenantId)
    .where('citizen_id', '=', chosen.citizenId)
    .where((eb) => eb.or([eb('actor_user_id', 'is', null), eb('actor_user_id', '!=', chosen.userId)]))
    .executeTakeFirstOrThrow();
  const own = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenant.tenantId)
    .where('citizen_id', '=', chosen.citizenId)
    .where('actor_user_id', '=', chosen.userId)
    .executeTakeFirstOrThrow();
  // Every request of this scenario adds one of the citizen's own entries: left off the page, but read past on the way.
  console.log(`access-log: citizen ${chosen.citizenId} has ${Number(n).toLocaleString('en-US')} audit entries by others (${chosen.entries.toLocaleString('en-US')} generated) and ${Number(own.n).toLocaleString('en-US')} of its own from earlier runs`);
  return { method: 'GET', path: '/api/v1/me/access-log', headers: { cookie: await sessionCookie(db, tenant, chosen.userId) } };
}

/**
 * Danish queries as people type them, each with two filters, in a fixed rotation: different words (some inflected, as
 * stemming must meet them) and different kinds of filter (arrays, age range, opening day, legal basis, yes/no).
 */
export const searchQueries: readonly Record<string, string>[] = [
  { q: 'svømning', lifeDomain: 'leisure', accessibility: 'step-free' },
  { q: 'bolig', targetGroup: 'autism', ageGroup: 'young-adults' },
  { q: 'samtale', targetGroup: 'mental-vulnerability', free: 'true' },
  { q: 'værksted', lifeDomain: 'work', ageGroup: 'adults' },
  { q: 'pårørende', targetGroup: 'relatives', day: 'tu' },
  { q: 'madlavning', lifeDomain: 'health', selfReferral: 'true' },
  { q: 'gåtur', accessibility: 'companion-welcome', ageGroup: 'seniors' },
  { q: 'rådgivning', targetGroup: 'homelessness', lifeDomain: 'housing' },
  { q: 'bostøtte', legalBasis: 'SEL §85', targetGroup: 'acquired-brain-injury' },
  { q: 'boliger', targetGroup: 'intellectual-disability', freePlaces: 'true' },
  { q: 'samtaler', ageGroup: 'youth', lifeDomain: 'social' },
  { q: 'behandling', targetGroup: 'substance-abuse', ageGroup: 'young-adults' },
];

const queryString = (params: Record<string, string>) => Object.entries(params).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');

/** Anonymous search of the bench municipality's published catalogue, one query of the rotation per request. */
async function searchSetup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> {
  const { n } = await db
    .selectFrom('offer')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenant.tenantId)
    .where('lifecycle', '=', 'published')
    .executeTakeFirstOrThrow();
  if (Number(n) === 0) throw new Error('search: the bench municipality has no published offers; regenerate with --fresh');
  const paths = searchQueries.map((query) => `/api/v1/offers?${queryString({ ...query, municipality: tenant.slug })}`);
  console.log(`search: ${Number(n).toLocaleString('en-US')} published offers, rotating through ${paths.length} queries with two filters each (no session)`);
  let next = 0;
  return { method: 'GET', path: () => paths[next++ % paths.length]! };
}

/** Requests the fastest imaginable run could make here; the pool is topped up so that even it never runs dry. */
const REFERRAL_CEILING_PER_SECOND = 3_000;

/**
 * The receiving unit's staff member moves the unit's open referrals on, one legal step per request: sent → received →
 * accepted → started → completed, with the version each referral has then. Each request is an access to the citizen's
 * data (audited), a referral_event row or two and an outbox message to the sender and the citizen.
 */
async function referralSetup(db: Kysely<Database>, tenant: BenchTenant, run: BenchRun): Promise<ScenarioRequest> {
  const bench = tenant.referralBench;
  if (!bench) throw new Error('referral: the generation report names no receiving unit for the referral pool; regenerate with --fresh (or a larger --scale)');
  let pool = await openReferralsOf(db, tenant.tenantId, bench.unitId, bench.userId);
  const needed = REFERRAL_CEILING_PER_SECOND * run.seconds;
  const left = movesLeft(pool);
  if (left < needed) {
    // Four steps each from 'sent'.
    const sent = await sendPoolReferrals(db, tenant.tenantId, bench.unitId, bench.userId, Math.ceil((needed - left) / 4), new Date());
    console.log(`referral: the pool had ${left.toLocaleString('en-US')} moves left, a run of ${run.seconds} s may need up to ${needed.toLocaleString('en-US')}; sent ${sent.toLocaleString('en-US')} new referrals to ${bench.unitName}`);
    pool = await openReferralsOf(db, tenant.tenantId, bench.unitId, bench.userId);
    // At small scales the unit has few offers and citizens, and each pair is referred only once at a time.
    if (movesLeft(pool) < needed) console.log(`referral: ${movesLeft(pool).toLocaleString('en-US')} moves now, enough for ${Math.floor(movesLeft(pool) / run.seconds).toLocaleString('en-US')} req/s over the run`);
  }
  if (pool.length < run.connections * 4) throw new Error(`referral: only ${pool.length} open referrals to ${bench.unitName}; too few to keep ${run.connections} connections apart`);
  const counts = pool.reduce<Record<string, number>>((c, r) => ({ ...c, [r.state]: (c[r.state] ?? 0) + 1 }), {});
  console.log(
    `referral: staff member ${bench.userId} of ${bench.unitName} moves ${pool.length.toLocaleString('en-US')} open referrals on ` +
      `(${Object.entries(counts).map(([state, n]) => `${n.toLocaleString('en-US')} ${state}`).join(', ')}; ${movesLeft(pool).toLocaleString('en-US')} moves)`,
  );
  const { cookie, csrfToken } = await session(db, tenant, bench.userId);
  return {
    method: 'PATCH',
    path: '/',
    headers: { cookie, 'x-csrf-token': csrfToken, origin: BENCH_PUBLIC_URL, 'content-type': 'application/json' },
    next: poolMoves(pool),
  };
}

/** The last whole calendar year of the generated period (it ends on 1 November): 2025 at seed 1. */
export const FINANCE_BENCH_YEAR = periodEndInstant().getUTCFullYear() - 1;

/**
 * A finance report for the last whole year of the period as the generated finance user (Økonomi og Styring; at small
 * scales the generator gives someone the role): the same request every time, measured one at a time.
 */
function financeSetup(name: string, path: string) {
  return async (db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> => {
    const userId = tenant.finance?.userId;
    if (!userId) throw new Error(`${name}: the generation report names no finance user; regenerate with --fresh`);
    const { n } = await db
      .selectFrom('granted_service')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenant.tenantId)
      .executeTakeFirstOrThrow();
    if (Number(n) === 0) throw new Error(`${name}: the bench municipality has no granted services; regenerate with --fresh`);
    const expensive = tenant.finance?.expensiveCases[FINANCE_BENCH_YEAR];
    console.log(
      `${name}: ${Number(n).toLocaleString('en-US')} granted services for ${tenant.finance!.cases.toLocaleString('en-US')} citizens; ` +
        `${expensive?.cases ?? 0} cases above 1 million DKK in ${FINANCE_BENCH_YEAR} (${((expensive?.costOre ?? 0) / 100_000_000).toFixed(1)} million DKK); as finance user ${userId}`,
    );
    return { method: 'GET', path: `${path}?year=${FINANCE_BENCH_YEAR}`, headers: { cookie: await sessionCookie(db, tenant, userId) } };
  };
}

/**
 * The volunteer coordinator asks for the ranked matches of the open companion requests in a fixed shuffled rotation:
 * the first cut of who can go (weekly slot, exceptions, other trips, record check, course, distance) in one statement,
 * the count of earlier trips with the citizen, and the ranking with reasons. The requests are moved ahead of today first.
 */
async function companionMatchesSetup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> {
  const coordinator = tenant.companions?.coordinatorUserId;
  if (!coordinator) throw new Error('companion-matches: the generation report names no volunteer coordinator; regenerate with --fresh');
  let pool = await openCompanionRequests(db, tenant.tenantId);
  if (pool.length === 0) throw new Error('companion-matches: the bench municipality has no open companion requests; regenerate with --fresh');
  const weeks = await moveOpenRequestsAhead(db, tenant.tenantId, pool, new Date());
  if (weeks > 0) pool = await openCompanionRequests(db, tenant.tenantId);
  const volunteers = await db
    .selectFrom('volunteer_profile')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenant.tenantId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  const ids = shuffled(pool.map((r) => r.requestId));
  console.log(
    `companion-matches: coordinator ${coordinator}, rotating through ${ids.length} open requests (${pool[0]!.startsAt.toISOString().slice(0, 10)} to ` +
      `${pool.at(-1)!.startsAt.toISOString().slice(0, 10)}${weeks > 0 ? `, moved ${weeks} weeks ahead` : ''}) among ${Number(volunteers.n).toLocaleString('en-US')} active volunteers`,
  );
  let next = 0;
  return { method: 'GET', path: () => `/api/v1/companion-requests/${ids[next++ % ids.length]}/matches`, headers: { cookie: await sessionCookie(db, tenant, coordinator) } };
}

/** The last five whole years of the generated period, the span a committee looks back over. */
const STEERING_FROM_YEAR = FINANCE_BENCH_YEAR - 4;

/** The generated finance user: it reads the steering figures as leaders and politicians do (aggregates only). */
function steeringReader(name: string, tenant: BenchTenant): string {
  const userId = tenant.finance?.userId;
  if (!userId) throw new Error(`${name}: the generation report names no finance user; regenerate with --fresh`);
  return userId;
}

async function targetGroupSetup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> {
  const userId = steeringReader('target-groups', tenant);
  const counts = await db
    .selectFrom('enrolment')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenant.tenantId)
    .executeTakeFirstOrThrow();
  if (Number(counts.n) === 0) throw new Error('target-groups: the bench municipality has no enrolments; regenerate with --fresh');
  console.log(`target-groups: ${Number(counts.n).toLocaleString('en-US')} enrolments; ${STEERING_FROM_YEAR}–${FINANCE_BENCH_YEAR} as user ${userId}`);
  return { method: 'GET', path: `/api/v1/statistics/target-groups?from=${STEERING_FROM_YEAR}&to=${FINANCE_BENCH_YEAR}`, headers: { cookie: await sessionCookie(db, tenant, userId) } };
}

async function indicatorSeriesSetup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> {
  const userId = steeringReader('indicator-series', tenant);
  await ensureShippedIndicators(db, tenant.tenantId);
  const counts = await db
    .selectFrom('citizen_status_observation')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenant.tenantId)
    .executeTakeFirstOrThrow();
  if (Number(counts.n) === 0) throw new Error('indicator-series: the bench municipality has no status observations; regenerate with --fresh');
  console.log(`indicator-series: ${Number(counts.n).toLocaleString('en-US')} status observations; by month ${STEERING_FROM_YEAR}-01 to ${FINANCE_BENCH_YEAR}-12`);
  return {
    method: 'GET',
    path: `/api/v1/indicators/job-or-education-share?from=${STEERING_FROM_YEAR}-01&to=${FINANCE_BENCH_YEAR}-12&period=month`,
    headers: { cookie: await sessionCookie(db, tenant, userId) },
  };
}

async function statusReportPdfSetup(db: Kysely<Database>, tenant: BenchTenant): Promise<ScenarioRequest> {
  const userId = steeringReader('status-report-pdf', tenant);
  const { reportId, buildMs } = await ensureBenchStatusReport(db, tenant.tenantId, FINANCE_BENCH_YEAR);
  const sorted = [...buildMs].sort((a, b) => a - b);
  console.log(`status-report-pdf: report ${reportId} for ${FINANCE_BENCH_YEAR}; building its content (the draft's figures) took median ${sorted[2]!.toFixed(0)} ms of 5 (${sorted.map((m) => m.toFixed(0)).join(', ')})`);
  return { method: 'GET', path: `/api/v1/status-reports/${reportId}/pdf`, headers: { cookie: await sessionCookie(db, tenant, userId) } };
}

export const scenarios: Scenario[] = [
  {
    name: 'me',
    description: 'GET /api/v1/me as a logged-in staff member: session lookup, access decision and an audit entry per request',
    targets: { postgres: { minRequestsPerSecond: 1500, maxP99Ms: 30 }, pglite: { minRequestsPerSecond: 400 } },
    async setup(db, tenant) {
      return { method: 'GET', path: '/api/v1/me', headers: { cookie: await staffSessionCookie(db, tenant) } };
    },
  },
  {
    name: 'overview',
    description:
      'GET /api/v1/citizens/{id}/overview by a logged-in support worker for the citizens on their team in rotation: session, relation check, ' +
      'audit entry and the one-statement overview (goals with steps, meetings, recent changes, network, team)',
    targets: { postgres: { minRequestsPerSecond: 1000, maxP99Ms: 50 } },
    setup: overviewSetup,
  },
  {
    name: 'access-log',
    description: 'GET /api/v1/me/access-log (first page, default size) as the generated citizen with about 2,000 audit entries by others',
    targets: { postgres: { maxP99Ms: 50 } },
    setup: accessLogSetup,
  },
  {
    name: 'search',
    description:
      'GET /api/v1/offers?q=<Danish word>&<two filters>&municipality=<bench> without login, in a rotation of 12 queries: Danish stemming and trigram ' +
      'typo match, the filters, the first page of 20 with provider and place, and the facet counts over all matches',
    targets: { postgres: { minRequestsPerSecond: 800, maxP99Ms: 30 } },
    setup: searchSetup,
  },
  {
    name: 'referral',
    description:
      'PATCH /api/v1/referrals/{id} by a staff member of the receiving unit, each request the next legal step of an open referral (sent → received → ' +
      'accepted → started → completed) with its version: access check and audit entry, the update, the history row and an outbox message',
    targets: { postgres: { minRequestsPerSecond: 500, maxP99Ms: 50 } },
    setup: referralSetup,
  },
  {
    name: 'expensive-cases',
    description:
      'GET /api/v1/finance/expensive-cases?year=<last whole year> as a finance user, one request at a time: every citizen\'s yearly cost summed from ' +
      'their granted services in SQL, the cases above 1 million DKK with refusion by the year\'s bands, the first page of 50 named (an audit entry each)',
    targets: { postgres: { maxP50Ms: 300 } },
    connections: 1,
    setup: financeSetup('expensive-cases', '/api/v1/finance/expensive-cases'),
  },
  {
    name: 'committee-status',
    description:
      'GET /api/v1/finance/committee-status?year=<last whole year> as a finance user, one request at a time: the cases above 1 million DKK in every ' +
      'year from the first with services (the trend), cost, refusion and net cost, the ten largest anonymised, and the forecast for the current year',
    targets: { postgres: { maxP50Ms: 500 } },
    connections: 1,
    setup: financeSetup('committee-status', '/api/v1/finance/committee-status'),
  },
  {
    name: 'committee-pdf',
    description: 'GET /api/v1/finance/committee-status.pdf?year=<last whole year> as a finance user, one request at a time: the committee status rendered as a PDF',
    targets: { postgres: { maxP50Ms: 3000 } },
    connections: 1,
    setup: financeSetup('committee-pdf', '/api/v1/finance/committee-status.pdf'),
  },
  {
    name: 'companion-matches',
    description:
      'GET /api/v1/companion-requests/{id}/matches as the volunteer coordinator for the open requests in rotation: access check and audit entry, ' +
      'the first cut of who can go in one statement (weekly slot, exceptions, other trips, record check, course, distance, earlier trips with the citizen), the ranking with reasons',
    targets: { postgres: { minRequestsPerSecond: 500, maxP99Ms: 20 } },
    setup: companionMatchesSetup,
  },
  {
    name: 'target-groups',
    description:
      'GET /api/v1/statistics/target-groups?from=<5 years back>&to=<last whole year> as a reader of aggregates, one request at a time: distinct ' +
      'citizens per offer type and legal basis per year from enrolments, referrals and granted services, small counts suppressed',
    targets: { postgres: { maxP50Ms: 500 } },
    connections: 1,
    setup: targetGroupSetup,
  },
  {
    name: 'indicator-series',
    description:
      'GET /api/v1/indicators/job-or-education-share?from=<5 years back>-01&to=<last whole year>-12&period=month, one request at a time: the ' +
      'definition read from the database and compiled to one aggregating statement, 60 monthly points with small counts suppressed',
    targets: { postgres: { maxP50Ms: 300 } },
    connections: 1,
    setup: indicatorSeriesSetup,
  },
  {
    name: 'status-report-pdf',
    description:
      'GET /api/v1/status-reports/{id}/pdf for a published report on a strategy of 8 focus areas and 24 activities quoting every shipped ' +
      'indicator, one request at a time (the setup also times building the report\'s figures from the generated data)',
    targets: { postgres: { maxP50Ms: 3000 } },
    connections: 1,
    setup: statusReportPdfSetup,
  },
];
