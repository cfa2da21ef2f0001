import { ffbOfferTypes } from '../../domain/ffb-offer-types.js';
import type { Row, TableShape } from './bulk-rows.js';
import type { Catalogue, GeneratedOffer } from './catalogue-model.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import type { CitizenRecord, MunicipalityModel } from './municipality-model.js';
import { streamFor, type Prng } from './prng.js';
import { weightedChoice } from './weighted-choice.js';

/**
 * What the steering figures count (migration 0016), over the five years: enrolments — a citizen's time in an offer —
 * and dated observations of each citizen's employment and housing. Each citizen draws from a stream of its own, so
 * the rows come out the same in any pass and at any scale for the citizens that exist at both.
 *
 * Enrolments are spread over the citizens (some in none, some in many) and over the target-group offers: the
 * catalogue's offers under a paragraph (their name, FFB type, paragraph and owner unit copied, as the API does),
 * alcohol and drug treatment (SUL §141, SEL §101, day and residential, a youth group), and the drop-in centres.
 * The observations follow each citizen's situation as a chain: it mostly stays as it was, sometimes it moves.
 */
const DAY_MS = 86_400_000;

export const steeringShapes = {
  enrolment: { table: 'enrolment', columns: ['tenant_id', 'enrolment_id', 'citizen_id', 'offer_id', 'offer_name', 'offer_type', 'legal_basis', 'unit_id', 'source', 'started_on', 'ended_on', 'created_at'] },
  statusObservation: { table: 'citizen_status_observation', columns: ['tenant_id', 'observation_id', 'citizen_id', 'kind', 'value', 'observed_on', 'unit_id', 'recorded_by', 'created_at'] },
} as const satisfies Record<string, TableShape>;
export type SteeringTable = keyof typeof steeringShapes;
export const steeringTables: readonly SteeringTable[] = ['enrolment', 'statusObservation'];

const code = (display: string) => ffbOfferTypes.find((t) => t.display === display)!.code;

/** Target-group offers that are not in the synthetic catalogue: treatment and drop-in (name, FFB type, paragraph). */
const namedOffers = [
  { name: 'Alkoholbehandling — ambulant', offerType: code('Støtte til behandling'), legalBasis: 'SUL §141', days: [60, 300] },
  { name: 'Alkoholbehandling — døgn', offerType: code('Midlertidigt ophold'), legalBasis: 'SUL §141', days: [20, 90] },
  { name: 'Stofbehandling — ambulant', offerType: code('Støtte til behandling'), legalBasis: 'SEL §101', days: [90, 500] },
  { name: 'Stofbehandling — døgn', offerType: code('Midlertidigt ophold'), legalBasis: 'SEL §101', days: [30, 120] },
  { name: 'Værested', offerType: code('Aktivitets- og samværstilbud'), legalBasis: 'SEL §104', days: [1, 700] },
  { name: 'Anonym rådgivning', offerType: code('Akut rådgivning, omsorg og støtte'), legalBasis: 'SEL §12', days: [1, 60] },
] as const;

/** How long a stay in a catalogue offer runs, by paragraph (days, low and high). */
const daysByBasis: Record<string, readonly [number, number]> = {
  'SEL §85': [120, 1500], 'SEL §103': [300, 1800], 'SEL §104': [90, 1200], 'SEL §107': [90, 700], 'SEL §108': [700, 2500], 'SEL §110': [7, 200],
};
const defaultDays: readonly [number, number] = [30, 400];

/** Where the enrolments go: catalogue offers under a paragraph, or the named treatment and drop-in offers. */
const target = weightedChoice<'catalogue' | number>([['catalogue', 55], [0, 10], [1, 1], [2, 10], [3, 1], [4, 18], [5, 5]]);
const sources = weightedChoice<'referral' | 'direct' | 'walk-in'>([['referral', 60], ['direct', 30], ['walk-in', 10]]);

export const employmentValues = ['job', 'education', 'flex-job', 'sheltered', 'none'] as const;
export const housingValues = ['own-home', 'residential', 'shelter', 'homeless'] as const;
const employmentStart = weightedChoice<(typeof employmentValues)[number]>([['job', 18], ['education', 10], ['flex-job', 12], ['sheltered', 10], ['none', 50]]);
const housingStart = weightedChoice<(typeof housingValues)[number]>([['own-home', 72], ['residential', 16], ['shelter', 6], ['homeless', 6]]);
/** A move, when the situation changes: towards job and own home a little more often than away. */
const employmentMove = weightedChoice<(typeof employmentValues)[number]>([['job', 26], ['education', 18], ['flex-job', 16], ['sheltered', 10], ['none', 30]]);
const housingMove = weightedChoice<(typeof housingValues)[number]>([['own-home', 55], ['residential', 15], ['shelter', 15], ['homeless', 15]]);

