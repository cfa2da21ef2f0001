import { copenhagenToday } from '../../domain/copenhagen-time.js';
import type { ReferralState } from '../../domain/referral-state.js';
import { permissionsOf } from '../../domain/roles.js';
import { addDanishWorkingDays } from '../../domain/working-days.js';
import type { Row, TableShape } from './bulk-rows.js';
import type { Catalogue, GeneratedOffer } from './catalogue-model.js';
import * as words from './catalogue-words.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { CitizenRecord, MunicipalityModel, StaffMember } from './municipality-model.js';
import { streamFor, type Prng } from './prng.js';

/**
 * Referrals of the generated citizens to the published offers over the five years, with every state change in
 * referral_event. Each referral is drawn from a random stream of its own (seed and number), so the referral rows and
 * the event rows are two passes that draw the same referrals. A referral's life runs on from the day it was sent —
 * received within days, answered, started, completed or stopped months later — and is cut at the end of the period,
 * so the old ones are closed and the recent ones still open, as in a real municipality.
 *
 * Besides those, the benchmark's pool: referrals to one unit, all just sent, which a staff member of that unit moves
 * on one request at a time (bench/scenarios.ts, `referral`). They are kept apart in the report.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The default of config.referralAnswerWorkingDays (MESTRING_REFERRAL_ANSWER_DAYS). */
export const ANSWER_WORKING_DAYS = 5;

export const referralShapes = {
  referral: { table: 'referral', columns: ['tenant_id', 'referral_id', 'citizen_id', 'offer_id', 'receiving_unit_id', 'kind', 'sender_user_id', 'sender_unit_id', 'state', 'reason', 'message', 'sent_at', 'answered_at', 'answer_due_on', 'version', 'created_at', 'updated_at'] },
  referralEvent: { table: 'referral_event', columns: ['tenant_id', 'event_id', 'referral_id', 'from_state', 'to_state', 'reason', 'actor_user_id', 'occurred_at'] },
} as const satisfies Record<string, TableShape>;
export type ReferralTable = keyof typeof referralShapes;

/** The unit whose staff member the benchmark logs in as, and the pool of just-sent referrals it receives. */
export interface ReferralBench {
  unitId: string;
  unitName: string;
  userId: string;
  offers: GeneratedOffer[];
}

/** Units the benchmark prefers to receive its pool (they exist at every scale from 0.01 up with a receiving staff member). */
const BENCH_UNITS = ['Rusmiddelcenter', 'Slotsgården', 'Autismecentret Gudenåcenteret', 'Bostøtte Nord'];

const canReceive = (s: StaffMember) => permissionsOf(s.roles).has('referral.receive');

export function chooseReferralBench(model: MunicipalityModel, catalogue: Catalogue): ReferralBench | null {
  const published = catalogue.offers.filter((o) => o.lifecycle === 'published');
  const candidates = [...BENCH_UNITS.map((name) => model.units.find((u) => u.name === name)).filter((u) => u !== undefined), ...model.units];
  for (const unit of candidates) {
    const receiver = model.staff.find((s) => s.unitId === unit.unitId && canReceive(s));
    const offers = published.filter((o) => o.ownerUnitId === unit.unitId);
    if (receiver && offers.length > 0) return { unitId: unit.unitId, unitName: unit.name, userId: receiver.userId, offers };
  }
  return null;
}

interface Step {
  from: ReferralState | null;
  to: ReferralState;
  at: number;
  actor: string | null;
  reason: string | null;
}

interface DrawnReferral {
  referralId: string;
  record: CitizenRecord;
  offer: GeneratedOffer;
  kind: 'worker' | 'self';
  sender: string;
  senderUnit: string | null;
  message: string;
  sentAt: number;
  steps: Step[];
}

export interface ReferralPlan {
  model: MunicipalityModel;
  seed: number;
  /** Referrals of the five years. */
  count: number;
  /** Just-sent referrals for the benchmark, after those. */
  pool: number;
  bench: ReferralBench | null;
  published: GeneratedOffer[];
  staffById: Map<string, StaffMember>;
  /** Staff of each unit who answer its referrals (those with referral.receive, else anyone there). */
  receiversOf: Map<string, string[]>;
  /** Citizens the pool can refer: someone on their team other than the bench's receiver sends it. */
  poolCitizens: CitizenRecord[];
}

