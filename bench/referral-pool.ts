import type { Insertable, Kysely } from 'kysely';
import { copenhagenToday } from '../src/domain/copenhagen-time.js';
import type { ReferralState } from '../src/domain/referral-state.js';
import { addDanishWorkingDays } from '../src/domain/working-days.js';
import { ANSWER_WORKING_DAYS } from '../src/features/generator/referral-rows.js';
import type { ReferralEventTable, ReferralTable } from '../src/platform/db/schema-catalogue.js';
import type { Database } from '../src/platform/db/schema.js';
import { newId } from '../src/platform/ids.js';

/**
 * The referral scenario's pool: open referrals to the bench unit, which its staff member moves on one legal step a
 * request. The generator reserves just-sent referrals for it (report.referralBench); a kept database uses them up run
 * by run, so setup sends new ones, as workers would, when what is left might not last a run.
 */
export interface PoolReferral {
  id: string;
  state: ReferralState;
  version: number;
}

/** The receiver's way forward: each step is legal for staff of the receiving unit (domain/referral-state.ts). */
export const nextState: Partial<Record<ReferralState, ReferralState>> = { sent: 'received', received: 'accepted', accepted: 'started', started: 'completed' };

/** How many more state changes the pool can take. */
export const movesLeft = (pool: readonly PoolReferral[]) => pool.reduce((n, r) => n + ['started', 'accepted', 'received', 'sent'].indexOf(r.state) + 1, 0);

/** The unit's open referrals that someone else sent (the receiver's own would make them the sender too), oldest first. */
export async function openReferralsOf(db: Kysely<Database>, tenantId: string, unitId: string, receiverUserId: string): Promise<PoolReferral[]> {
  const rows = await db
    .selectFrom('referral')
    .select(['referral_id', 'state', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('receiving_unit_id', '=', unitId)
    .where('state', 'in', ['sent', 'received', 'accepted', 'started'])
    .where('sender_user_id', '!=', receiverUserId)
    .orderBy('sent_at')
    .orderBy('referral_id')
    .execute();
  return rows.map((r) => ({ id: r.referral_id, state: r.state, version: r.version }));
}

/**
 * Sends `count` new referrals to the unit's published offers, each from a staff member on the citizen's team (not the
 * receiver), as POST /api/v1/referrals would store them: the referral with its answer deadline and the history's first
 * step. A citizen is not referred twice to an offer while a referral of the two is open.
 */
export async function sendPoolReferrals(db: Kysely<Database>, tenantId: string, unitId: string, receiverUserId: string, count: number, now: Date): Promise<number> {
  const offers = await db
    .selectFrom('offer')
    .select('offer_id')
    .where('tenant_id', '=', tenantId)
    .where('owner_unit_id', '=', unitId)
    .where('lifecycle', '=', 'published')
    .orderBy('offer_id')
    .execute();
  const senders = await db
    .selectFrom('citizen_team_member as t')
    .innerJoin('app_user as u', (join) => join.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.user_id', '=', 't.user_id'))
    .distinctOn('t.citizen_id')
    .select(['t.citizen_id', 't.user_id', 'u.org_unit_id'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.user_id', '!=', receiverUserId)
    .orderBy('t.citizen_id')
    .orderBy('t.user_id')
    .execute();
  const open = await db
    .selectFrom('referral')
    .select(['citizen_id', 'offer_id'])
    .where('tenant_id', '=', tenantId)
    .where('receiving_unit_id', '=', unitId)
    .where('state', 'in', ['sent', 'received', 'accepted', 'started'])
    .execute();
  const taken = new Set(open.map((r) => `${r.citizen_id} ${r.offer_id}`));
  const answerDueOn = addDanishWorkingDays(copenhagenToday(now), ANSWER_WORKING_DAYS);
  const referrals: Insertable<ReferralTable>[] = [];
  const events: Insertable<ReferralEventTable>[] = [];
  for (let k = 0; k < offers.length * senders.length && events.length < count; k++) {
    const sender = senders[k % senders.length]!;
    const offer = offers[Math.floor(k / senders.length)]!;
    if (taken.has(`${sender.citizen_id} ${offer.offer_id}`)) continue;
    const referralId = newId();
    referrals.push({
      tenant_id: tenantId, referral_id: referralId, citizen_id: sender.citizen_id, offer_id: offer.offer_id, receiving_unit_id: unitId, kind: 'worker',
      sender_user_id: sender.user_id, sender_unit_id: sender.org_unit_id, state: 'sent', reason: null, message: 'Sendt til benchmarkens pulje.',
      sent_at: now, answered_at: null, answer_due_on: answerDueOn, created_at: now, updated_at: now,
    });
    events.push({ tenant_id: tenantId, event_id: newId(), referral_id: referralId, from_state: null, to_state: 'sent', reason: null, actor_user_id: sender.user_id, occurred_at: now });
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < events.length; i += 1000) {
      await trx.insertInto('referral').values(referrals.slice(i, i + 1000)).execute();
      await trx.insertInto('referral_event').values(events.slice(i, i + 1000)).execute();
    }
  });
  return events.length;
}

export interface PlannedMove {
  path: string;
  body: string;
  answered(status: number): void;
}

/**
 * Hands out the pool's next legal move, round-robin over the referrals so that the steps of one referral lie a whole
 * round apart. A referral whose request is still out is passed over until its answer comes; an answer other than 2xx
 * takes the referral out (its state is then unknown), so one failure never makes the next request illegal too.
 */
export function poolMoves(pool: PoolReferral[]): () => PlannedMove {
  const busy = new Uint8Array(pool.length);
  let cursor = 0;
  return () => {
    for (let scanned = 0; scanned < pool.length; scanned++, cursor = (cursor + 1) % pool.length) {
      const referral = pool[cursor]!;
      const to = nextState[referral.state];
      if (busy[cursor] || !to) continue;
      const index = cursor;
      busy[index] = 1;
      cursor = (cursor + 1) % pool.length;
      return {
        path: `/api/v1/referrals/${referral.id}`,
        body: JSON.stringify({ state: to, version: referral.version }),
        answered(status) {
          busy[index] = 0;
          if (status >= 200 && status < 300) {
            referral.state = to;
            referral.version += 1;
          } else {
            referral.state = 'stopped';
          }
        },
      };
    }
    throw new Error(`referral: the pool of ${pool.length} referrals has no legal move left; run again (setup sends more) or use --fresh`);
  };
}
