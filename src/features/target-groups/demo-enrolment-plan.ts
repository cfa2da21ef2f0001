import type { TargetGroupRowKey } from '../../domain/target-group-rows.js';
import { danishName } from '../generator/danish-names.js';
import { streamFor, type Prng } from '../generator/prng.js';

/**
 * The demo's enrolments behind the target-group overview (DOMAIN §5.5): per Table 1 row and year a number of distinct
 * citizens near Table 1's 2017 figures, moved by a gentle trend, for the current year and the four before; and 2017
 * itself with exactly Table 1's figures. A citizen's time in an offer often runs into the next year (a long-term
 * residence mostly does, a stay at a shelter seldom), and many citizens are in two rows at once (a shelter and drug
 * treatment), so the totals are fewer than the rows' sum. Pure and deterministic: the loader writes what this plans.
 */

export interface PlannedDemoCitizen {
  index: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  cpr: string;
}

export interface PlannedEnrolment {
  citizenIndex: number;
  row: TargetGroupRowKey;
  /** Which of the row's offers (an index into the loader's list for the row). */
  variant: number;
  startedOn: string;
  endedOn: string | null;
}

export interface DemoEnrolmentPlan {
  citizens: PlannedDemoCitizen[];
  enrolments: PlannedEnrolment[];
}

/** Table 1 (2017), and Perron 4's and Slotsgården's drop-in users together (≈ 156 + 100 at Perron 4, ≈ 67 a day at Slotsgården). */
export const TABLE_1_2017: Record<TargetGroupRowKey, number> = {
  'sel85-day': 39, 'sel85-hour': 105, sel103: 3, sel104: 23, sel107: 11, sel108: 9, 'alcohol-residential': 5, 'alcohol-day': 314,
  'drug-day': 317, 'drug-residential': 9, 'drug-youth': 23, sel110: 157, counselling: 16, 'drop-in': 320,
};

/** Yearly change per row from 2017 (more support in one's own home, fewer in residential offers: the plans' direction). */
const trend: Record<TargetGroupRowKey, number> = {
  'sel85-day': 1.02, 'sel85-hour': 1.045, sel103: 1.05, sel104: 1.03, sel107: 1.01, sel108: 0.99, 'alcohol-residential': 1, 'alcohol-day': 0.985,
  'drug-day': 1.01, 'drug-residential': 1, 'drug-youth': 0.97, sel110: 0.985, counselling: 1.04, 'drop-in': 1.01,
};

/** The chance that a citizen's time in the row runs on into the next year. */
const carriesOn: Record<TargetGroupRowKey, number> = {
  'sel85-day': 0.7, 'sel85-hour': 0.55, sel103: 0.8, sel104: 0.6, sel107: 0.45, sel108: 0.85, 'alcohol-residential': 0.05, 'alcohol-day': 0.35,
  'drug-day': 0.45, 'drug-residential': 0.05, 'drug-youth': 0, sel110: 0.15, counselling: 0.1, 'drop-in': 0.5,
};

/** How many offers the loader has for each row (variants are spread over them). */
export type RowVariants = Record<TargetGroupRowKey, number>;

/** Rows whose citizens are often in another row the same year; a new citizen there is one of those about half the time. */
const sharesCitizens: ReadonlySet<TargetGroupRowKey> = new Set(['drop-in', 'drug-day', 'alcohol-day', 'sel110', 'sel85-hour', 'counselling']);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A day of the year between `first` and `last` (dates, both included). */
function dayBetween(prng: Prng, first: string, last: string): string {
  const a = dayNumber(first);
  const b = dayNumber(last);
  return dateOf(a + prng.below(Math.max(1, b - a + 1)));
}

export const DEMO_ENROLMENT_SEED = 2017;

/**
 * Plans the enrolments for `years` (ascending, each a calendar year, the last one the current) and, when `historical`
 * is set, 2017 on its own. `today` caps every date. `takenNames`/`excludedFirstNames` keep synthetic citizens apart
 * from the named demo citizens and personas.
 */
