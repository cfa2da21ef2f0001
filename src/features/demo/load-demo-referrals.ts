import type { Insertable, Kysely } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { PlanPart } from '../../domain/plan-parts.js';
import { finalReferralStates, type ReferralState } from '../../domain/referral-state.js';
import { addDanishWorkingDays } from '../../domain/working-days.js';
import type { NotificationTable, ReferralEventTable } from '../../platform/db/schema-catalogue.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

/**
 * The demo referrals (DEMO.md): Sara is referred to "Kost og uddannelse", which Jobcenter — unge declines with a
 * reason, and then to "Forberedende forløb til uddannelse", which they accept and start; Jonas is referred to the
 * autism centre's youth group, which has read the referral but not answered in time (overdue). Offers are found by
 * their exact names in the demo catalogue, so this runs after the catalogue loader, in the transaction that creates
 * the municipality. Days are counted back from `now`, so the story stays current whenever the demo starts.
 */

interface DemoStep {
  state: ReferralState;
  daysAgo: number;
  reason?: string;
  /** Who made the change, by display name; left out, the step names no one. */
  by?: string;
}

interface DemoReferral {
  citizen: { firstName: string; lastName: string };
  offer: string;
  sender: string;
  message: string;
  sharedParts: PlanPart[];
  sentDaysAgo: number;
  steps: DemoStep[];
}

const ANSWER_WORKING_DAYS = 5;

const demoReferrals: Record<string, DemoReferral[]> = {
  randers: [
    {
      citizen: { firstName: 'Sara', lastName: 'Ahmadi' },
      offer: 'Kost og uddannelse — forløb mod køkkenfaget',
      sender: 'Sofie Laursen',
      message: 'Sara drømmer om at blive ernæringsassistent. Hun vil gerne i gang med et forløb mod køkkenfaget.',
      sharedParts: ['dreams', 'domain:work'],
      sentDaysAgo: 48,
      steps: [{ state: 'declined', daysAgo: 45, reason: 'Holdet kræver dansk og matematik på 9.-klasses niveau, og næste hold starter først til august. Vi foreslår Forberedende forløb til uddannelse først.', by: 'Thomas Bruun' }],
    },
    {
      citizen: { firstName: 'Sara', lastName: 'Ahmadi' },
      offer: 'Forberedende forløb til uddannelse',
      sender: 'Sofie Laursen',
      message: 'Sara vil uddanne sig til ernæringsassistent. Jobcenter — unge foreslog dette forløb som første skridt. Hun møder bedst om formiddagen.',
      sharedParts: ['dreams', 'domain:work'],
      sentDaysAgo: 40,
      steps: [
        { state: 'received', daysAgo: 39, by: 'Thomas Bruun' },
        { state: 'accepted', daysAgo: 37, by: 'Thomas Bruun' },
        { state: 'started', daysAgo: 21, by: 'Thomas Bruun' },
      ],
    },
    {
      citizen: { firstName: 'Jonas', lastName: 'Kristensen' },
      offer: 'Ungegruppen på Autismecentret Gudenåcenteret',
      sender: 'Fatima Yilmaz',
      message: 'Jonas er 17 og på vej over i voksenlivet. Han vil gerne møde andre unge med autisme. Hans forældre kører ham gerne.',
      sharedParts: ['domain:social'],
      sentDaysAgo: 16,
      steps: [{ state: 'received', daysAgo: 14 }],
    },
  ],
};

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Loads the demo referrals of a municipality; returns how many. Something the story needs that is missing (an offer,
 * a citizen, a staff member) fails the load, or — with `missing: 'skip'`, for a demo database the user has changed —
 * leaves that referral out.
 */
export async function loadDemoReferrals(trx: Kysely<Database>, municipality: { tenantId: string; slug: string }, now: Date, options: { missing?: 'fail' | 'skip' } = {}): Promise<number> {
  const referrals = demoReferrals[municipality.slug] ?? [];
  const { tenantId } = municipality;
  let loaded = 0;
  for (const demo of referrals) {
    try {
      await loadOne(trx, tenantId, municipality.slug, demo, now);
      loaded += 1;
    } catch (error) {
      if (!(error instanceof MissingDemoData) || options.missing !== 'skip') throw error;
    }
  }
  return loaded;
}

class MissingDemoData extends Error {}

