import { isoWeekLabel } from './iso-week.js';

/** One centre's count on one Danish calendar day: of visits, or of visits with one need. */
export interface DayCount {
  centreId: string;
  day: string;
  count: number;
}

export interface WeekCounts {
  week: string;
  visits: number;
  /** Visits per need; a visit with two needs counts once under each. */
  needs: Record<string, number>;
}

/**
 * Adds the daily counts up to ISO weeks per centre (leaders read the reception centres week by week). Every centre
 * given gets every week given, with zeros where nobody came, so tables and charts line up.
 */
export function weeklyCountsByCentre(
  centreIds: readonly string[],
  weeks: readonly string[],
  needs: readonly string[],
  visitsPerDay: readonly DayCount[],
  needsPerDay: readonly (DayCount & { need: string })[],
): Map<string, WeekCounts[]> {
  const result = new Map<string, WeekCounts[]>();
  const cells = new Map<string, WeekCounts>();
  for (const centreId of centreIds) {
    const rows = weeks.map((week) => ({ week, visits: 0, needs: Object.fromEntries(needs.map((need) => [need, 0])) }));
    rows.forEach((row) => cells.set(`${centreId}|${row.week}`, row));
    result.set(centreId, rows);
  }
  for (const row of visitsPerDay) {
    const cell = cells.get(`${row.centreId}|${isoWeekLabel(row.day)}`);
    if (cell) cell.visits += row.count;
  }
  for (const row of needsPerDay) {
    const cell = cells.get(`${row.centreId}|${isoWeekLabel(row.day)}`);
    if (cell && row.need in cell.needs) cell.needs[row.need]! += row.count;
  }
  return result;
}
