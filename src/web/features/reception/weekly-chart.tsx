import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartPoint {
  /** ISO week, e.g. 2026-W48. */
  week: string;
  /** A count, or "<5" when it is too small to show. */
  count: number | string;
}

const width = 640;
const height = 240;
const margin = { top: 28, right: 8, bottom: 36, left: 8 };

/** "2026-W48" → "48". */
export const weekNumber = (week: string) => String(Number(week.slice(-2)));

/**
 * Visits per week as an SVG bar chart. Every bar carries its number as text, so nothing depends on colour or on
 * reading the height; a too-small count is drawn as a short dashed bar labelled "<5". The chart is an image with a
 * text alternative naming every week's figure, and the table next to it holds the same numbers.
 */
export function WeeklyChart({ title, points }: { title: string; points: ChartPoint[] }) {
  const { t } = useTranslation('reception');
  const id = useId();
  const numbers = points.map((p) => (typeof p.count === 'number' ? p.count : 0));
  const max = Math.max(5, ...numbers);
  const plotHeight = height - margin.top - margin.bottom;
  const slot = (width - margin.left - margin.right) / Math.max(1, points.length);
  const barWidth = Math.min(48, slot * 0.6);
  const summary = t('statistics.chartSummary', { weeks: points.map((p) => t('statistics.chartPoint', { week: weekNumber(p.week), value: String(p.count) })).join(', ') });

  return (
    <svg className="weekly-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} className="weekly-chart-axis" />
      {points.map((point, index) => {
        const suppressed = typeof point.count !== 'number';
        // A suppressed count is somewhere from 1 to 4: drawn low and dashed, never as an exact height.
        const value = suppressed ? Math.min(2, max) : (point.count as number);
        const barHeight = (value / max) * plotHeight;
        const x = margin.left + slot * index + (slot - barWidth) / 2;
        const y = height - margin.bottom - barHeight;
        return (
          <g key={point.week}>
            {value > 0 && <rect x={x} y={y} width={barWidth} height={barHeight} className={suppressed ? 'weekly-chart-bar weekly-chart-bar--suppressed' : 'weekly-chart-bar'} />}
            <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="weekly-chart-value">
              {String(point.count)}
            </text>
            <text x={x + barWidth / 2} y={height - margin.bottom + 20} textAnchor="middle" className="weekly-chart-label">
              {t('statistics.weekLabel', { week: weekNumber(point.week) })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
