import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { installShippedIndicators } from '../indicators/shipped-indicators.js';

/**
 * The demo's indicators: the shipped definitions (seed/indicators.json) and five years of data behind them — a status
 * observation of employment each quarter and of housing each half-year for every third citizen of the municipality at
 * load time (the synthetic citizens of load-demo-enrolments included) and every citizen with a plan, and, for citizens who have no plan goals yet, a
 * short history of goals opened, rated and closed over the years. The story: more citizens in job or education and
 * fewer homeless as the years pass, and ratings that slowly rise. Deterministic for a given set of citizens.
 */

const YEARS = 5;
/** Every how many citizens without a plan get status observations and goals. */
const SAMPLE_EVERY = 3;
const chunk = 500;

/** A small seeded generator (mulberry32), so a demo looks the same each time it is made from the same citizens. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, items: readonly [T, number][]): T => {
  let x = r() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, weight] of items) {
    x -= weight;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
};

const monthStart = (today: string, monthsBack: number) => {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

type Employment = 'job' | 'education' | 'flex-job' | 'sheltered' | 'none';
type Housing = 'own-home' | 'residential' | 'shelter' | 'homeless';

/** One month on: progress grows over the years (t from 0 to 1), so the share in job or education rises. */
function nextEmployment(r: () => number, now: Employment, t: number): Employment {
  const x = r();
  if (now === 'none') return x < 0.02 + 0.035 * t ? 'job' : x < 0.035 + 0.05 * t ? 'education' : x < 0.045 + 0.05 * t ? 'flex-job' : 'none';
  if (now === 'sheltered') return x < 0.01 + 0.02 * t ? 'flex-job' : 'sheltered';
  if (now === 'education') return x < 0.03 ? 'job' : x < 0.045 - 0.01 * t ? 'none' : 'education';
  return x < 0.02 - 0.01 * t ? 'none' : now;
}

function nextHousing(r: () => number, now: Housing, t: number): Housing {
  const x = r();
  if (now === 'homeless') return x < 0.12 + 0.15 * t ? 'shelter' : x < 0.18 + 0.2 * t ? 'own-home' : 'homeless';
  if (now === 'shelter') return x < 0.15 + 0.1 * t ? 'own-home' : x < 0.2 + 0.05 * t ? 'residential' : x < 0.26 ? 'homeless' : 'shelter';
  if (now === 'own-home') return x < 0.012 - 0.006 * t ? 'homeless' : 'own-home';
  return now;
}

const goalTitles: Record<string, string[]> = {
  health: ['Sove bedre om natten', 'Gå en tur hver dag', 'Tage min medicin selv'],
  social: ['Ringe til min søster hver uge', 'Møde nye mennesker', 'Være med i en klub'],
  leisure: ['Svømme en gang om ugen', 'Gå til maling', 'Tage bussen til byen selv'],
  housing: ['Holde orden i lejligheden', 'Betale husleje til tiden', 'Handle ind selv'],
  work: ['Komme i praktik', 'Tage et kursus', 'Møde til tiden på arbejdet'],
};
const domains = Object.keys(goalTitles);

