import type { ProviderKind } from '../../platform/db/schema-finance.js';
import type { Catalogue, GeneratedOffer } from './catalogue-model.js';
import { deterministicUuidV7 } from './deterministic-id.js';
import { otherMunicipalities, priceIndex, serviceKinds, tailDayRate, tailProviders, type ServiceKind, type ServiceKindKey } from './granted-service-kinds.js';
import type { CitizenRecord, GeneratedUnit, MunicipalityModel } from './municipality-model.js';
import { streamFor, type Prng } from './prng.js';
import { apportion, weightedChoice } from './weighted-choice.js';

/**
 * The cost base of the synthetic municipality (migration 0011): the cases of citizens with granted services, each a
 * few service tracks (support at home, a day offer, a residential placement …) and each track a run of successive
 * decisions: re-priced every 1 January (price regulation), reassessed now and then, a few entered wrongly and
 * withdrawn. The case skeletons (who, which tracks, when, from whom, at what base price) are held in memory, a few
 * per citizen; the decisions are drawn again from each case's own stream in every pass (granted_service, then its
 * versions), so the passes agree without holding 200,000 decisions.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * How the cases are spread over kinds of need (relative weights), for plans imported at go-live and for those begun
 * later: the long-running placements, the expensive ones among them, are mostly old cases.
 */
type CaseProfile = 'light' | 'heavy' | 'day' | 'shared-housing' | 'shelter' | 'residential' | 'tail';
const caseProfiles: readonly CaseProfile[] = ['light', 'heavy', 'day', 'shared-housing', 'shelter', 'residential', 'tail'];
const profileWeights: Record<'imported' | 'later', readonly number[]> = {
  imported: [46.5, 14, 10, 9, 3, 12, 4.5],
  later: [51.9, 14, 10, 7, 6, 8.6, 2.5],
};

export interface ServiceTrack {
  kind: ServiceKind;
  /** UTC day numbers, both included; `to` null: until further notice. */
  from: number;
  to: number | null;
  providerKind: ProviderKind;
  providerName: string;
  offerId: string | null;
  serviceName: string;
  placement: 'inside' | 'outside';
  payingUnitId: string | null;
  /** DKK at 2022 level, and the quantity in hundredths (hours a week, places, units a day). */
  basePrice: number;
  quantity: number;
  tail: boolean;
  /** Decisions on this track, withdrawn ones included. */
  decisions: number;
}

export interface ServiceCase {
  record: CitizenRecord;
  profile: CaseProfile;
  /** The number of the case's first decision among all decisions: with its position, the 32 serial bits of its id. */
  firstSerial: number;
  tracks: ServiceTrack[];
  /** Case officers who decide on the case (the citizen's own first); empty at the smallest scales. */
  deciders: string[];
}

export interface GrantedServicePlan {
  model: MunicipalityModel;
  seed: number;
  cases: ServiceCase[];
  decisions: number;
  goLiveDay: number;
  lastDay: number;
}

const pick = <T>(list: readonly T[], prng: Prng): T => list[prng.below(list.length)]!;
const between = (low: number, high: number, prng: Prng) => low + prng.next() * (high - low);
const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
const dayOfDate = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOfDay = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

interface Providers {
  unitByName: Map<string, GeneratedUnit>;
  unitById: Map<string, GeneratedUnit>;
  /** Catalogue offers (published or archived) by legal basis and provider kind. */
  offers: Map<string, GeneratedOffer[]>;
  organizationName: Map<string, string>;
  organizationsOfKind: Record<'region' | 'private', string[]>;
  socialUnits: GeneratedUnit[];
  authorityCentre: string | null;
}

function providersOf(model: MunicipalityModel, catalogue: Catalogue): Providers {
  const kindOf = new Map(catalogue.organizations.map((o) => [o.organizationId, o.kind]));
  const offers = new Map<string, GeneratedOffer[]>();
  for (const offer of catalogue.offers) {
    if (offer.lifecycle === 'draft' || offer.legalBasis === null) continue;
    const orgKind = kindOf.get(offer.organizationId)!;
    const provider = orgKind === 'municipal' ? 'own' : orgKind;
    const key = `${offer.legalBasis}|${provider}`;
    offers.set(key, [...(offers.get(key) ?? []), offer]);
  }
  const unitByName = new Map(model.units.map((u) => [u.name, u]));
  return {
    unitByName, unitById: new Map(model.units.map((u) => [u.unitId, u])), offers,
    organizationName: new Map(catalogue.organizations.map((o) => [o.organizationId, o.name])),
    organizationsOfKind: { region: catalogue.organizations.filter((o) => o.kind === 'region').map((o) => o.name), private: catalogue.organizations.filter((o) => o.kind === 'private').map((o) => o.name) },
    socialUnits: model.units.filter((u) => u.kind === 'unit' && u.area === 'social' && u.citizenWeight > 0),
    authorityCentre: unitByName.get('Center for Handicap og Myndighed')?.unitId ?? null,
  };
}

