import { daysInYear, yearlyCostOre, type PricedPeriod } from '../../domain/service-cost.js';
import { danishName } from '../generator/danish-names.js';
import { streamFor, type Prng } from '../generator/prng.js';

/**
 * The plan of the demo's expensive individual cases: synthetic citizens and their granted services, year by year, so
 * that the committee's figures come from case data. Pure and deterministic (a fixed seed), so every load makes the
 * same people and the same amounts; load-demo-expensive-cases.ts writes them.
 *
 * How the figures come out exactly: each citizen has a yearly cost that grows from year to year (prices rise and cases
 * become heavier, as document 004 says). Decisions are renewed every year at the new price (the yearly price
 * regulation), so a year's cost is the sum of that year's decisions. For every year with a target, the citizens with a
 * whole year of services are ranked by cost; the first `cases` are set above the threshold and their costs scaled so
 * the sum is the target to the øre, the rest kept below it, and citizens who came or left during the year kept below
 * it too. A whole year's cost is then written as a day rate (or an hourly rate) for the main service plus a monthly
 * amount for a day offer — a year of a monthly service costs exactly twelve months — with the day rate chosen so that
 * what is left is a whole number of twelfths. `verifyPlan` recomputes every year with domain/service-cost.ts.
 */

export interface YearTarget {
  cases: number;
  totalOre: number;
}

export interface ExpensiveCaseTargets {
  firstYear: number;
  lastYear: number;
  thresholdOre: number;
  years: Record<number, YearTarget>;
  /** The share of residential placements in own offers, per year (0-1). */
  ownResidentialShare: Record<number, number>;
}

export type CentreKey = 'chm' | 'casl' | 'levemiljoer' | 'psykiatri';

