import type { Insertable, Kysely } from 'kysely';
import { copenhagenToday, startOfCopenhagenDay } from '../../domain/copenhagen-time.js';
import { followUpDueOn, getsFollowUp, receptionNeeds, type ReceptionNeed, type VisitStatus } from '../../domain/reception-visit.js';
import type { ReceptionVisitTable } from '../../platform/db/schema-catalogue.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

/**
 * The reception centres of the demo (the vulnerable-citizens plan 2018-2021: Perron 4, Slotsgården and
 * Gl. Hadsundvej 1) and their visits: a queue today, and seven weeks back so the weekly counts have content. The
 * visits are drawn by a fixed sequence, so every load tells the same story; dates are relative to `now`. One of the
 * visits is Sara's (DEMO.md): she came in anonymously, a worker on her team merged the visit into her record, and
 * its follow-up is overdue. Called inside the transaction that creates the municipality.
 */

const centreKeys = ['perron4', 'slotsgaarden', 'hadsundvej'] as const;
type CentreKey = (typeof centreKeys)[number];

/** Visits on an ordinary weekday; Gl. Hadsundvej is small, so its weeks show "<5" in the statistics. */
const visitsPerWeekday: Record<CentreKey, number> = { perron4: 3, slotsgaarden: 2, hadsundvej: 1 };

/** Who registers at each centre: the unit's own staff where the demo has them. */
const registrars: Record<CentreKey, { persona?: string; name?: string }> = {
  perron4: { persona: 'jesper' },
  slotsgaarden: { name: 'Henrik Skov' },
  // Gl. Hadsundvej has no staff of its own in the demo; Bostøtte Nord in the same centre covers it.
  hadsundvej: { name: 'Sofie Laursen' },
};

/** Needs drawn by weight: most come for a meal or a calm place (source 003: 156 citizens have meals at Perron 4). */
const needPool: ReceptionNeed[] = ['meal', 'meal', 'meal', 'meal', 'stabilisation', 'stabilisation', 'housing', 'housing', 'accompany-treatment', 'accompany-jobcentre', 'accompany-citizen-service', 'accompany-doctor', 'accompany-psychiatry'];

const nicknames = ['Mads', 'Lone', 'Kenneth', 'Jannik', 'Bettina', 'Per', 'Sonja', 'Ali', 'Rikke', 'Bo', 'Gitte', 'Tommy', 'Ulla', 'Kim', 'Dorthe'];
const descriptions = ['grå hættetrøje', 'har hund med', 'rød jakke', 'cykel med anhænger', 'kommer fra Ladegården', 'briller og kasket', ''];

/** A small fixed pseudo-random sequence (a linear congruential generator): the same visits on every load. */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: the low bits of this generator repeat with a short period.
    return Math.floor(state / 65536) % n;
  };
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** A Danish wall-clock time on a Danish calendar day. */
function danishTime(date: string, hours: number, minutes: number): Date {
  return new Date(startOfCopenhagenDay(date).getTime() + (hours * 60 + minutes) * 60_000);
}

const minutes = (at: Date, delta: number) => new Date(at.getTime() + delta * 60_000);