/** The synthetic catalogue draws names and paragraphs apart: a long-term placement is not in an offer called temporary. */
const fits = (kind: ServiceKind, offer: GeneratedOffer) =>
  kind.key === 'long-term-residence' ? !/midlertidig/i.test(offer.name) : kind.key === 'temporary-residence' ? !/længerevarende/i.test(offer.name) : true;

/** The centre whose budget carries a unit's cost: the unit's centre (a centre carries its own). */
const centreOf = (p: Providers, unitId: string) => p.unitById.get(unitId)?.parentUnitId ?? unitId;

/** Who provides a track, which catalogue offer it is (when one fits), where it is given and which centre pays. */
function provide(p: Providers, kind: ServiceKind, providerKind: ProviderKind, record: CitizenRecord, prng: Prng): Pick<ServiceTrack, 'providerKind' | 'providerName' | 'offerId' | 'serviceName' | 'placement' | 'payingUnitId'> {
  const home = p.unitById.get(record.homeUnitId);
  const homeCentre = home?.area === 'social' ? centreOf(p, home.unitId) : p.authorityCentre;
  const offers = p.offers.get(`${kind.legalBasis}|${providerKind}`) ?? [];
  if (providerKind === 'own') {
    const units = kind.ownUnits.map((name) => p.unitByName.get(name)).filter((u) => u !== undefined);
    const unit = units.length > 0 ? pick(units, prng) : pick(p.socialUnits.length > 0 ? p.socialUnits : [...p.unitById.values()], prng);
    const ofUnit = offers.filter((o) => o.ownerUnitId === unit.unitId && fits(kind, o));
    const offer = ofUnit.length > 0 && prng.chance(0.8) ? pick(ofUnit, prng) : null;
    return { providerKind, providerName: unit.name, offerId: offer?.offerId ?? null, serviceName: offer?.name ?? pick(kind.names, prng), placement: 'inside', payingUnitId: centreOf(p, unit.unitId) };
  }
  if (providerKind === 'other-municipality') {
    return { providerKind, providerName: pick(otherMunicipalities, prng), offerId: null, serviceName: pick(kind.names, prng), placement: 'outside', payingUnitId: homeCentre };
  }
  const fitting = offers.filter((o) => fits(kind, o));
  const offer = fitting.length > 0 && prng.chance(0.75) ? pick(fitting, prng) : null;
  const names = p.organizationsOfKind[providerKind];
  const providerName = offer ? p.organizationName.get(offer.organizationId)! : names.length > 0 ? pick(names, prng) : providerKind === 'region' ? 'Region Midtjylland' : 'Privat leverandør';
  const outside = prng.chance(providerKind === 'region' ? 0.55 : 0.45);
  return { providerKind, providerName, offerId: offer?.offerId ?? null, serviceName: offer?.name ?? pick(kind.names, prng), placement: outside ? 'outside' : 'inside', payingUnitId: homeCentre };
}

function quantityOf(kind: ServiceKindKey, hours: 'light' | 'heavy', prng: Prng): number {
  switch (kind) {
    case 'support-hours':
      return hours === 'light' ? 100 + 50 * prng.below(11) : 600 + 50 * prng.below(29);
    case 'day-offer':
      // Units a day: five, four or three days a week.
      return weightedChoice([[71, 60], [57, 25], [43, 15]] as const).pick(prng);
    default:
      return 100;
  }
}