export interface SteeringPlan {
  model: MunicipalityModel;
  seed: number;
  /** Catalogue offers under a paragraph (published or archived), by which enrolments copy. */
  offers: GeneratedOffer[];
  /** Enrolments per citizen on average, and observations per citizen, kind and year. */
  enrolmentsPerCitizen: number;
  observationsPerYear: number;
  goLiveDay: number;
  lastDay: number;
}

export function planSteering(model: MunicipalityModel, catalogue: Catalogue, seed: number, enrolments: number, observationsPerYear: number): SteeringPlan {
  const goLiveDay = Math.floor(model.tenant.createdAt.getTime() / DAY_MS) + 1;
  const lastDay = Math.floor(model.periodEndMs / DAY_MS) - 1;
  return {
    model, seed, offers: catalogue.offers.filter((o) => o.lifecycle !== 'draft' && o.legalBasis !== null),
    enrolmentsPerCitizen: model.records.length === 0 ? 0 : enrolments / model.records.length, observationsPerYear, goLiveDay, lastDay,
  };
}

const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const iso = (day: number) => new Date(day * DAY_MS + 9 * 3_600_000).toISOString();
const between = (prng: Prng, [low, high]: readonly [number, number]) => low + prng.below(high - low + 1);

/** How many enrolments a citizen has: 0 to about twice the average, evenly, so the average holds over many. */
function enrolmentCount(prng: Prng, average: number): number {
  const whole = Math.floor(average * 2);
  return prng.chance(average * 2 - whole) ? prng.below(whole + 2) : prng.below(whole + 1);
}

function* enrolmentsOf(plan: SteeringPlan, record: CitizenRecord): Generator<Row> {
  const prng = streamFor(plan.seed, `enrolments:${record.index}`);
  const tenantId = plan.model.tenant.tenantId;
  const count = enrolmentCount(prng, plan.enrolmentsPerCitizen);
  const span = plan.lastDay - plan.goLiveDay;
  for (let i = 0; i < count; i++) {
    const choice = target.pick(prng);
    const started = plan.goLiveDay + prng.below(span + 1);
    let offerId: string | null = null;
    let name: string;
    let offerType: string | null;
    let legalBasis: string | null;
    let unitId: string | null;
    let days: readonly [number, number];
    if (choice === 'catalogue' && plan.offers.length > 0) {
      const offer = plan.offers[prng.below(plan.offers.length)]!;
      ({ offerId, name, offerType, legalBasis } = offer);
      unitId = offer.ownerUnitId ?? record.homeUnitId;
      days = daysByBasis[offer.legalBasis ?? ''] ?? defaultDays;
    } else {
      const named = namedOffers[choice === 'catalogue' ? 4 : choice]!;
      ({ name, offerType, legalBasis } = named);
      unitId = record.homeUnitId;
      days = named.days;
    }
    const end = started + between(prng, days);
    yield [
      tenantId, deterministicUuidV7(started * DAY_MS, prng, record.index * 64 + i), record.citizenId, offerId, name, offerType, legalBasis, unitId,
      choice === 4 ? 'walk-in' : sources.pick(prng), dateOf(started), end > plan.lastDay ? null : dateOf(end), iso(started),
    ];
  }
}

function* observationsOf(plan: SteeringPlan, record: CitizenRecord): Generator<Row> {
  const prng = streamFor(plan.seed, `observations:${record.index}`);
  const tenantId = plan.model.tenant.tenantId;
  const recorder = record.team[0]?.userId ?? null;
  let employment = employmentStart.pick(prng);
  let housing = housingStart.pick(prng);
  let serial = 0;
  const perKind = plan.observationsPerYear;
  // Evenly over the period, a little jitter: about `perKind` observations of each kind a year.
  const years = Math.round((plan.lastDay - plan.goLiveDay) / 365);
  const total = perKind * years;
  const step = (plan.lastDay - plan.goLiveDay) / Math.max(1, total);
  for (let k = 0; k < total; k++) {
    const day = Math.min(plan.lastDay, plan.goLiveDay + Math.floor(k * step + prng.next() * step));
    if (prng.chance(0.18)) employment = employmentMove.pick(prng);
    if (prng.chance(0.15)) housing = housingMove.pick(prng);
    for (const [kind, value] of [['employment', employment], ['housing', housing]] as const) {
      yield [tenantId, deterministicUuidV7(day * DAY_MS, prng, record.index * 256 + serial++), record.citizenId, kind, value, dateOf(day), record.homeUnitId, recorder, iso(day)];
    }
  }
}

export function* steeringRows(plan: SteeringPlan, table: SteeringTable): Generator<Row> {
  for (const record of plan.model.records) yield* table === 'enrolment' ? enrolmentsOf(plan, record) : observationsOf(plan, record);
}

/** Expected rows, for progress. */
export function expectedSteeringRows(plan: SteeringPlan, table: SteeringTable): number {
  const citizens = plan.model.records.length;
  if (table === 'enrolment') return Math.round(plan.enrolmentsPerCitizen * citizens);
  return citizens * 2 * plan.observationsPerYear * Math.round((plan.lastDay - plan.goLiveDay) / 365);
}