export async function loadDemoReception(
  trx: Kysely<Database>,
  municipality: { tenantId: string; unitIds: ReadonlyMap<string, string>; userIds: ReadonlyMap<string, string> },
  now: Date,
): Promise<void> {
  const { tenantId } = municipality;
  const centres = centreKeys.filter((key) => municipality.unitIds.has(key));
  if (centres.length === 0) return;
  const centreId = (key: CentreKey) => municipality.unitIds.get(key)!;
  await trx.updateTable('org_unit').set({ is_reception_centre: true }).where('tenant_id', '=', tenantId).where('unit_id', 'in', centres.map(centreId)).execute();

  const staff = await trx.selectFrom('app_user').select(['user_id', 'display_name']).where('tenant_id', '=', tenantId).execute();
  const userByName = new Map(staff.map((u) => [u.display_name, u.user_id]));
  const registrar = (key: CentreKey) => {
    const who = registrars[key];
    const id = who.persona ? municipality.userIds.get(who.persona) : userByName.get(who.name ?? '');
    if (!id) throw new Error(`Demo reception: no registrar for ${key}`);
    return id;
  };

  const today = copenhagenToday(now);
  const next = sequence(4);
  const rows: Insertable<ReceptionVisitTable>[] = [];
  const visitAt = (key: CentreKey, arrivedAt: Date, status: VisitStatus, extra: Partial<Insertable<ReceptionVisitTable>> = {}) => {
    const needCount = 1 + next(2);
    const needs = [...new Set(Array.from({ length: needCount }, () => needPool[next(needPool.length)]!))];
    const handedOverAt = status === 'waiting' || (status === 'left' && next(2) === 0) ? null : minutes(arrivedAt, 3 + next(25));
    const finishedAt = status === 'done' || status === 'left' ? minutes(handedOverAt ?? arrivedAt, 15 + next(60)) : null;
    const dueOn = finishedAt && getsFollowUp(status) ? followUpDueOn(finishedAt) : null;
    rows.push({
      tenant_id: tenantId,
      visit_id: newId(),
      centre_unit_id: centreId(key),
      citizen_id: null,
      anonymous_label: nicknames[next(nicknames.length)]!,
      anonymous_description: descriptions[next(descriptions.length)] || null,
      arrival: next(4) === 0 ? 'referred' : 'walk-in',
      needs: needs.sort((a, b) => receptionNeeds.indexOf(a) - receptionNeeds.indexOf(b)),
      note: null,
      status,
      arrived_at: arrivedAt,
      registered_by: registrar(key),
      worker_user_id: handedOverAt ? registrar(key) : null,
      handed_over_at: handedOverAt,
      finished_at: finishedAt,
      follow_up_due_on: dueOn,
      // Follow-ups from before were done on their day; today's are still open.
      follow_up_done_at: dueOn && dueOn < today ? danishTime(dueOn, 11, 0) : null,
      follow_up_done_by: dueOn && dueOn < today ? registrar(key) : null,
      ...extra,
    });
  };

  // Seven weeks back, weekdays only, until yesterday.
  for (let daysAgo = 49; daysAgo >= 1; daysAgo -= 1) {
    const date = addDays(today, -daysAgo);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const key of centres) {
      const count = visitsPerWeekday[key] + (next(3) === 0 ? 1 : 0) - (key === 'hadsundvej' && next(2) === 0 ? 1 : 0);
      for (let i = 0; i < count; i += 1) visitAt(key, danishTime(date, 9 + next(6), next(60)), next(6) === 0 ? 'left' : 'done');
    }
  }

  // Today's queue, relative to now so the waiting times read naturally whenever the demo starts.
  const queue: [CentreKey, number, VisitStatus][] = [
    ['perron4', -50, 'with-worker'],
    ['perron4', -35, 'waiting'],
    ['perron4', -12, 'waiting'],
    ['slotsgaarden', -40, 'with-worker'],
    ['slotsgaarden', -8, 'waiting'],
    ['hadsundvej', -20, 'waiting'],
  ];
  for (const [key, delta, status] of queue) {
    if (!centres.includes(key)) continue;
    visitAt(key, minutes(now, delta), status);
    const visit = rows.at(-1)!;
    if (status === 'with-worker') Object.assign(visit, { handed_over_at: minutes(now, delta + 15), worker_user_id: registrar(key) });
  }

  // Sara (DEMO.md): came to Perron 4 sixteen days ago for company to the treatment centre and a meal; she gave only her
  // first name. The next day Sofie Laursen from her team merged the visit into her record. The follow-up is overdue.
  const sara = await trx.selectFrom('citizen').select('citizen_id').where('tenant_id', '=', tenantId).where('first_name', '=', 'Sara').where('last_name', '=', 'Ahmadi').executeTakeFirst();
  const sofie = userByName.get('Sofie Laursen');
  if (sara && sofie && centres.includes('perron4')) {
    const day = addDays(today, -16);
    const arrivedAt = danishTime(day, 10, 5);
    const finishedAt = danishTime(day, 12, 40);
    rows.push({
      tenant_id: tenantId,
      visit_id: newId(),
      centre_unit_id: centreId('perron4'),
      citizen_id: sara.citizen_id,
      anonymous_label: null,
      anonymous_description: null,
      arrival: 'walk-in',
      needs: ['accompany-treatment', 'meal'] satisfies ReceptionNeed[],
      note: 'Fulgt til Rusmiddelcenter Randers kl. 11. Spiste med bagefter.',
      status: 'done',
      arrived_at: arrivedAt,
      registered_by: registrar('perron4'),
      worker_user_id: registrar('perron4'),
      handed_over_at: minutes(arrivedAt, 10),
      finished_at: finishedAt,
      follow_up_due_on: followUpDueOn(finishedAt),
      merged_at: danishTime(addDays(day, 1), 9, 30),
      merged_by: sofie,
      version: 4,
    });
  }
  await trx.insertInto('reception_visit').values(rows).execute();
}

/**
 * A demo database from before the reception centres gets them on its next start, once: only while the municipality
 * has neither a reception visit nor a unit flagged as a reception centre. Units are found by their seed names.
 */
export async function loadDemoReceptionIfMissing(
  db: Kysely<Database>,
  municipality: { tenantId: string; units: readonly { key: string; name: string; units: readonly { key: string; name: string }[] }[] },
  now = new Date(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const { tenantId } = municipality;
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', tenantId).forUpdate().executeTakeFirstOrThrow();
    const visit = await trx.selectFrom('reception_visit').select('visit_id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst();
    const flagged = await trx.selectFrom('org_unit').select('unit_id').where('tenant_id', '=', tenantId).where('is_reception_centre', '=', true).limit(1).executeTakeFirst();
    if (visit || flagged) return false;
    const units = await trx.selectFrom('org_unit').select(['unit_id', 'name', 'parent_unit_id']).where('tenant_id', '=', tenantId).execute();
    const unitIds = new Map<string, string>();
    for (const centre of municipality.units) {
      const centreRow = units.find((u) => u.parent_unit_id === null && u.name === centre.name);
      for (const child of centre.units) {
        const row = centreRow && units.find((u) => u.parent_unit_id === centreRow.unit_id && u.name === child.name);
        if (row) unitIds.set(child.key, row.unit_id);
      }
    }
    const personas = await trx.selectFrom('app_user').select(['user_id', 'demo_key']).where('tenant_id', '=', tenantId).where('demo_key', 'is not', null).execute();
    const userIds = new Map(personas.map((p) => [p.demo_key!, p.user_id]));
    await loadDemoReception(trx, { tenantId, unitIds, userIds }, now);
    return true;
  });
}