async function loadOne(trx: Kysely<Database>, tenantId: string, slug: string, demo: DemoReferral, now: Date): Promise<void> {
  const offer = await trx.selectFrom('offer').select(['offer_id', 'owner_unit_id']).where('tenant_id', '=', tenantId).where('name', '=', demo.offer).executeTakeFirst();
  if (!offer?.owner_unit_id) throw new MissingDemoData(`Demo referrals: no offer with an owner unit named "${demo.offer}" in ${slug}`);
  const citizen = await trx
    .selectFrom('citizen')
    .select(['citizen_id', 'user_id'])
    .where('tenant_id', '=', tenantId)
    .where('first_name', '=', demo.citizen.firstName)
    .where('last_name', '=', demo.citizen.lastName)
    .executeTakeFirst();
  if (!citizen) throw new MissingDemoData(`Demo referrals: no citizen ${demo.citizen.firstName} ${demo.citizen.lastName} in ${slug}`);
  const person = async (name: string) => {
    const row = await trx.selectFrom('app_user').select(['user_id', 'org_unit_id']).where('tenant_id', '=', tenantId).where('display_name', '=', name).executeTakeFirst();
    if (!row) throw new MissingDemoData(`Demo referrals: no user named ${name} in ${slug}`);
    return row;
  };
  const sender = await person(demo.sender);
  // Everyone is looked up before anything is written, so a referral left out leaves nothing behind.
  const actors: (string | null)[] = [];
  for (const step of demo.steps) actors.push(step.by ? (await person(step.by)).user_id : null);
  const referralId = newId();
  const sentAt = daysBefore(now, demo.sentDaysAgo);
  const last = demo.steps.at(-1);
  const state = last?.state ?? 'sent';
  const answer = demo.steps.find((s) => s.state === 'accepted' || s.state === 'declined');
  await trx
    .insertInto('referral')
    .values({
      tenant_id: tenantId,
      referral_id: referralId,
      citizen_id: citizen.citizen_id,
      offer_id: offer.offer_id,
      receiving_unit_id: offer.owner_unit_id,
      kind: 'worker',
      sender_user_id: sender.user_id,
      sender_unit_id: sender.org_unit_id,
      state,
      reason: demo.steps.find((s) => s.reason)?.reason ?? null,
      message: demo.message,
      shared_parts: demo.sharedParts,
      sent_at: sentAt,
      answered_at: answer ? daysBefore(now, answer.daysAgo) : null,
      answer_due_on: addDanishWorkingDays(copenhagenToday(sentAt), ANSWER_WORKING_DAYS),
      version: 1 + demo.steps.length,
      created_at: sentAt,
      updated_at: last ? daysBefore(now, last.daysAgo) : sentAt,
    })
    .execute();

  const events: Insertable<ReferralEventTable>[] = [{ tenant_id: tenantId, event_id: newId(), referral_id: referralId, from_state: null, to_state: 'sent', reason: null, actor_user_id: sender.user_id, occurred_at: sentAt }];
  let from: ReferralState = 'sent';
  for (const [index, step] of demo.steps.entries()) {
    const actor = actors[index] ?? null;
    // Answering straight from 'sent' records 'received' first, as the API does (domain/referral-state.ts).
    if (from === 'sent' && (step.state === 'accepted' || step.state === 'declined')) {
      events.push({ tenant_id: tenantId, event_id: newId(), referral_id: referralId, from_state: 'sent', to_state: 'received', reason: null, actor_user_id: actor, occurred_at: daysBefore(now, step.daysAgo) });
      from = 'received';
    }
    events.push({ tenant_id: tenantId, event_id: newId(), referral_id: referralId, from_state: from, to_state: step.state, reason: step.reason ?? null, actor_user_id: actor, occurred_at: daysBefore(now, step.daysAgo) });
    from = step.state;
  }
  await trx.insertInto('referral_event').values(events).execute();

  // The sharing given for the referral; it ended when the referral closed.
  const closedAt = finalReferralStates.has(state) && last ? daysBefore(now, last.daysAgo) : null;
  if (demo.sharedParts.length > 0) {
    await trx
      .insertInto('consent')
      .values(
        demo.sharedParts.map((part) => ({
          tenant_id: tenantId,
          consent_id: newId(),
          citizen_id: citizen.citizen_id,
          grantee_kind: 'unit' as const,
          grantee_id: offer.owner_unit_id!,
          part,
          level: 'view' as const,
          granted_at: sentAt,
          granted_by: sender.user_id,
          withdrawn_at: closedAt,
          withdrawn_by: closedAt ? (events.at(-1)?.actor_user_id ?? null) : null,
          referral_id: referralId,
        })),
      )
      .execute();
  }

  // The notices the loop left: the citizen (with a login) and the sender were told of each answer.
  const notices: Insertable<NotificationTable>[] = [];
  const names = { offer: demo.offer, receiver: (await trx.selectFrom('org_unit').select('name').where('tenant_id', '=', tenantId).where('unit_id', '=', offer.owner_unit_id).executeTakeFirstOrThrow()).name };
  for (const step of demo.steps.filter((s) => s.state !== 'received')) {
    const at = daysBefore(now, step.daysAgo);
    const source = newId();
    if (citizen.user_id) notices.push({ tenant_id: tenantId, notification_id: newId(), user_id: citizen.user_id, kind: 'referral.citizen', payload: JSON.stringify({ referralId, state: step.state, referralKind: 'worker', ...names }), link: '/mine-henvisninger', created_at: at, read_at: at, source_message_id: source });
    notices.push({ tenant_id: tenantId, notification_id: newId(), user_id: sender.user_id, kind: 'referral.sender', payload: JSON.stringify({ referralId, state: step.state, ...names }), link: `/henvisninger/${referralId}`, created_at: at, read_at: at, source_message_id: source });
  }
  if (notices.length > 0) await trx.insertInto('notification').values(notices).execute();
}

/**
 * For a demo municipality created before referrals existed: loads them once, when it has none yet (its catalogue is
 * loaded just before, by loadDemoCatalogueIfMissing). The tenant row is locked, so two starts at once load them once.
 */
export async function loadDemoReferralsIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('referral').select('referral_id').where('tenant_id', '=', municipality.tenantId).limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoReferrals(trx, municipality, now, { missing: 'skip' });
  });
}