export async function loadDemoIndicators(trx: Transaction<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  const { tenantId } = municipality;
  let loaded = await installShippedIndicators(trx, tenantId, now);
  const today = copenhagenToday(now);
  const months = YEARS * 12;

  const citizens = await trx.selectFrom('citizen').select(['citizen_id', 'created_at']).where('tenant_id', '=', tenantId).orderBy('created_at').orderBy('citizen_id').execute();
  // A citizen's unit: the unit of their latest enrolment, else of a team member; observations are recorded there.
  const enrolmentUnits = await trx.selectFrom('enrolment').select(['citizen_id', 'unit_id']).where('tenant_id', '=', tenantId).where('unit_id', 'is not', null).orderBy('started_on').execute();
  const teamUnits = await trx
    .selectFrom('citizen_team_member as tm')
    .innerJoin('app_user as u', (j) => j.onRef('u.tenant_id', '=', 'tm.tenant_id').onRef('u.user_id', '=', 'tm.user_id'))
    .select(['tm.citizen_id', 'u.org_unit_id'])
    .where('tm.tenant_id', '=', tenantId)
    .where('u.org_unit_id', 'is not', null)
    .orderBy('tm.added_at')
    .execute();
  const unitOf = new Map<string, string>();
  for (const t of teamUnits) if (!unitOf.has(t.citizen_id)) unitOf.set(t.citizen_id, t.org_unit_id!);
  for (const e of enrolmentUnits) unitOf.set(e.citizen_id, e.unit_id!);
  // The worker who wrote the goals down with the citizen (a plan change always names its author).
  const writer = await trx
    .selectFrom('role_grant')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'support-worker')
    .orderBy('user_id')
    .limit(1)
    .executeTakeFirst();
  const withGoals = new Set((await trx.selectFrom('goal').select('citizen_id').where('tenant_id', '=', tenantId).distinct().execute()).map((g) => g.citizen_id));

  const observations: Insertable<Database['citizen_status_observation']>[] = [];
  const goals: Insertable<Database['goal']>[] = [];
  const changes: Insertable<Database['plan_change']>[] = [];

  citizens.forEach((citizen, index) => {
    // A sample of the synthetic citizens (and everyone with a plan) is enough for figures above the small-count limit,
    // and keeps the demo quick to make: every test app and every first start loads it.
    if (index % SAMPLE_EVERY !== 0 && !withGoals.has(citizen.citizen_id)) return;
    const r = random(0x5eed + index * 7919 + municipality.slug.length);
    const unitId = unitOf.get(citizen.citizen_id) ?? null;
    let employment = pick<Employment>(r, [['none', 50], ['sheltered', 15], ['flex-job', 10], ['job', 14], ['education', 11]]);
    let housing = pick<Housing>(r, [['own-home', 62], ['residential', 20], ['shelter', 8], ['homeless', 10]]);
    for (let back = months - 1; back >= 0; back -= 1) {
      const month = monthStart(today, back);
      const t = (months - 1 - back) / (months - 1);
      employment = nextEmployment(r, employment, t);
      const day = String(1 + Math.floor(r() * 27)).padStart(2, '0');
      const observedOn = `${month}-${day}`;
      if (observedOn > today) continue;
      // Each quarter, at the follow-up meeting; a status is not always recorded.
      if (back % 3 === 0 && r() < 0.9) observations.push({ tenant_id: tenantId, observation_id: newId(), citizen_id: citizen.citizen_id, kind: 'employment', value: employment, observed_on: observedOn, unit_id: unitId, recorded_by: null, created_at: now });
      if (back % 3 === 0) {
        housing = nextHousing(r, housing, t);
        if (back % 6 === 0) observations.push({ tenant_id: tenantId, observation_id: newId(), citizen_id: citizen.citizen_id, kind: 'housing', value: housing, observed_on: observedOn, unit_id: unitId, recorded_by: null, created_at: now });
      }
    }

    // Goals only for citizens without a plan of their own in the seed, so the demo plans stay as DEMO.md tells them.
    if (withGoals.has(citizen.citizen_id)) return;
    const earliest = Math.max(citizen.created_at.getTime(), now.getTime() - YEARS * 365 * 86_400_000);
    const span = now.getTime() - earliest;
    if (span < 30 * 86_400_000) return;
    for (let g = 0; g < 2; g += 1) {
      const domain = domains[Math.floor(r() * domains.length)]!;
      const createdAt = new Date(earliest + Math.floor(r() * span * 0.9));
      const progress = (createdAt.getTime() - (now.getTime() - YEARS * 365 * 86_400_000)) / (YEARS * 365 * 86_400_000);
      const closedAt = new Date(createdAt.getTime() + (60 + Math.floor(r() * 300)) * 86_400_000);
      const closed = closedAt < now;
      const status = closed ? pick(r, [['achieved', 50 + 20 * progress], ['not-achieved', 30 - 10 * progress], ['stopped', 20 - 10 * progress]] as [string, number][]) : 'active';
      const ratedAt = new Date(createdAt.getTime() + Math.floor(r() * ((closed ? closedAt.getTime() : now.getTime()) - createdAt.getTime())));
      const rating = Math.max(1, Math.min(5, Math.round(2 + 2 * progress + (r() - 0.5) * 2.5)));
      const updatedAt = closed ? closedAt : ratedAt;
      const goalId = newId();
      const title = goalTitles[domain]![Math.floor(r() * 3)]!;
      goals.push({
        tenant_id: tenantId,
        goal_id: goalId,
        citizen_id: citizen.citizen_id,
        domain,
        title,
        description: null,
        goal_type: 'develop',
        status: status as 'active',
        citizen_rating: rating,
        citizen_rated_at: ratedAt,
        worker_level: null,
        worker_assessed_at: null,
        review_date: null,
        track: 'adult',
        created_by: writer?.user_id ?? null,
        version: closed ? 3 : 2,
        created_at: createdAt,
        updated_at: updatedAt,
      });
      const part = `domain:${domain}`;
      changes.push({ tenant_id: tenantId, change_id: newId(), citizen_id: citizen.citizen_id, part, subject_type: 'goal', subject_id: goalId, operation: 'create', changes: JSON.stringify({ domain: { from: null, to: domain }, title: { from: null, to: title }, status: { from: null, to: 'active' } }), actor_user_id: writer?.user_id ?? null, actor_role: writer ? 'support-worker' : null, occurred_at: createdAt });
      changes.push({ tenant_id: tenantId, change_id: newId(), citizen_id: citizen.citizen_id, part, subject_type: 'goal', subject_id: goalId, operation: 'update', changes: JSON.stringify({ citizenRating: { from: null, to: rating } }), actor_user_id: writer?.user_id ?? null, actor_role: writer ? 'support-worker' : null, occurred_at: ratedAt });
      if (closed) changes.push({ tenant_id: tenantId, change_id: newId(), citizen_id: citizen.citizen_id, part, subject_type: 'goal', subject_id: goalId, operation: 'update', changes: JSON.stringify({ status: { from: 'active', to: status } }), actor_user_id: writer?.user_id ?? null, actor_role: writer ? 'support-worker' : null, occurred_at: closedAt });
    }
  });

  // One statement per few thousand observations: row-by-row parameters cost more than the rows themselves here.
  for (let i = 0; i < observations.length; i += 5000) {
    const rows = observations.slice(i, i + 5000).map((o) => ({ observation_id: o.observation_id, citizen_id: o.citizen_id, kind: o.kind, value: o.value, observed_on: o.observed_on, unit_id: o.unit_id }));
    await sql`
      INSERT INTO citizen_status_observation (tenant_id, observation_id, citizen_id, kind, value, observed_on, unit_id, recorded_by, created_at)
      SELECT ${tenantId}::uuid, o.observation_id, o.citizen_id, o.kind, o.value, o.observed_on, o.unit_id, NULL, ${now}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS o (observation_id uuid, citizen_id uuid, kind text, value text, observed_on date, unit_id uuid)`.execute(trx);
  }
  for (let i = 0; i < goals.length; i += chunk) await trx.insertInto('goal').values(goals.slice(i, i + chunk)).execute();
  for (let i = 0; i < changes.length; i += chunk) await trx.insertInto('plan_change').values(changes.slice(i, i + chunk)).execute();
  loaded += observations.length + goals.length;
  return loaded;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoIndicatorsIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('indicator').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoIndicators(trx, municipality, now);
  });
}
