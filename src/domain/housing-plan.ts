/**
 * Housing plan II (Boligplan II, DOMAIN §5.8): projects that add or close residential places, and the years the
 * self-sufficiency rate is measured over (DOMAIN §4.4).
 */
export const housingProjectStatuses = ['finished', 'ongoing', 'not-started', 'rejected'] as const;
export type HousingProjectStatus = (typeof housingProjectStatuses)[number];

export interface PlaceChange {
  /** The paragraph the places are under, e.g. "SEL §107". */
  legalBasis: string;
  /** Places gained (positive) or closed (negative). */
  change: number;
}

/**
 * Projects whose places are still to come: an ongoing or not yet started project. A finished project's places are in
 * today's offers (and its citizens already in today's placements); a rejected one never comes.
 */
export function isStillToCome(status: HousingProjectStatus): boolean {
  return status === 'ongoing' || status === 'not-started';
}

/** The net change in places of one project (gains less closures). */
export function netPlaceChange(changes: readonly PlaceChange[]): number {
  return changes.reduce((sum, c) => sum + c.change, 0);
}

type ProjectPlaces = { status: HousingProjectStatus; placeChanges: readonly PlaceChange[] };

/** The net places of the projects with one of the given statuses. */
export function netPlacesOf(projects: readonly ProjectPlaces[], statuses: readonly HousingProjectStatus[]): number {
  return projects.filter((p) => statuses.includes(p.status)).reduce((sum, p) => sum + netPlaceChange(p.placeChanges), 0);
}

/** The net places the plan's unfinished projects will add to the municipality's own offers. */
export function placesStillToCome(projects: readonly ProjectPlaces[]): number {
  return netPlacesOf(projects, housingProjectStatuses.filter(isStillToCome));
}

/** The longest span of years the rate is shown over in one answer. */
export const LONGEST_YEAR_SPAN = 50;

export type YearRangeProblem = 'backwards' | 'too-long' | 'future';

/** What is wrong with a span of years asked for, or null: it must run forwards, cover at most 50 years and not pass this year. */
export function yearRangeProblem(from: number, to: number, currentYear: number): YearRangeProblem | null {
  if (from > to) return 'backwards';
  if (to - from + 1 > LONGEST_YEAR_SPAN) return 'too-long';
  if (to > currentYear) return 'future';
  return null;
}

/**
 * The day each year is measured on: 31 December, or today for the current year (the year is not over).
 * `today` is a Danish calendar date, YYYY-MM-DD.
 */
export function referenceDays(from: number, to: number, today: string): { year: number; day: string; current: boolean }[] {
  const currentYear = Number(today.slice(0, 4));
  const days: { year: number; day: string; current: boolean }[] = [];
  for (let year = from; year <= to; year += 1) {
    const current = year === currentYear;
    days.push({ year, day: current ? today : `${String(year).padStart(4, '0')}-12-31`, current });
  }
  return days;
}
