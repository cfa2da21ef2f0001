import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { ReferralState } from '../../src/domain/referral-state.js';
import { newId } from '../../src/platform/ids.js';
import { catalogueFactory } from './catalogue-factory.js';
import { citizenFactory } from './citizen-factory.js';
import type { TestApp, TestSession } from './test-app.js';

/**
 * The world of the referrals-* tests, inserted as the owner in the demo municipality 'randers' (independent of the
 * demo citizens and catalogue): a citizen linked to 'mikkel' with 'anders' on the team and 'louise' in the network,
 * a few goals, a dream and a meeting in the plan, and offers owned by Perron 4 (where 'jesper' works), by the centre
 * above it, by Slotsgården, by nobody, and a draft.
 * Personas: anders — the sender; jesper — staff of the receiving unit; mette — staff with referral.receive in another
 * unit; mikkel — the citizen; louise — a relative; soeby-camilla — staff of another municipality.
 */
export interface ReferralWorld {
  tenantId: string;
  citizenId: string;
  users: Record<'anders' | 'jesper' | 'mette' | 'mikkel' | 'louise', string>;
  units: { perron4: string; psychiatryCentre: string; slotsgaarden: string };
  offers: { perron4: string; perron4Self: string; centre: string; slotsgaarden: string; draft: string; ownerless: string };
}

export async function createReferralWorld(t: TestApp): Promise<ReferralWorld> {
  const f = citizenFactory(t.database, t.config.cprKey);
  const cat = catalogueFactory(t.database);
  const tenantId = await f.tenantId('randers');
  const citizenId = await f.citizen({ cpr: '120491-1235', firstName: 'Mikkel', lastName: 'Henvisesen', persona: 'mikkel', team: [{ persona: 'anders', teamRole: 'support-worker' }] });
  await f.networkMember(citizenId, { name: 'Louise Henvisesen', relation: 'søster', persona: 'louise' });
  const users = { anders: await f.userId('anders'), jesper: await f.userId('jesper'), mette: await f.userId('mette'), mikkel: await f.userId('mikkel'), louise: await f.userId('louise') };
  const units = { perron4: await cat.unitId(tenantId, 'Perron 4'), psychiatryCentre: await cat.unitId(tenantId, 'Center for Psykiatri og Socialt Udsatte'), slotsgaarden: await cat.unitId(tenantId, 'Slotsgården') };
  const organization = await cat.organization(tenantId, { name: 'Perron 4 (test)', kind: 'municipal', org_unit_id: units.perron4 });
  const offers = {
    perron4: await cat.offer(tenantId, { organization_id: organization, name: 'Samtalegruppe på Perron 4', owner_unit_id: units.perron4 }),
    perron4Self: await cat.offer(tenantId, { organization_id: organization, name: 'Morgenmad på Perron 4', owner_unit_id: units.perron4, self_referral: true }),
    centre: await cat.offer(tenantId, { name: 'Støttekontaktperson i centret', owner_unit_id: units.psychiatryCentre }),
    slotsgaarden: await cat.offer(tenantId, { name: 'Værkstedet på Slotsgården', owner_unit_id: units.slotsgaarden }),
    draft: await cat.offer(tenantId, { name: 'Kommende tilbud på Perron 4', owner_unit_id: units.perron4, lifecycle: 'draft', published_at: null }),
    ownerless: await cat.offer(tenantId, { name: 'Foreningstilbud uden enhed', owner_unit_id: null }),
  };
  await insertPlan(t, tenantId, citizenId, users);
  return { tenantId, citizenId, users, units, offers };
}