export function planReferrals(model: MunicipalityModel, catalogue: Catalogue, seed: number, count: number, poolSize: number): ReferralPlan {
  const bench = chooseReferralBench(model, catalogue);
  const receiversOf = new Map<string, string[]>();
  for (const unit of model.units) {
    const here = model.staff.filter((s) => s.unitId === unit.unitId);
    receiversOf.set(unit.unitId, (here.some(canReceive) ? here.filter(canReceive) : here).map((s) => s.userId));
  }
  const poolCitizens = bench ? model.records.filter((r) => r.team.some((t) => t.userId !== bench.userId)) : [];
  return {
    // Each citizen with each of the unit's offers at most once, as the application refers a citizen to an offer only once at a time.
    model, seed, count, pool: bench ? Math.min(poolSize, poolCitizens.length * bench.offers.length) : 0, bench,
    published: catalogue.offers.filter((o) => o.lifecycle === 'published' && o.ownerUnitId !== null),
    staffById: new Map(model.staff.map((s) => [s.userId, s])), receiversOf, poolCitizens,
  };
}

const pick = <T>(list: readonly T[], prng: Prng): T => list[prng.below(list.length)]!;
/** A moment in working hours (about 08-16 Danish time) on the day of `ms`, never before `ms`'s day starts. */
const workingMoment = (ms: number, prng: Prng) => Math.floor(ms / DAY_MS) * DAY_MS + 7 * HOUR_MS + prng.below(8 * HOUR_MS);
const after = (ms: number, days: number, prng: Prng) => Math.max(ms + HOUR_MS, workingMoment(ms + days * DAY_MS, prng));
const ageAt = (birthDate: string, ms: number) => {
  const at = new Date(ms).toISOString().slice(0, 10);
  const years = Number(at.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return at.slice(5) < birthDate.slice(5) ? years - 1 : years;
};

/** The sender: a support worker or case officer on the citizen's team (anyone on it at the smallest scales). */
function senderOf(record: CitizenRecord, prng: Prng, not?: string): string | null {
  const team = record.team.filter((t) => t.userId !== not);
  const workers = team.filter((t) => t.teamRole !== 'other');
  const from = workers.length > 0 ? workers : team;
  return from.length > 0 ? pick(from, prng).userId : null;
}

/** Which way a referral went, from the day it was sent; steps after the period's end are cut off later. */
function lifeOf(sentAt: number, sender: string, receivers: readonly string[], prng: Prng): Step[] {
  const receiver = () => (receivers.length > 0 ? pick(receivers, prng) : null);
  const steps: Step[] = [{ from: null, to: 'sent', at: sentAt, actor: sender, reason: null }];
  const move = (to: ReferralState, at: number, actor: string | null, reason: string | null = null) => steps.push({ from: steps.at(-1)!.to, to, at, actor, reason });
  if (prng.chance(0.04)) {
    // Withdrawn by the sender before an answer.
    if (prng.chance(0.5)) move('received', after(sentAt, prng.below(3), prng), receiver());
    move('stopped', after(steps.at(-1)!.at, 1 + prng.below(10), prng), sender, pick(words.withdrawReasons, prng));
    return steps;
  }
  const receivedAt = after(sentAt, prng.below(4), prng);
  move('received', receivedAt, receiver());
  // Most answer within the deadline; a few take weeks, which the sender sees flagged.
  const answeredAt = after(receivedAt, prng.chance(0.05) ? 10 + prng.below(30) : prng.below(6), prng);
  if (prng.chance(0.14)) {
    move('declined', answeredAt, receiver(), pick(words.declineReasons, prng));
    return steps;
  }
  move('accepted', answeredAt, receiver());
  if (prng.chance(0.06)) {
    move('stopped', after(answeredAt, 3 + prng.below(30), prng), receiver(), 'Borgeren ønskede ikke at starte alligevel.');
    return steps;
  }
  const startedAt = after(answeredAt, 1 + prng.below(21), prng);
  move('started', startedAt, receiver());
  // A course or a group runs a few weeks to a few months.
  if (prng.chance(0.72)) move('completed', after(startedAt, 14 + prng.below(90), prng), receiver());
  else move('stopped', after(startedAt, 7 + prng.below(80), prng), receiver(), pick(words.stopReasons, prng));
  return steps;
}

/** Referral number `i` of the five years: a citizen, an offer open to their age and published before, a sender. */
function drawReferral(plan: ReferralPlan, i: number): DrawnReferral | null {
  const { model } = plan;
  const prng = streamFor(plan.seed, `referral:${i}`);
  const end = model.periodEndMs;
  const record = pick(model.records, prng);
  let offer = pick(plan.published, prng);
  for (let tries = 0; tries < 6 && offer.minimumAge !== null && ageAt(record.birthDate, end) < offer.minimumAge; tries++) offer = pick(plan.published, prng);
  const from = Math.max(record.planStart, offer.publishedAt!);
  // Drawn towards the start of the citizen's plan, when most referring is done; later years still have more, as more
  // citizens have a plan by then.
  const sentAt = workingMoment(from + prng.next() ** 1.3 * Math.max(0, end - DAY_MS - from), prng);
  const self = offer.selfReferral && prng.chance(0.12);
  const sender = self ? record.userId : senderOf(record, prng);
  if (sender === null || sentAt >= end) return null;
  const steps = lifeOf(sentAt, sender, plan.receiversOf.get(offer.ownerUnitId!) ?? [], prng).filter((s) => s.at < end);
  return {
    referralId: deterministicUuidV7(sentAt, prng, i), record, offer, kind: self ? 'self' : 'worker', sender,
    senderUnit: self ? null : (plan.staffById.get(sender)?.unitId ?? null), message: self ? '' : pick(words.referralMessages, prng), sentAt, steps,
  };
}

/** Pool referral number `j`: each citizen with each of the unit's offers in turn, sent in the period's last fortnight. */
function drawPoolReferral(plan: ReferralPlan, j: number): DrawnReferral | null {
  const bench = plan.bench!;
  const prng = streamFor(plan.seed, `referral-pool:${j}`);
  const record = plan.poolCitizens[j % plan.poolCitizens.length]!;
  const offer = bench.offers[Math.floor(j / plan.poolCitizens.length) % bench.offers.length]!;
  const sender = senderOf(record, prng, bench.userId)!;
  const sentAt = Math.max(offer.publishedAt! + HOUR_MS, workingMoment(plan.model.periodEndMs - (1 + prng.below(14)) * DAY_MS, prng));
  return {
    referralId: deterministicUuidV7(sentAt, prng, plan.count + j), record, offer, kind: 'worker', sender, senderUnit: plan.staffById.get(sender)?.unitId ?? null,
    message: pick(words.referralMessages, prng), sentAt, steps: [{ from: null, to: 'sent', at: sentAt, actor: sender, reason: null }],
  };
}

function* drawnReferrals(plan: ReferralPlan): Generator<DrawnReferral> {
  for (let i = 0; i < plan.count; i++) {
    const drawn = drawReferral(plan, i);
    if (drawn) yield drawn;
  }
  for (let j = 0; j < plan.pool; j++) {
    const drawn = drawPoolReferral(plan, j);
    if (drawn) yield drawn;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

export function* referralRows(plan: ReferralPlan, table: ReferralTable): Generator<Row> {
  const tenantId = plan.model.tenant.tenantId;
  let eventSerial = 0;
  for (const r of drawnReferrals(plan)) {
    if (table === 'referralEvent') {
      // Ids in time order, as the application's uuidv7 makes them; one stream per referral keeps both passes equal.
      const prng = streamFor(plan.seed, `referral-events:${r.referralId}`);
      for (const s of r.steps) yield [tenantId, deterministicUuidV7(s.at, prng, eventSerial++), r.referralId, s.from, s.to, s.reason, s.actor, iso(s.at)];
      continue;
    }
    const last = r.steps.at(-1)!;
    const answer = r.steps.find((s) => s.to === 'accepted' || s.to === 'declined');
    yield [
      tenantId, r.referralId, r.record.citizenId, r.offer.offerId, r.offer.ownerUnitId, r.kind, r.sender, r.senderUnit, last.to, last.reason, r.message,
      iso(r.sentAt), answer ? iso(answer.at) : null, addDanishWorkingDays(copenhagenToday(new Date(r.sentAt)), ANSWER_WORKING_DAYS),
      String(r.steps.length), iso(r.sentAt), iso(last.at),
    ];
  }
}

/** Expected rows, for progress only: a referral has about four steps. */
export function expectedReferralRows(plan: ReferralPlan, table: ReferralTable): number {
  return table === 'referral' ? plan.count + plan.pool : Math.round(plan.count * 4.3 + plan.pool);
}