function track(p: Providers, record: CitizenRecord, key: ServiceKindKey, from: number, to: number | null, prng: Prng, options: { hours?: 'light' | 'heavy'; tail?: boolean } = {}): ServiceTrack {
  const kind = serviceKinds[key];
  const providerKind = options.tail ? tailProviders.pick(prng) : kind.providers.pick(prng);
  const [low, high] = options.tail ? tailDayRate : kind.price[providerKind];
  return {
    // The tail thins out upwards: most expensive cases lie a little above a million, a few far above.
    kind, from, to, ...provide(p, kind, providerKind, record, prng), basePrice: options.tail ? low + (high - low) * prng.next() ** 1.6 : between(low, high, prng), quantity: quantityOf(key, options.hours ?? 'light', prng),
    tail: options.tail === true, decisions: 0,
  };
}

/** A track that comes on top of the case's main one: from its start or within a year, to its end or earlier. */
function addOn(p: Providers, record: CitizenRecord, key: ServiceKindKey, start: number, end: number | null, lastDay: number, prng: Prng, options: { hours?: 'light' | 'heavy' } = {}): ServiceTrack | null {
  const from = prng.chance(0.5) ? start : start + prng.below(365);
  const limit = end ?? lastDay;
  if (from > limit) return null;
  const to = prng.chance(0.25) ? Math.min(limit, from + 90 + prng.below(900)) : end;
  return track(p, record, key, from, to !== null && to >= lastDay ? null : to, prng, options);
}

/** The case's tracks from its profile: when each runs, from whom, at what base price. */
function tracksOf(p: Providers, record: CitizenRecord, profile: CaseProfile, start: number, end: number | null, lastDay: number, prng: Prng): ServiceTrack[] {
  const extra = (key: ServiceKindKey, chance: number, options: { hours?: 'light' | 'heavy' } = {}) => (prng.chance(chance) ? addOn(p, record, key, start, end, lastDay, prng, options) : null);
  const residential = (tail: boolean): ServiceTrack[] => {
    // Some placements start in a temporary offer (§107) and move to a long-term one (§108).
    if (prng.chance(tail ? 0.3 : 0.35)) {
      const moves = start + 200 + prng.below(600);
      if (moves <= (end ?? lastDay)) return [track(p, record, 'temporary-residence', start, moves - 1, prng, { tail }), track(p, record, 'long-term-residence', moves, end, prng, { tail })];
      return [track(p, record, 'temporary-residence', start, end, prng, { tail })];
    }
    return [track(p, record, 'long-term-residence', start, end, prng, { tail })];
  };
  let tracks: (ServiceTrack | null)[];
  switch (profile) {
    case 'light':
      tracks = [track(p, record, 'support-hours', start, end, prng), extra('day-offer', 0.25)];
      break;
    case 'heavy':
      tracks = [track(p, record, 'support-hours', start, end, prng, { hours: 'heavy' }), prng.chance(0.55) ? extra('day-offer', 1) : extra('sheltered-work', 0.5)];
      break;
    case 'day':
      tracks = [track(p, record, prng.chance(0.6) ? 'day-offer' : 'sheltered-work', start, end, prng), extra('support-hours', 0.3)];
      break;
    case 'shared-housing':
      tracks = [track(p, record, 'support-month', start, end, prng), extra('day-offer', 0.5)];
      break;
    case 'shelter': {
      const leaves = Math.min(end ?? lastDay, start + 20 + prng.below(220));
      const after = leaves < (end ?? lastDay) && prng.chance(0.65) ? track(p, record, 'support-hours', leaves + 1, end, prng) : null;
      tracks = [track(p, record, 'shelter', start, leaves >= lastDay ? null : leaves, prng), after];
      break;
    }
    case 'residential':
      tracks = [...residential(false), extra('day-offer', 0.35)];
      break;
    case 'tail':
      tracks = [...residential(true), extra('day-offer', 0.5)];
      break;
  }
  return tracks.filter((t) => t !== null);
}

/** Case officers who decide: those on the citizen's team, else the authority's, else any. */
function decidersOf(model: MunicipalityModel, record: CitizenRecord, authority: readonly string[], officers: readonly string[]): string[] {
  const own = record.team.filter((t) => t.teamRole === 'case-officer').map((t) => t.userId);
  return own.length > 0 ? own : authority.length > 0 ? [...authority] : [...officers];
}

/**
 * Chooses `caseCount` of the citizens (spread over all of them) and lays out their cases; then spreads `decisionCount`
 * decisions over the cases by how many track-years each has, and over each case's tracks by their length.
 */
