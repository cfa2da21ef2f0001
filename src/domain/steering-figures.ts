/**
 * The shapes of the steering figures that more than one part reads: the indicator series (src/features/indicators)
 * and the target-group overview (src/features/target-groups), which the status reports quote.
 */

/** A figure that could point at a person (fewer than 5 citizens) is not shown: the value is null and `suppressed` set. */
export interface SeriesPoint {
  /** 'YYYY-MM' (month), 'YYYY-Qn' (quarter) or 'YYYY' (year). */
  period: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  suppressed: boolean;
}

export interface IndicatorSeries {
  key: string;
  name: string;
  version: number;
  /** 'count' (citizens or cases), 'share' (0–1), 'mean' (e.g. a rating 1–5). */
  measure: 'count' | 'share' | 'mean';
  period: 'month' | 'quarter' | 'year';
  from: string;
  to: string;
  unitId: string | null;
  points: SeriesPoint[];
}

export interface TargetGroupRow {
  /** What the row counts: an offer type (FFB code or a named type) and/or a legal basis ('SEL §85'). */
  offerType: string | null;
  legalBasis: string | null;
  label: string;
  /** Distinct citizens per year; null where suppressed. */
  years: Record<string, number | null>;
}

export interface TargetGroupOverview {
  fromYear: number;
  toYear: number;
  rows: TargetGroupRow[];
  /** Distinct citizens in any row per year (suppressed like the rows). */
  totals: Record<string, number | null>;
  /** True when no enrolment, referral or granted service falls in the period at all. */
  empty: boolean;
}
