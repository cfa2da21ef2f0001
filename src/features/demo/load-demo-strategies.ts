import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { nationalGoals, unGoals } from '../../contracts/strategies.js';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { addDays } from '../../domain/copenhagen-wall-clock.js';
import { activityStatuses, type ActivityStatus } from '../../domain/strategy-status.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { selectableInYear, workingGroupKey } from '../strategies/strategy-rules.js';
import { readDemoSeed } from './load-demo-municipalities.js';

/**
 * The demo's strategy tracking (seed/strategies.json, DOMAIN §4.6, §5.3–§5.5): the policy, the adult disability plan,
 * the plan for socially vulnerable adults and its successor strategy, each focus area with purpose, why, goal and its
 * activities and dated progress notes; the committee with its selections for the last three years and this year, a
 * working group per selected focus area, and the external sparring group with its meetings. Plan periods are the
 * documents' own years; notes, meetings and selections count from `now`, so the leader's "no note for 90 days" list
 * and "this year's selection" look the same whenever the demo is started.
 */

const seedFile = fileURLToPath(new URL('../../../seed/strategies.json', import.meta.url));

const date = z.iso.date();
const member = z.strictObject({ name: z.string(), role: z.string(), organisation: z.string().nullable(), persona: z.string().optional() });
const activitySchema = z.strictObject({
  title: z.string().min(1).max(300),
  description: z.string().max(8000),
  status: z.enum(activityStatuses),
  periodFrom: date.nullable(),
  periodTo: date.nullable(),
  owner: z.strictObject({ workingGroup: z.boolean().optional(), unit: z.string().optional(), leader: z.enum(['karen', 'rikke']).optional() }),
  unGoals: z.array(z.enum(unGoals)),
  nationalGoals: z.array(z.enum(nationalGoals)),
  indicatorKeys: z.array(z.string()),
  createdDaysAgo: z.number().int().min(0),
  notes: z.array(z.strictObject({ daysAgo: z.number().int().min(0), body: z.string().min(1), statusTo: z.enum(activityStatuses).optional() })),
});
const focusAreaSchema = z.strictObject({ number: z.number().int().positive(), track: z.string().nullable(), name: z.string(), purpose: z.string(), why: z.string(), goal: z.string(), activities: z.array(activitySchema) });
const strategySchema = z.strictObject({
  key: z.string(),
  kind: z.enum(['policy', 'plan', 'strategy']),
  name: z.string(),
  parent: z.string().nullable(),
  succeeds: z.string().nullable(),
  summary: z.string(),
  mission: z.string().nullable(),
  vision: z.string().nullable(),
  values: z.array(z.string()),
  lifeDomains: z.array(z.string()),
  periodFrom: date.nullable(),
  periodTo: date.nullable(),
  ownerUnit: z.string(),
  focusAreas: z.array(focusAreaSchema),
});
const municipalitySchema = z.strictObject({
  strategies: z.array(strategySchema),
  committee: z.strictObject({ key: z.string(), name: z.string(), description: z.string(), members: z.array(member) }).optional(),
  selections: z.array(z.strictObject({ yearOffset: z.number().int().max(0), agendaItem: z.number().int().positive(), focusAreas: z.array(z.string().regex(/^[a-z0-9-]+:\d+$/)) })).optional(),
  workingGroupMembers: z.record(z.string(), z.array(member)).optional(),
  sparringGroup: z
    .strictObject({ key: z.string(), name: z.string(), description: z.string(), members: z.array(member), meetings: z.array(z.strictObject({ daysAgo: z.number().int().min(0), title: z.string(), agenda: z.string(), minutes: z.string() })) })
    .optional(),
});
const seedSchema = z.object({ municipalities: z.record(z.string(), municipalitySchema) });
export type DemoStrategySeed = z.infer<typeof municipalitySchema>;

export function readDemoStrategies(slug: string): DemoStrategySeed | null {
  return seedSchema.parse(JSON.parse(readFileSync(seedFile, 'utf8'))).municipalities[slug] ?? null;
}

