import type { SeriesPoint, TargetGroupOverview } from '../../domain/steering-figures.js';

/**
 * The pure rules of a status report: which indicators a focus area quotes, when a year has no data, how versions are
 * numbered, how focus areas fall into tracks, which strategy quotes the target-group overview, and how a figure is
 * written. No database here, so each is tested on its own (test/unit/status-report-rules.test.ts).
 */

/** The indicator keys of some activities, in the order they first appear, once each (blank keys ignored). */
export function quotedIndicatorKeys(activities: readonly { indicatorKeys: readonly string[] }[]): string[] {
  const keys: string[] = [];
  for (const activity of activities) for (const key of activity.indicatorKeys) if (key.trim() !== '' && !keys.includes(key)) keys.push(key);
  return keys;
}

/**
 * Whether a series has anything to say. A suppressed point means there were citizens (just fewer than five); a
 * share or a mean with a value was measured; a count of 0 every month is "nothing happened", which for the report is
 * the same as no data.
 */
export function seriesHasData(measure: 'count' | 'share' | 'mean', points: readonly Pick<SeriesPoint, 'value' | 'suppressed'>[]): boolean {
  return points.some((p) => p.suppressed || (p.value !== null && (measure !== 'count' || p.value !== 0)));
}

/** A year has no data when no progress note is dated in it, no key figure has data and the target groups are empty. */
export function yearHasNoData(facts: { notesInYear: number; figures: readonly { measure: 'count' | 'share' | 'mean'; points: readonly Pick<SeriesPoint, 'value' | 'suppressed'>[] }[]; targetGroups: Pick<TargetGroupOverview, 'empty'> | null }): boolean {
  if (facts.notesInYear > 0) return false;
  if (facts.figures.some((f) => seriesHasData(f.measure, f.points))) return false;
  return facts.targetGroups === null || facts.targetGroups.empty;
}

/** Said plainly on the report, in the PDF and on the page, when the year has no data. */
export function noDataSentence(strategyName: string, year: number): string {
  return `Der er ingen data for ${year}. Ingen har skrevet fremskridtsnoter om aktiviteterne i ${strategyName} i ${year}, og der er ingen tal for året. Rapporten viser kun aktiviteternes status.`;
}

/** The next version of a strategy's report for a year: one more than the highest so far, 1 for the first. */
export function nextVersion(existing: readonly number[]): number {
  return existing.reduce((max, version) => Math.max(max, version), 0) + 1;
}

/** The report's title, Danish, as it stands in the archive and on the PDF. */
export function reportTitle(strategyName: string, year: number): string {
  return `Status for ${year}: ${strategyName}`.slice(0, 300);
}

/** Focus areas grouped by track in the order the tracks first appear (areas come sorted by number). */
export function groupByTrack<T extends { track: string | null }>(focusAreas: readonly T[]): { name: string | null; focusAreas: T[] }[] {
  const tracks: { name: string | null; focusAreas: T[] }[] = [];
  for (const area of focusAreas) {
    const track = tracks.find((t) => t.name === area.track);
    if (track) track.focusAreas.push(area);
    else tracks.push({ name: area.track, focusAreas: [area] });
  }
  return tracks;
}

/**
 * The plan for socially vulnerable adults and its successor strategy count citizens per offer type (Table 1 of the
 * plan), so their reports quote the target-group overview. Known by key or, for a municipality's own rows, by name.
 */
export function quotesTargetGroups(strategy: { key: string; name: string; kind: string }): boolean {
  if (strategy.kind === 'policy') return false;
  return /vulnerable|udsat|psychiatry/i.test(strategy.key) || /udsat/i.test(strategy.name);
}

/** The five years the overview covers: the report's year and the four before. */
export function targetGroupYears(year: number): { fromYear: number; toYear: number } {
  return { fromYear: year - 4, toYear: year };
}

/** The twelve months of a year as the series range. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01`, to: `${year}-12` };
}

const locales = { da: 'da-DK', en: 'en-GB' } as const;

/** A figure as written on a bar and in a table: a share in percent, a mean with one decimal, a count whole; "–" for none. */
export function figureText(measure: 'count' | 'share' | 'mean', value: number | null, language: 'da' | 'en' = 'da'): string {
  if (value === null) return '–';
  const locale = locales[language];
  if (measure === 'share') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(value * 100)} %`;
  if (measure === 'mean') return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