export function planGrantedServices(model: MunicipalityModel, catalogue: Catalogue, seed: number, caseCount: number, decisionCount: number): GrantedServicePlan {
  const prng = streamFor(seed, 'granted-services');
  const p = providersOf(model, catalogue);
  const goLiveDay = dayOf(model.tenant.createdAt.getTime() + 12 * HOUR_MS);
  const lastDay = dayOf(model.periodEndMs) - (dayOf(model.periodEndMs + 12 * HOUR_MS) > dayOf(model.periodEndMs) ? 0 : 1);
  const firstOfYear = dayOfDate(`${yearOfDay(goLiveDay)}-01-01`);

  // Which citizens have a case: a partial shuffle, then in citizen order.
  const order = model.records.map((r) => r.index);
  const chosen = Math.min(caseCount, order.length);
  for (let i = 0; i < chosen; i++) {
    const j = i + prng.below(order.length - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const caseRecords = order.slice(0, chosen).sort((a, b) => a - b).map((i) => model.records[i]!);
  // Profiles in exact shares, shuffled, so even a small municipality has its few expensive cases.
  const imported = (r: CitizenRecord) => r.planStart < model.tenant.createdAt.getTime() + 31 * DAY_MS;
  const profileLists = { imported: [] as CaseProfile[], later: [] as CaseProfile[] };
  for (const group of ['imported', 'later'] as const) {
    const list = profileLists[group];
    const counts = apportion(caseRecords.filter((r) => imported(r) === (group === 'imported')).length, profileWeights[group]);
    caseProfiles.forEach((profile, i) => list.push(...Array.from({ length: counts[i]! }, () => profile)));
    for (let i = list.length - 1; i > 0; i--) {
      const j = prng.below(i + 1);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  const officers = model.staff.filter((s) => s.roles.includes('case-officer'));
  const authorityUnits = new Set(['Myndighed Voksen', 'Visitation og Bevilling'].map((name) => p.unitByName.get(name)?.unitId));
  const authority = officers.filter((s) => authorityUnits.has(s.unitId)).map((s) => s.userId);
  const cases: ServiceCase[] = caseRecords.map((record) => {
    const own = streamFor(seed, `service-case:${record.index}`);
    // Plans imported at go-live carry their running decisions, re-priced on 1 January that year at the latest.
    const start = imported(record) ? firstOfYear + (own.chance(0.55) ? 0 : own.below(goLiveDay - firstOfYear)) : Math.max(goLiveDay, dayOf(record.planStart) - own.below(30));
    const ends = own.chance(0.5) ? start + 120 + own.below(1500) : null;
    const end = ends !== null && ends < lastDay ? ends : null;
    const profile = profileLists[imported(record) ? 'imported' : 'later'].pop()!;
    return { record, profile, firstSerial: 0, tracks: tracksOf(p, record, profile, Math.min(start, lastDay), end, lastDay, own), deciders: decidersOf(model, record, authority, officers.map((s) => s.userId)) };
  });

  // Every track gets a decision; the rest go by track-years, a case's share then by its tracks' lengths.
  const span = (t: ServiceTrack) => (t.to ?? lastDay) - t.from + 1;
  const baseline = cases.reduce((n, c) => n + c.tracks.length, 0);
  const extra = apportion(Math.max(0, decisionCount - baseline), cases.map((c) => c.tracks.reduce((n, t) => n + span(t), 0) * between(0.7, 1.3, prng)));
  let serial = 0;
  cases.forEach((c, i) => {
    const perTrack = apportion(extra[i]!, c.tracks.map(span));
    c.tracks.forEach((t, k) => (t.decisions = 1 + perTrack[k]!));
    c.firstSerial = serial;
    serial += c.tracks.reduce((n, t) => n + t.decisions, 0);
  });
  return { model, seed, cases, decisions: serial, goLiveDay, lastDay };
}

export interface DecisionVersion {
  at: number;
  by: string | null;
  periodTo: string | null;
  cancelledAt: number | null;
}

/** One decision as the rows hold it; instants in epoch ms, dates as ISO dates. */
export interface DrawnDecision {
  serviceId: string;
  citizenId: string;
  track: ServiceTrack;
  periodFrom: string;
  periodTo: string | null;
  unitPriceOre: number;
  quantityHundredths: number;
  cancelledAt: number | null;
  decidedBy: string | null;
  decidedOn: string;
  note: string | null;
  createdAt: number;
  /** Every saved version, the first as created; the row is the last. */
  versions: DecisionVersion[];
}

const reassessmentNotes = {
  hour: ['Timetal justeret efter revurdering.', 'Revurderet efter opfølgning.', 'Ændret efter møde med borgeren.'],
  day: ['Takst genforhandlet med leverandøren.', 'Revurderet efter opfølgning.', 'Justeret efter ny udredning.'],
  month: ['Revurderet efter opfølgning.', 'Ændret efter møde med borgeren.', 'Justeret efter ny udredning.'],
} as const;
const firstNotes = ['Bevilget efter samtale med borgeren.', 'Bevilget efter udredning.', 'Afgørelse efter ansøgning.'];

/** Cut days of a track into `periods` successive periods: at 1 January first (price regulation), then reassessments. */
function cutsOf(t: ServiceTrack, periods: number, lastDay: number, prng: Prng): number[] {
  const end = t.to ?? lastDay;
  const newYears: number[] = [];
  for (let year = yearOfDay(t.from) + 1; year <= yearOfDay(end); year++) newYears.push(dayOfDate(`${year}-01-01`));
  const wanted = periods - 1;
  if (wanted <= newYears.length) {
    const kept = [...newYears];
    while (kept.length > wanted) kept.splice(prng.below(kept.length), 1);
    return kept;
  }
  const cuts = new Set(newYears);
  for (let tries = 0; cuts.size < wanted && tries < wanted * 30; tries++) {
    const day = t.from + 1 + prng.below(end - t.from);
    // Reassessments a couple of weeks apart at least, while there is room.
    if ([...cuts].every((c) => Math.abs(c - day) >= 14) || tries > wanted * 20) cuts.add(day);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** A moment in working hours (about 08-16 Danish time) on a day. */
const workingMoment = (day: number, prng: Prng) => day * DAY_MS + 7 * HOUR_MS + prng.below(8 * HOUR_MS);

/**
 * The decisions of one case from its own stream, the same in every pass. Each track's decisions are successive
 * periods; a withdrawn decision (entered with a wrong price and replaced) shares its period with the one replacing it.
 */
export function drawCaseDecisions(plan: GrantedServicePlan, c: ServiceCase): DrawnDecision[] {
  const prng = streamFor(plan.seed, `granted-service-decisions:${c.record.index}`);
  const goLiveMs = plan.model.tenant.createdAt.getTime();
  const endMs = plan.model.periodEndMs;
  const decider = () => (c.deciders.length > 0 ? pick(c.deciders, prng) : null);
  let serial = c.firstSerial;
  const out: DrawnDecision[] = [];
  for (const t of c.tracks) {
    const span = (t.to ?? plan.lastDay) - t.from + 1;
    // Withdrawn decisions: one in about seventy, and any decisions a short track has no room for.
    let withdrawn = 0;
    for (let k = 1; k < t.decisions; k++) if (prng.chance(0.014)) withdrawn++;
    const periods = Math.min(t.decisions - withdrawn, Math.max(1, Math.floor(span / 10)));
    withdrawn = t.decisions - periods;
    const cuts = cutsOf(t, periods, plan.lastDay, prng);
    const starts = [t.from, ...cuts];
    const withdrawnAt = new Set<number>();
    while (withdrawnAt.size < Math.min(withdrawn, starts.length)) withdrawnAt.add(prng.below(starts.length));
    let extraWithdrawn = withdrawn - withdrawnAt.size;
    let price = t.basePrice;
    let quantity = t.quantity;
    let previous: DrawnDecision | null = null;
    const trackDecisions: DrawnDecision[] = [];
    starts.forEach((from, k) => {
      const to = k + 1 < starts.length ? starts[k + 1]! - 1 : t.to;
      const newYear = k > 0 && dateOfDay(from).endsWith('-01-01');
      if (k > 0 && !newYear) {
        // A reassessment: the hours change around the first grant; a placement's rate is renegotiated, the expensive
        // ones dearer year by year (the "fordyrelse" of existing cases), never compounding with how often it happens.
        if (t.kind.priceUnit === 'hour') quantity = Math.min(4000, Math.max(50, Math.round((t.quantity * between(0.7, 1.35, prng)) / 25) * 25));
        else if (t.kind.residential) price = t.basePrice * (1 + (t.tail ? 0.03 : 0.01) * ((from - t.from) / 365)) * between(0.98, 1.03, prng);
      }
      const unitPriceOre = Math.max(1, Math.round(price * priceIndex(yearOfDay(from)) * 100));
      const decidedDay = from - (newYear ? 5 + prng.below(25) : k === 0 ? prng.below(30) : prng.below(14));
      const by = decider();
      const note = k === 0 ? (prng.chance(0.3) ? pick(firstNotes, prng) : null) : newYear ? `Pris- og lønregulering ${yearOfDay(from)}.` : pick(reassessmentNotes[t.kind.priceUnit], prng);
      const copies = (withdrawnAt.has(k) ? 1 : 0) + (k === starts.length - 1 ? extraWithdrawn : 0);
      if (k === starts.length - 1) extraWithdrawn = 0;
      // Imported decisions (decided before go-live) were created at go-live, one millisecond apart.
      let createdAt = decidedDay < plan.goLiveDay ? goLiveMs + serial : workingMoment(decidedDay, prng);
      for (let w = 0; w < copies; w++) {
        const cancelledAt = Math.min(endMs - HOUR_MS, createdAt + HOUR_MS + prng.below(5 * 24) * HOUR_MS);
        trackDecisions.push({
          serviceId: deterministicUuidV7(createdAt, prng, serial++), citizenId: c.record.citizenId, track: t, periodFrom: dateOfDay(from), periodTo: to === null ? null : dateOfDay(to),
          unitPriceOre: Math.max(1, Math.round(unitPriceOre * between(0.5, 1.5, prng))), quantityHundredths: quantity, cancelledAt, decidedBy: by, decidedOn: dateOfDay(decidedDay),
          note: 'Fejlregistreret; erstattet af en ny afgørelse.', createdAt,
          versions: [{ at: createdAt, by: decidedDay < plan.goLiveDay ? null : by, periodTo: to === null ? null : dateOfDay(to), cancelledAt: null }, { at: cancelledAt, by, periodTo: to === null ? null : dateOfDay(to), cancelledAt }],
        });
        createdAt = Math.min(endMs - 2 * HOUR_MS, Math.max(createdAt, cancelledAt) + HOUR_MS);
      }
      // Known from the start: the end of a time-limited decision; otherwise it runs until the next one closes it.
      const limited = to !== null && (newYear || k + 1 === starts.length ? prng.chance(0.45) : prng.chance(0.2));
      const decision: DrawnDecision = {
        serviceId: deterministicUuidV7(createdAt, prng, serial++), citizenId: c.record.citizenId, track: t, periodFrom: dateOfDay(from), periodTo: to === null ? null : dateOfDay(to),
        unitPriceOre, quantityHundredths: quantity, cancelledAt: null, decidedBy: by, decidedOn: dateOfDay(decidedDay), note, createdAt,
        versions: [{ at: createdAt, by: decidedDay < plan.goLiveDay ? null : by, periodTo: limited ? dateOfDay(to) : null, cancelledAt: null }],
      };
      if (previous && previous.versions.at(-1)!.periodTo === null) {
        // Both imported: the old decision came in already closed.
        if (decidedDay < plan.goLiveDay) previous.versions[0]!.periodTo = previous.periodTo;
        else closeDecision(previous, Math.max(previous.createdAt + HOUR_MS, decision.createdAt), decider());
      }
      trackDecisions.push(decision);
      previous = decision;
    });
    // A track that ended: its last decision was closed then, unless it was time-limited from the start.
    const last = previous as DrawnDecision | null;
    if (last && t.to !== null && last.versions.at(-1)!.periodTo === null) {
      if (t.to < plan.goLiveDay) last.versions[0]!.periodTo = last.periodTo;
      else closeDecision(last, Math.min(endMs - HOUR_MS, Math.max(last.createdAt + HOUR_MS, workingMoment(Math.max(dayOf(last.createdAt) + 1, t.to - prng.below(14)), prng))), decider());
    }
    out.push(...trackDecisions);
  }
  return out;
}

function closeDecision(d: DrawnDecision, at: number, by: string | null): void {
  d.versions.push({ at, by, periodTo: d.periodTo, cancelledAt: null });
}

/** Decisions of all cases, in case order. */
export function* drawnDecisions(plan: GrantedServicePlan): Generator<DrawnDecision> {
  for (const c of plan.cases) yield* drawCaseDecisions(plan, c);
}