/** The leaders the seed names as responsible, by their short key. */
const leaderNames: Record<string, string> = { karen: 'Karen Vestergaard', rikke: 'Rikke Iversen' };
const danishMonths = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** The demo's steering data. Returns the number of rows loaded. */
export async function loadDemoStrategies(trx: Transaction<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  const seed = readDemoStrategies(municipality.slug);
  if (!seed) return 0;
  const tenantId = municipality.tenantId;
  const today = copenhagenToday(now);
  const thisYear = Number(today.slice(0, 4));
  const daysAgo = (days: number) => addDays(today, -days);
  let rows = 0;

  // Units and users by the keys the seeds use (the unit key is not stored; its name is unique in a demo municipality).
  const municipalitySeed = readDemoSeed().municipalities.find((m) => m.slug === municipality.slug);
  const unitNames = new Map<string, string>();
  for (const centre of municipalitySeed?.units ?? []) {
    unitNames.set(centre.key, centre.name);
    for (const unit of centre.units) unitNames.set(unit.key, unit.name);
  }
  const units = await trx.selectFrom('org_unit').select(['unit_id', 'name']).where('tenant_id', '=', tenantId).execute();
  const unitId = (key: string | undefined) => {
    if (!key) return null;
    const found = units.find((u) => u.name === unitNames.get(key));
    if (!found) throw new Error(`Strategy seed: unknown unit ${key}`);
    return found.unit_id;
  };
  const users = await trx.selectFrom('app_user').select(['user_id', 'display_name', 'demo_key']).where('tenant_id', '=', tenantId).execute();
  const leaderId = (key: string | undefined) => (key ? (users.find((u) => u.display_name === leaderNames[key])?.user_id ?? null) : null);
  const personaId = (persona: string | undefined) => (persona ? (users.find((u) => u.demo_key === persona)?.user_id ?? null) : null);

  const strategyIds = new Map<string, string>();
  const focusAreaIds = new Map<string, { id: string; name: string; strategyKey: string }>();
  for (const [position, s] of seed.strategies.entries()) {
    const id = newId();
    strategyIds.set(s.key, id);
    await trx
      .insertInto('strategy')
      .values({
        tenant_id: tenantId,
        strategy_id: id,
        key: s.key,
        kind: s.kind,
        name: s.name,
        summary: s.summary,
        mission: s.mission,
        vision: s.vision,
        values: s.values,
        life_domains: s.lifeDomains,
        parent_id: s.parent ? strategyIds.get(s.parent)! : null,
        succeeds_id: s.succeeds ? strategyIds.get(s.succeeds)! : null,
        period_from: s.periodFrom,
        period_to: s.periodTo,
        owner_unit_id: unitId(s.ownerUnit),
        position,
        created_at: now,
        updated_at: now,
      })
      .execute();
    rows += 1;
    for (const area of s.focusAreas) {
      const areaId = newId();
      focusAreaIds.set(`${s.key}:${area.number}`, { id: areaId, name: area.name, strategyKey: s.key });
      await trx.insertInto('focus_area').values({ tenant_id: tenantId, focus_area_id: areaId, strategy_id: id, number: area.number, track: area.track, name: area.name, purpose: area.purpose, why: area.why, goal: area.goal }).execute();
      rows += 1;
    }
  }

  // The committee, its decisions and the working groups they set up.
  const workingGroupOf = new Map<string, string>();
  if (seed.committee) {
    const committeeId = newId();
    await trx.insertInto('steering_body').values({ tenant_id: tenantId, body_id: committeeId, key: seed.committee.key, kind: 'committee', name: seed.committee.name, description: seed.committee.description, focus_area_id: null, year: null, active: true, created_at: now }).execute();
    rows += 1 + (await insertMembers(trx, tenantId, committeeId, seed.committee.members, personaId));
    const succeeded = new Set(seed.strategies.filter((s) => s.succeeds).map((s) => s.succeeds!));
    for (const choice of [...(seed.selections ?? [])].sort((a, b) => a.yearOffset - b.yearOffset)) {
      const year = thisYear + choice.yearOffset;
      const keys = choice.focusAreas.filter((key) => {
        const strategy = seed.strategies.find((s) => s.key === key.split(':')[0])!;
        return selectableInYear({ periodTo: strategy.periodTo, succeeded: succeeded.has(strategy.key) }, year);
      });
      if (keys.length === 0) continue;
      const decidedOn = `${year - 1}-12-09`;
      const agendaReference = `Punkt ${choice.agendaItem}, møde 9. ${danishMonths[11]} ${year - 1}`;
      const selectionId = newId();
      await trx.insertInto('steering_meeting').values({ tenant_id: tenantId, meeting_id: newId(), body_id: committeeId, kind: 'meeting', held_on: decidedOn, title: `Udvalgsmøde ${decidedOn.slice(8, 10)}.12.${year - 1}`, agenda: `Punkt ${choice.agendaItem}: Valg af indsatsområder for ${year}.`, minutes: '', created_at: now }).execute();
      await trx.insertInto('focus_area_selection').values({ tenant_id: tenantId, selection_id: selectionId, year, decided_on: decidedOn, body_id: committeeId, agenda_reference: agendaReference, note: '', recorded_by: leaderId('karen'), recorded_at: now }).execute();
      rows += 2;
      for (const key of keys) {
        const area = focusAreaIds.get(key);
        if (!area) throw new Error(`Strategy seed: unknown focus area ${key}`);
        const groupId = newId();
        await trx
          .insertInto('steering_body')
          .values({ tenant_id: tenantId, body_id: groupId, key: workingGroupKey(year, area.strategyKey, Number(key.split(':')[1])), kind: 'working-group', name: `Arbejdsgruppe ${year}: ${area.name}`, description: `Bærer indsatsområdet "${area.name}" i ${year}.`, focus_area_id: area.id, year, active: year >= thisYear, created_at: now })
          .execute();
        await trx.insertInto('focus_area_selection_item').values({ tenant_id: tenantId, selection_id: selectionId, focus_area_id: area.id, working_group_id: groupId }).execute();
        rows += 2 + (await insertMembers(trx, tenantId, groupId, seed.workingGroupMembers?.[area.strategyKey] ?? [], personaId));
        // The newest year's group carries the focus area's activities.
        workingGroupOf.set(key, groupId);
      }
    }
  }

  for (const s of seed.strategies) {
    for (const area of s.focusAreas) {
      const areaKey = `${s.key}:${area.number}`;
      for (const [position, a] of area.activities.entries()) {
        const activityId = newId();
        await trx
          .insertInto('strategy_activity')
          .values({
            tenant_id: tenantId,
            activity_id: activityId,
            focus_area_id: focusAreaIds.get(areaKey)!.id,
            title: a.title,
            description: a.description,
            working_group_id: a.owner.workingGroup ? (workingGroupOf.get(areaKey) ?? null) : null,
            owner_unit_id: unitId(a.owner.unit),
            responsible_user_id: leaderId(a.owner.leader),
            period_from: a.periodFrom,
            period_to: a.periodTo,
            status: a.status,
            un_goals: a.unGoals,
            national_goals: a.nationalGoals,
            indicator_keys: a.indicatorKeys,
            position: position + 1,
            created_at: new Date(now.getTime() - a.createdDaysAgo * 86_400_000),
            updated_at: now,
          })
          .execute();
        rows += 1;
        // The notes in the order they were written; each status change records where it came from.
        let status: ActivityStatus = 'not-started';
        const notes = [...a.notes].sort((x, y) => y.daysAgo - x.daysAgo);
        for (const note of notes) {
          const changes = note.statusTo !== undefined && note.statusTo !== status;
          await trx
            .insertInto('activity_note')
            .values({
              tenant_id: tenantId,
              note_id: newId(),
              activity_id: activityId,
              noted_on: daysAgo(note.daysAgo),
              body: note.body,
              status_from: changes ? status : null,
              status_to: changes ? note.statusTo! : null,
              written_by: leaderId(a.owner.leader ?? 'karen'),
              written_at: new Date(now.getTime() - note.daysAgo * 86_400_000),
            })
            .execute();
          if (changes) status = note.statusTo!;
          rows += 1;
        }
      }
    }
  }

  if (seed.sparringGroup) {
    const groupId = newId();
    const g = seed.sparringGroup;
    await trx.insertInto('steering_body').values({ tenant_id: tenantId, body_id: groupId, key: g.key, kind: 'sparring-group', name: g.name, description: g.description, focus_area_id: null, year: null, active: true, created_at: now }).execute();
    rows += 1 + (await insertMembers(trx, tenantId, groupId, g.members, personaId));
    for (const meeting of g.meetings) {
      await trx.insertInto('steering_meeting').values({ tenant_id: tenantId, meeting_id: newId(), body_id: groupId, kind: 'meeting', held_on: daysAgo(meeting.daysAgo), title: meeting.title, agenda: meeting.agenda, minutes: meeting.minutes, created_at: now }).execute();
      rows += 1;
    }
  }
  return rows;
}

async function insertMembers(trx: Kysely<Database>, tenantId: string, bodyId: string, members: readonly z.infer<typeof member>[], personaId: (persona: string | undefined) => string | null): Promise<number> {
  if (members.length === 0) return 0;
  await trx
    .insertInto('steering_body_member')
    .values(members.map((m) => ({ tenant_id: tenantId, member_id: newId(), body_id: bodyId, name: m.name, role: m.role, organisation: m.organisation, user_id: personaId(m.persona), member_from: null, member_to: null })))
    .execute();
  return members.length;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has none.
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoStrategiesIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('strategy').select('tenant_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoStrategies(trx, municipality, now);
  });
}