export function planDemoEnrolments(options: { years: number[]; today: string; historical: boolean; variants: RowVariants; excludedFirstNames: ReadonlySet<string>; takenNames: ReadonlySet<string> }): DemoEnrolmentPlan {
  const prng = streamFor(DEMO_ENROLMENT_SEED, 'demo-enrolments');
  const names = streamFor(DEMO_ENROLMENT_SEED, 'demo-enrolment-names');
  const citizens: PlannedDemoCitizen[] = [];
  const enrolments: PlannedEnrolment[] = [];
  const taken = new Set(options.takenNames);
  const cprs = new Set<string>();
  const rows = Object.keys(TABLE_1_2017) as TargetGroupRowKey[];
  const lastYear = options.years.at(-1)!;

  const newCitizen = (youthIn: number | null): number => {
    let name = danishName(names);
    while (options.excludedFirstNames.has(name.firstName) || taken.has(name.fullName)) name = danishName(names);
    taken.add(name.fullName);
    // Adults of every age; a young person under 18 on 1 January of the year of their treatment — and, for the last two
    // years, 14 then, so none is 17 today: a 17-year-old without a transition plan would be a case officer's
    // transition candidate (issue 3), and these citizens are on nobody's team.
    const recent = youthIn !== null && youthIn >= lastYear - 1;
    const birthYear = youthIn === null ? 1945 + prng.below(50) : recent ? youthIn - 15 : youthIn - 17;
    const birthDate = isoDate(birthYear, 1 + prng.below(12), 1 + prng.below(28));
    const index = citizens.length;
    let cpr = '';
    // Serial 4xxx: the seventh digit 4 puts birth years 1937-2036 in the right century (domain/cpr.ts); 9xxx is the
    // other synthetic citizens'. A repeat (same day, same serial) draws again.
    do cpr = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}4${pad(prng.below(1000), 3)}`;
    while (cprs.has(cpr));
    cprs.add(cpr);
    citizens.push({ index, firstName: name.firstName, lastName: name.fullName.slice(name.firstName.length + 1), birthDate, cpr });
    return index;
  };

  /** Fills one row's year up to `target` citizens, given those carried on from the year before. */
  const fillYear = (year: number, target: number, carried: PlannedEnrolment[], row: TargetGroupRowKey, activeThisYear: Map<number, Set<TargetGroupRowKey>>, last: string, mayCarry: boolean): PlannedEnrolment[] => {
    const inRow = new Set(carried.map((e) => e.citizenIndex));
    const spells = [...carried];
    const pool = [...activeThisYear.keys()];
    while (spells.length < target) {
      let who: number | null = null;
      if (row !== 'drug-youth' && sharesCitizens.has(row) && pool.length > 0 && prng.chance(0.45)) {
        const candidate = pool[prng.below(pool.length)]!;
        const rowsOfCandidate = activeThisYear.get(candidate)!;
        if (!inRow.has(candidate) && !rowsOfCandidate.has('drug-youth') && [...rowsOfCandidate].some((r) => sharesCitizens.has(r))) who = candidate;
      }
      who ??= newCitizen(row === 'drug-youth' ? year : null);
      inRow.add(who);
      const startedOn = dayBetween(prng, `${year}-01-01`, last);
      const spell: PlannedEnrolment = { citizenIndex: who, row, variant: prng.below(options.variants[row]), startedOn, endedOn: null };
      spells.push(spell);
      enrolments.push(spell);
    }
    for (const spell of spells) {
      const rowsOf = activeThisYear.get(spell.citizenIndex) ?? new Set<TargetGroupRowKey>();
      rowsOf.add(row);
      activeThisYear.set(spell.citizenIndex, rowsOf);
    }
    // Those who do not carry on end this year, after they began; the current year's keep running or end by today.
    const next: PlannedEnrolment[] = [];
    for (const spell of spells) {
      const lastDay = spell.startedOn > last ? spell.startedOn : last;
      if (mayCarry && prng.chance(carriesOn[row])) next.push(spell);
      else if (!mayCarry && prng.chance(0.7)) spell.endedOn = null;
      else spell.endedOn = dayBetween(prng, spell.startedOn < `${year}-01-01` ? `${year}-01-01` : spell.startedOn, lastDay);
    }
    return next;
  };

  if (options.historical) {
    // 2017 alone: every stay begins and ends in the year, so the year's figures are Table 1's exactly.
    const active = new Map<number, Set<TargetGroupRowKey>>();
    for (const row of rows) fillYear(2017, TABLE_1_2017[row], [], row, active, '2017-12-31', false);
    for (const e of enrolments) if (e.endedOn === null) e.endedOn = dayBetween(prng, e.startedOn, '2017-12-31');
  }

  const carried = new Map<TargetGroupRowKey, PlannedEnrolment[]>(rows.map((r) => [r, []]));
  for (const year of options.years) {
    const active = new Map<number, Set<TargetGroupRowKey>>();
    const current = year === lastYear;
    const last = current ? options.today : `${year}-12-31`;
    for (const row of rows) {
      const target = Math.max(0, Math.round(TABLE_1_2017[row] * trend[row] ** (year - 2017) * (0.96 + prng.next() * 0.08)));
      const carriedOn = carried.get(row)!.slice(0, target);
      // More carried on than this year needs: the rest ended last year after all.
      for (const spell of carried.get(row)!.slice(target)) spell.endedOn = dayBetween(prng, spell.startedOn > `${year - 1}-01-01` ? spell.startedOn : `${year - 1}-01-01`, `${year - 1}-12-31`);
      carried.set(row, fillYear(year, target, carriedOn, row, active, last, !current));
    }
  }
  return { citizens, enrolments };
}