export interface PlannedCitizen {
  index: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** Ten digits: DDMMYY and a serial 9000-9899 (fictional; the demo's named citizens use 99xx). */
  cpr: string;
  targetGroups: string[];
  createdOn: string;
}

export interface PlannedService extends PricedPeriod {
  citizenIndex: number;
  year: number;
  serviceName: string;
  legalBasis: string;
  providerKind: 'own' | 'other-municipality' | 'region' | 'private';
  providerName: string;
  placement: 'inside' | 'outside';
  residential: boolean;
  centre: CentreKey;
  decidedOn: string;
}

export interface ExpensiveCasePlan {
  citizens: PlannedCitizen[];
  services: PlannedService[];
}

const SEED = 20_260_601;
const kroner = (amount: number) => Math.round(amount * 100);

const targetGroupWeights: Record<'residential' | 'home', [string, number][]> = {
  residential: [['intellectual-disability', 30], ['autism', 22], ['mental-vulnerability', 18], ['acquired-brain-injury', 14], ['physical-disability', 8], ['substance-abuse', 5], ['homelessness', 3]],
  home: [['physical-disability', 30], ['acquired-brain-injury', 20], ['mental-vulnerability', 20], ['autism', 15], ['intellectual-disability', 10], ['adhd', 5]],
};
const secondGroup: Record<string, string> = { autism: 'adhd', 'mental-vulnerability': 'substance-abuse', homelessness: 'substance-abuse', 'intellectual-disability': 'autism' };

/** The centre whose budget carries the case (DOMAIN §5.9), by the citizen's main target group. */
const centreOf: Record<string, CentreKey> = {
  'intellectual-disability': 'levemiljoer',
  autism: 'casl',
  'acquired-brain-injury': 'casl',
  adhd: 'casl',
  'mental-vulnerability': 'psykiatri',
  'substance-abuse': 'psykiatri',
  homelessness: 'psykiatri',
  'physical-disability': 'chm',
};

/** The municipality's own residential offers, by target group (units of the demo organisation and Housing plan II). */
const ownResidences: Record<string, string[]> = {
  'intellectual-disability': ['Botilbud Kastaniebo', 'Bostedet Vester Tværvej'],
  autism: ['Bofællesskabet Gl. Stationsvej', 'Autismecentret Gudenåcenteret'],
  'acquired-brain-injury': ['Botilbud Kastaniebo'],
  'mental-vulnerability': ['Ladegården', 'Slotsgården'],
  'substance-abuse': ['Ladegården'],
  homelessness: ['Slotsgården'],
  'physical-disability': ['Botilbud Kastaniebo'],
};

/** Places in other municipalities, the region and private providers (fictional names). */
const externalResidences: { kind: PlannedService['providerKind']; name: string; placement: 'inside' | 'outside'; weight: number }[] = [
  { kind: 'other-municipality', name: 'Favrskov Kommune – Bostedet Engholm', placement: 'outside', weight: 16 },
  { kind: 'other-municipality', name: 'Aarhus Kommune – Bofællesskabet Skjoldhøj', placement: 'outside', weight: 16 },
  { kind: 'other-municipality', name: 'Viborg Kommune – Botilbuddet Kildehuset', placement: 'outside', weight: 12 },
  { kind: 'region', name: 'Region Midtjylland – Specialområde Autisme', placement: 'outside', weight: 14 },
  { kind: 'region', name: 'Region Midtjylland – Specialområde Hjerneskade', placement: 'outside', weight: 10 },
  { kind: 'private', name: 'Opholdsstedet Lindely (privat)', placement: 'outside', weight: 14 },
  { kind: 'private', name: 'Bostedet Solsiden ApS (privat)', placement: 'inside', weight: 10 },
  { kind: 'private', name: 'Botilbuddet Ådalen (privat)', placement: 'outside', weight: 8 },
];

const dayOffers: { legalBasis: string; name: string; provider: string }[] = [
  { legalBasis: 'SEL §104', name: 'Aktivitets- og samværstilbud', provider: 'Aktivitets- og fritidskoordinering' },
  { legalBasis: 'SEL §103', name: 'Beskyttet beskæftigelse', provider: 'Autismecentret Gudenåcenteret' },
  { legalBasis: 'SEL §104', name: 'Særligt tilrettelagt dagtilbud', provider: 'Aktivitets- og fritidskoordinering' },
  { legalBasis: 'SEL §97', name: 'Ledsageordning', provider: 'Bostøtte Nord' },
];

function pick<T>(prng: Prng, items: readonly T[]): T {
  return items[prng.below(items.length)]!;
}

function pickWeighted<T>(prng: Prng, items: readonly [T, number][]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let target = prng.next() * total;
  for (const [item, weight] of items) {
    target -= weight;
    if (target < 0) return item;
  }
  return items[items.length - 1]![0];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** A day from 1 February to 30 November of the year, or up to `latest`. */
function dayInYear(prng: Prng, year: number, latest?: string): string {
  const first = Date.UTC(year, 1, 1);
  const last = latest ? Date.parse(`${latest}T00:00:00Z`) : Date.UTC(year, 10, 30);
  return new Date(first + prng.below(Math.max(1, Math.floor((last - first) / 86_400_000))) * 86_400_000).toISOString().slice(0, 10);
}

interface Person {
  index: number;
  start: string;
  end: string | null;
  residential: boolean;
  /** 'bpa' for round-the-clock assistance at home (SEL §96), 'support' for hours of §85 support. */
  homeKind: 'support' | 'bpa';
  residenceLaw: 'SEL §107' | 'SEL §108';
  targetGroups: string[];
  external: (typeof externalResidences)[number];
  ownResidence: string;
  dayOffer: (typeof dayOffers)[number];
  /** About a third also have a day offer, as a separate decision with a monthly amount. */
  hasDayOffer: boolean;
  /** Share of the yearly cost in the main service. */
  mainShare: number;
  /** Hourly price in øre for care at home. */
  hourlyOre: number;
  /** Stratified key: the citizen's residential placement is in an own offer in the years whose share is above it. */
  ownKey: number;
  /** The cost of a whole year, per year (øre). */
  yearly: Map<number, number>;
}

/** Whole days of the year the person is there. */
function daysThere(person: Person, year: number): number {
  const first = person.start > `${year}-01-01` ? person.start : `${year}-01-01`;
  const last = person.end !== null && person.end < `${year}-12-31` ? person.end : `${year}-12-31`;
  return last < first ? 0 : Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

function drawPeople(targets: ExpensiveCaseTargets, prng: Prng): Person[] {
  const people: Person[] = [];
  const { firstYear, lastYear } = targets;
  const heavyCost = (mean: number) => kroner(1_000_000 + Math.min(4_800_000, -Math.log(1 - prng.next() * 0.999) * mean));
  const moderateCost = () => kroner(480_000 + prng.below(500_000));
  const add = (start: string, firstYearCost: number, fromYear: number) => {
    const residential = prng.chance(firstYearCost > kroner(1_000_000) ? 0.7 : 0.5);
    const main = pickWeighted(prng, targetGroupWeights[residential ? 'residential' : 'home']);
    const second = secondGroup[main] && prng.chance(0.25) ? [secondGroup[main]!] : [];
    const yearly = new Map<number, number>();
    let cost = firstYearCost;
    for (let year = fromYear; year <= lastYear; year += 1) {
      yearly.set(year, Math.round(cost));
      // Prices rise by the regulation and cases grow heavier; a few cases get much heavier or are scaled down.
      const step = prng.chance(0.08) ? 1.22 : prng.chance(0.05) ? 0.78 : 1.03 + prng.next() * 0.08;
      cost *= step;
    }
    people.push({
      index: people.length,
      start,
      end: null,
      residential,
      homeKind: firstYearCost > kroner(1_500_000) ? 'bpa' : 'support',
      residenceLaw: prng.chance(0.75) ? 'SEL §108' : 'SEL §107',
      targetGroups: [main, ...second],
      external: pickWeighted(prng, externalResidences.map((e) => [e, e.weight] as [typeof e, number])),
      ownResidence: pick(prng, ownResidences[main] ?? ['Botilbud Kastaniebo']),
      dayOffer: pick(prng, dayOffers),
      hasDayOffer: prng.chance(0.35),
      mainShare: 0.74 + prng.next() * 0.16,
      hourlyOre: kroner(390 + prng.below(140)),
      ownKey: 0,
      yearly,
    });
  };
  // The cases there at the start of the first year: most above the threshold, some below it.
  for (let i = 0; i < 262; i += 1) add(`${firstYear}-01-01`, i % 4 === 3 ? moderateCost() : heavyCost(340_000), firstYear);
  // New cases every year; the last year's arrive before December, so they are there "today".
  const arrivals: Record<number, number> = { [firstYear]: 26, [firstYear + 1]: 30, [firstYear + 2]: 32, [firstYear + 3]: 30, [lastYear]: 20 };
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (let i = 0; i < (arrivals[year] ?? 20); i += 1) add(dayInYear(prng, year, year === lastYear ? `${year}-10-31` : undefined), prng.chance(0.7) ? heavyCost(430_000) : moderateCost(), year);
  }
  // Some cases end every year (a move, a death, a service no longer needed).
  const departures: Record<number, number> = { [firstYear]: 8, [firstYear + 1]: 12, [firstYear + 2]: 12, [firstYear + 3]: 12, [lastYear]: 10 };
  for (let year = firstYear; year <= lastYear; year += 1) {
    const candidates = people.filter((p) => p.end === null && p.start < `${year}-01-01`);
    for (let i = 0; i < (departures[year] ?? 10) && candidates.length > 0; i += 1) {
      const person = candidates.splice(prng.below(candidates.length), 1)[0]!;
      person.end = dayInYear(prng, year, year === lastYear ? `${year}-10-31` : undefined);
    }
  }
  // Stratified keys (evenly spread, shuffled): each year's share of own placements comes out close to its target.
  const residents = people.filter((p) => p.residential);
  const order = residents.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = prng.below(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  residents.forEach((person, i) => (person.ownKey = (order[i]! + 0.5) / residents.length));
  return people;
}

/**
 * Fixes the year's costs so that exactly `target.cases` citizens are above the threshold, together costing about
 * `target.totalOre` (the prices then settle it to the øre: see planExpensiveCases).
 */
function meetTarget(people: Person[], year: number, target: YearTarget, thresholdOre: number): void {
  const D = daysInYear(year);
  const below = (cost: number) => Math.min(cost, thresholdOre - kroner(8_000) - (cost % kroner(20_000)));
  const whole: Person[] = [];
  for (const person of people) {
    const days = daysThere(person, year);
    if (days === 0) continue;
    const cost = person.yearly.get(year)!;
    if (days === D) whole.push(person);
    // A part of the year stays below the threshold: its cost is the whole-year price times the share of days.
    else if (Math.round((cost * days) / D) >= thresholdOre - kroner(10_000)) person.yearly.set(year, Math.floor(((thresholdOre - kroner(60_000)) * D) / days));
  }
  if (whole.length < target.cases) throw new Error(`expensive-case target for ${year}: only ${whole.length} citizens have the whole year`);
  whole.sort((a, b) => b.yearly.get(year)! - a.yearly.get(year)! || a.index - b.index);
  const above = whole.slice(0, target.cases);
  for (const person of whole.slice(target.cases)) person.yearly.set(year, below(person.yearly.get(year)!));
  // Scale the part above a floor just over the threshold, so every case stays above it and the sum is the target.
  const floor = thresholdOre + kroner(1_000);
  const raised = above.map((p) => Math.max(p.yearly.get(year)!, floor + kroner(2_000) + (p.index % 50) * kroner(500)));
  const excess = raised.reduce((sum, cost) => sum + (cost - floor), 0);
  const factor = (target.totalOre - floor * above.length) / excess;
  if (!(factor > 0)) throw new Error(`expensive-case target for ${year}: the total is too small for ${target.cases} cases`);
  const costs = raised.map((cost) => Math.floor(floor + (cost - floor) * factor));
  costs[0]! += target.totalOre - costs.reduce((sum, cost) => sum + cost, 0);
  above.forEach((person, i) => person.yearly.set(year, costs[i]!));
}

/** The main service's price for a yearly cost: a day rate for a residence, an hourly rate for care at home. */
function mainPrice(person: Person, yearlyOre: number, year: number, withDayOffer: boolean): { priceUnit: 'day' | 'hour'; unitPriceOre: number; quantityHundredths: number } {
  const D = daysInYear(year);
  // The day offer stays within what such an offer costs (at most 35,000 DKK a month); the residence or care is the rest.
  const mainOre = withDayOffer ? yearlyOre * Math.max(person.mainShare, 1 - kroner(420_000) / yearlyOre) : yearlyOre;
  if (person.residential) return { priceUnit: 'day', unitPriceOre: Math.round(mainOre / D), quantityHundredths: 100 };
  // Hours a week at the hourly price; round-the-clock care is 168 hours, beyond that the price is higher (two helpers).
  const hours = Math.min(16_800, Math.max(500, Math.round((mainOre * 700) / (person.hourlyOre * D))));
  return { priceUnit: 'hour', unitPriceOre: Math.floor((mainOre * 700) / (hours * D)), quantityHundredths: hours };
}

/**
 * The year's decisions of one person, priced from the year's cost. Most come close to it with one service (a day rate
 * times days, or an hourly rate); `exact` asks for the cost to the øre, which takes a day offer beside the main service.
 */
function services(person: Person, year: number, targets: ExpensiveCaseTargets, ownThreshold: ReadonlyMap<number, number>, exact = false): PlannedService[] {
  const days = daysThere(person, year);
  if (days === 0) return [];
  const D = daysInYear(year);
  const yearlyOre = person.yearly.get(year)!;
  const periodFrom = person.start > `${year}-01-01` ? person.start : `${year}-01-01`;
  const periodTo = person.end !== null && person.end <= `${year}-12-31` ? person.end : year === targets.lastYear ? null : `${year}-12-31`;
  const withDayOffer = person.hasDayOffer || exact;
  let main = mainPrice(person, yearlyOre, year, withDayOffer);
  let monthlyOre = Math.round((yearlyOre - yearlyCostOre({ ...main, periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` }, year)) / 12);
  if (exact) {
    if (days !== D) throw new Error(`case ${person.index} is not there all of ${year}`);
    // A whole year: lower the main price by the least that leaves a whole number of months for the day offer.
    // (An hourly price moves the cost in steps that may skip some remainders: then a hundredth of an hour more helps.)
    search: for (let extraHours = 0; ; extraHours += 1) {
      for (let step = 0; step < 60; step += 1) {
        const candidate = { ...main, unitPriceOre: main.unitPriceOre - step, quantityHundredths: main.quantityHundredths + (main.priceUnit === 'hour' ? extraHours : 0) };
        const rest = yearlyOre - yearlyCostOre({ ...candidate, periodFrom, periodTo: `${year}-12-31` }, year);
        if (rest % 12 === 0 && rest > 0) {
          main = candidate;
          monthlyOre = rest / 12;
          break search;
        }
      }
      if (extraHours > 20) throw new Error(`no whole-month split for case ${person.index} in ${year}`);
    }
  }
  const own = person.residential && person.ownKey < (ownThreshold.get(year) ?? 0);
  const [group] = person.targetGroups as [string];
  const centre = centreOf[group] ?? 'chm';
  const decidedOn = periodFrom === person.start ? addDays(periodFrom, -14) : `${year - 1}-12-10`;
  const common = { citizenIndex: person.index, year, periodFrom, periodTo, centre, decidedOn };
  const mainService: PlannedService = person.residential
    ? {
        ...common,
        ...main,
        serviceName: person.residenceLaw === 'SEL §108' ? 'Længerevarende botilbud' : 'Midlertidigt botilbud',
        legalBasis: person.residenceLaw,
        providerKind: own ? 'own' : person.external.kind,
        providerName: own ? person.ownResidence : person.external.name,
        placement: own ? 'inside' : person.external.placement,
        residential: true,
      }
    : {
        ...common,
        ...main,
        serviceName: person.homeKind === 'bpa' ? 'Borgerstyret personlig assistance' : 'Socialpædagogisk støtte i eget hjem',
        legalBasis: person.homeKind === 'bpa' ? 'SEL §96' : 'SEL §85',
        providerKind: person.homeKind === 'bpa' ? 'private' : 'own',
        providerName: person.homeKind === 'bpa' ? 'Hjælperhuset BPA (privat)' : 'Bostøtte Nord',
        placement: 'inside',
        residential: false,
      };
  const dayOffer: PlannedService = {
    ...common,
    serviceName: person.dayOffer.name,
    legalBasis: person.dayOffer.legalBasis,
    providerKind: 'own',
    providerName: person.dayOffer.provider,
    placement: 'inside',
    residential: false,
    priceUnit: 'month',
    unitPriceOre: Math.max(kroner(1_000), monthlyOre),
    quantityHundredths: 100,
  };
  return withDayOffer ? [mainService, dayOffer] : [mainService];
}

function drawCitizen(person: Person, prng: Prng, taken: Set<string>, excludedFirstNames: ReadonlySet<string>, lastYear: number): PlannedCitizen {
  let name = danishName(prng);
  while (excludedFirstNames.has(name.firstName) || taken.has(name.fullName)) name = danishName(prng);
  taken.add(name.fullName);
  // Adults throughout: 19 to 80 years old in the last year, those at home with brain injury or a physical disability older.
  const [group] = person.targetGroups as [string];
  const older = group === 'acquired-brain-injury' || group === 'physical-disability';
  const age = older ? 30 + prng.below(50) : 22 + prng.below(45);
  const birthYear = lastYear - age;
  const birthDate = isoDate(birthYear, 1 + prng.below(12), 1 + prng.below(28));
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  // Serial 9xxx: the seventh digit 9 puts birth years 1937-2036 in the right century (domain/cpr.ts).
  const cpr = `${d}${m}${y.slice(2)}9${pad(person.index, 3)}`;
  return { index: person.index, firstName: name.firstName, lastName: name.fullName.slice(name.firstName.length + 1), birthDate, cpr, targetGroups: person.targetGroups, createdOn: addDays(person.start, -21) };
}

/** The day each year's share of own placements is measured on: 1 July, and in the last year any day from 1 November. */
export function referenceDay(year: number, targets: Pick<ExpensiveCaseTargets, 'lastYear'>): string {
  return year === targets.lastYear ? `${year}-11-01` : `${year}-07-01`;
}

/**
 * Per year, the key below which a resident's placement is in an own offer: the share of the residents there on the
 * year's reference day comes out at the target. Never lower than the year before, so a citizen who has moved home
 * to an own offer stays there.
 */
function ownThresholds(people: readonly Person[], targets: ExpensiveCaseTargets): Map<number, number> {
  const thresholds = new Map<number, number>();
  let previous = 0;
  for (let year = targets.firstYear; year <= targets.lastYear; year += 1) {
    const day = referenceDay(year, targets);
    const keys = people.filter((p) => p.residential && p.start <= day && (p.end === null || p.end >= day)).map((p) => p.ownKey).sort((a, b) => a - b);
    const own = Math.round((targets.ownResidentialShare[year] ?? 0) * keys.length);
    const threshold = own === 0 ? 0 : own >= keys.length ? 1 : (keys[own - 1]! + keys[own]!) / 2;
    previous = Math.max(previous, threshold);
    thresholds.set(year, previous);
  }
  return thresholds;
}

export function planExpensiveCases(targets: ExpensiveCaseTargets, excludedFirstNames: ReadonlySet<string> = new Set(), takenNames: ReadonlySet<string> = new Set()): ExpensiveCasePlan {
  const people = drawPeople(targets, streamFor(SEED, 'expensive-cases'));
  if (people.length > 900) throw new Error('the CPR serials 9000-9899 are used up');
  for (const [year, target] of Object.entries(targets.years)) meetTarget(people, Number(year), target, targets.thresholdOre);
  const names = streamFor(SEED, 'expensive-case-names');
  const taken = new Set(takenNames);
  const citizens = people.map((person) => drawCitizen(person, names, taken, excludedFirstNames, targets.lastYear));
  const planned: PlannedService[] = [];
  const ownThreshold = ownThresholds(people, targets);
  for (let year = targets.firstYear; year <= targets.lastYear; year += 1) {
    const target = targets.years[year];
    // In a year with a target, one case takes up what the others' prices leave, to the øre: the largest with care
    // at home, whose hourly price reaches every remainder (a day rate times 366 does not).
    const absorber = target ? people.filter((p) => !p.residential && daysThere(p, year) === daysInYear(year)).sort((a, b) => b.yearly.get(year)! - a.yearly.get(year)! || a.index - b.index)[0] : undefined;
    if (target && (!absorber || absorber.yearly.get(year)! <= targets.thresholdOre)) throw new Error(`expensive-case target for ${year}: no case at home above the threshold to settle the total`);
    let aboveOre = 0;
    for (const person of people) {
      if (person === absorber) continue;
      const decided = services(person, year, targets, ownThreshold);
      const cost = decided.reduce((sum, s) => sum + yearlyCostOre(s, year), 0);
      if (cost > targets.thresholdOre) aboveOre += cost;
      planned.push(...decided);
    }
    if (target && absorber) {
      absorber.yearly.set(year, target.totalOre - aboveOre);
      planned.push(...services(absorber, year, targets, ownThreshold, true));
    }
  }
  return { citizens, services: planned };
}

export interface YearFigures {
  year: number;
  cases: number;
  totalOre: number;
  /** Residential placements on 1 July (or the given day in the last year) and those in own offers. */
  residential: number;
  ownResidential: number;
}

/** The plan's figures recomputed from its services with the pure cost rule: what the database will answer. */
export function planFigures(plan: ExpensiveCasePlan, targets: ExpensiveCaseTargets, today: string): YearFigures[] {
  const figures: YearFigures[] = [];
  for (let year = targets.firstYear; year <= targets.lastYear; year += 1) {
    const perCitizen = new Map<number, number>();
    for (const s of plan.services) perCitizen.set(s.citizenIndex, (perCitizen.get(s.citizenIndex) ?? 0) + yearlyCostOre(s, year));
    const above = [...perCitizen.values()].filter((cost) => cost > targets.thresholdOre);
    const day = year === targets.lastYear ? today : referenceDay(year, targets);
    const active = plan.services.filter((s) => s.residential && s.periodFrom <= day && (s.periodTo === null || s.periodTo >= day));
    figures.push({ year, cases: above.length, totalOre: above.reduce((sum, cost) => sum + cost, 0), residential: active.length, ownResidential: active.filter((s) => s.providerKind === 'own').length });
  }
  return figures;
}

/** Throws unless every year with a target comes out exactly as the target. */
export function verifyPlan(plan: ExpensiveCasePlan, targets: ExpensiveCaseTargets): YearFigures[] {
  const figures = planFigures(plan, targets, `${targets.lastYear}-11-01`);
  for (const f of figures) {
    const target = targets.years[f.year];
    if (target && (f.cases !== target.cases || f.totalOre !== target.totalOre)) {
      throw new Error(`expensive-case plan for ${f.year}: ${f.cases} cases, ${f.totalOre} øre; the target is ${target.cases} cases, ${target.totalOre} øre`);
    }
  }
  return figures;
}