/** A goal in health, work and housing, a dream and a planned meeting, so it shows which parts a reader sees. */
async function insertPlan(t: TestApp, tenantId: string, citizenId: string, users: ReferralWorld['users']): Promise<void> {
  const now = new Date();
  const db = t.database.db;
  for (const [domain, title] of [['health', 'Sove bedre om natten'], ['work', 'Arbejde to timer om ugen'], ['housing', 'Klare min egen lejlighed']] as const) {
    await db.insertInto('goal').values({ tenant_id: tenantId, goal_id: newId(), citizen_id: citizenId, domain, title, goal_type: 'develop', created_by: users.anders, created_at: now, updated_at: now }).execute();
  }
  await db.insertInto('dream').values({ tenant_id: tenantId, dream_id: newId(), citizen_id: citizenId, text: 'Arbejde i et havecenter', domain: 'work', created_by: users.mikkel, created_at: now, updated_at: now, archived_at: null }).execute();
  await db
    .insertInto('plan_meeting')
    .values({ tenant_id: tenantId, meeting_id: newId(), citizen_id: citizenId, starts_at: new Date(now.getTime() + 7 * 86_400_000), location: 'Hjemme hos Mikkel', status: 'planned', participants: JSON.stringify([{ name: 'Mikkel', role: 'citizen' }]), agreements: JSON.stringify([]), created_by: users.anders, created_at: now, updated_at: now })
    .execute();
}

/** A referral put straight into a state (history and all), to test the moves out of that state. */
export async function insertReferralIn(t: TestApp, world: ReferralWorld, state: ReferralState, options: { offerId?: string; receivingUnitId?: string; answerDueOn?: string } = {}): Promise<string> {
  const id = newId();
  // A minute before the app's clock, so the changes the test makes come after it in the history.
  const now = new Date(t.clock.now.getTime() - 60_000);
  await t.database.db
    .insertInto('referral')
    .values({
      tenant_id: world.tenantId,
      referral_id: id,
      citizen_id: world.citizenId,
      offer_id: options.offerId ?? world.offers.perron4,
      receiving_unit_id: options.receivingUnitId ?? world.units.perron4,
      kind: 'worker',
      sender_user_id: world.users.anders,
      sender_unit_id: null,
      state,
      reason: null,
      message: 'Indsat af testen',
      shared_parts: [],
      sent_at: now,
      answered_at: null,
      answer_due_on: options.answerDueOn ?? '2099-12-31',
      created_at: now,
      updated_at: now,
    })
    .execute();
  await t.database.db.insertInto('referral_event').values({ tenant_id: world.tenantId, event_id: newId(), referral_id: id, from_state: null, to_state: state, reason: null, actor_user_id: world.users.anders, occurred_at: now }).execute();
  return id;
}

/** Sessions by persona, logged in once per file (again after `forget`, e.g. when the test clock moved). */
export function sessionCache(t: TestApp) {
  const sessions = new Map<string, TestSession>();
  return {
    async as(persona: string): Promise<TestSession> {
      let session = sessions.get(persona);
      if (!session) {
        session = await t.loginAs(persona);
        sessions.set(persona, session);
      }
      return session;
    },
    forget() {
      sessions.clear();
    },
  };
}

export function expectStatus(res: LightMyRequestResponse, status: number): Record<string, any> {
  assert.equal(res.statusCode, status, res.body);
  return res.json() as Record<string, any>;
}

/** Every row of the referral tables, the consents and the outbox, to prove a refused request changed nothing. */
export async function referralTablesState(t: TestApp): Promise<string> {
  const db = t.database.db;
  return JSON.stringify({
    referral: await db.selectFrom('referral').selectAll().orderBy('referral_id').execute(),
    referral_event: await db.selectFrom('referral_event').selectAll().orderBy('event_id').execute(),
    consent: await db.selectFrom('consent').selectAll().orderBy('consent_id').execute(),
    outbox: await db.selectFrom('outbox').select(['message_id', 'topic']).orderBy('message_id').execute(),
  });
}

export async function assertNothingChanged(t: TestApp, fn: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  const before = await referralTablesState(t);
  const res = await fn();
  assert.equal(await referralTablesState(t), before, 'the referral tables, consents and outbox are unchanged');
  return res;
}

/** The outbox messages about one referral, oldest first. */
export async function outboxOf(t: TestApp, referralId: string) {
  const rows = await t.database.db.selectFrom('outbox').selectAll().where('topic', '=', 'referral.changed').orderBy('created_at').orderBy('message_id').execute();
  return rows.filter((r) => (r.payload as { referralId?: string }).referralId === referralId);
}

export async function eventsOf(t: TestApp, referralId: string) {
  return t.database.db.selectFrom('referral_event').selectAll().where('referral_id', '=', referralId).orderBy('occurred_at').orderBy('event_id').execute();
}
