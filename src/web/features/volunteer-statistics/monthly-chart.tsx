import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from './statistics-format.js';

export interface MonthPoint {
  month: string;
  /** The bar's height; null when there is nothing to show (no bar, an en dash). */
  value: number | null;
  /** The figure as written on the bar and in the text alternative. */
  label: string;
}

const width = 720;
const height = 260;
const margin = { top: 28, right: 8, bottom: 44, left: 8 };
/** More months than this and the bars get no figure each: the table under the chart holds them all. */
const mostLabelledBars = 18;

/**
 * One figure per month as an SVG bar chart in the house style (see the housing chart): every bar carries its figure
 * as text, so nothing depends on colour or on reading a height; the chart is an image whose text alternative names
 * every month's figure, and the table after it holds the same numbers. `max` fixes the scale (a smiley's 3).
 */
export function MonthlyChart({ title, points, max }: { title: string; points: MonthPoint[]; max?: number }) {
  const { t, i18n } = useTranslation('volunteer-statistics');
  const id = useId();
  const top = max ?? Math.max(1, ...points.map((p) => p.value ?? 0));
  const plotHeight = height - margin.top - margin.bottom;
  const slot = (width - margin.left - margin.right) / Math.max(1, points.length);
  const barWidth = Math.min(48, slot * 0.65);
  const labelled = points.length <= mostLabelledBars;
  const summary = t('chart.summary', { points: points.map((p) => t('chart.point', { month: formatMonth(p.month, i18n.language), value: p.value === null ? t('chart.valueMissing') : p.label })).join('; ') });
  const base = height - margin.bottom;

  return (
    <svg className="volunteer-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <line x1={margin.left} x2={width - margin.right} y1={base} y2={base} className="volunteer-chart-axis" />
      {points.map((point, index) => {
        const barHeight = ((point.value ?? 0) / top) * plotHeight;
        const x = margin.left + slot * index + (slot - barWidth) / 2;
        const y = base - barHeight;
        const january = point.month.endsWith('-01') || index === 0;
        return (
          <g key={point.month}>
            {barHeight > 0 && <rect x={x} y={y} width={barWidth} height={barHeight} className="volunteer-chart-bar" />}
            {labelled && (
              <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="volunteer-chart-value">
                {point.value === null ? '–' : point.label}
              </text>
            )}
            {(labelled || index % 3 === 0) && (
              <text x={x + barWidth / 2} y={base + 18} textAnchor="middle" className="volunteer-chart-label">
                {formatMonth(point.month, i18n.language, 'short')}
              </text>
            )}
            {january && (
              <text x={x + barWidth / 2} y={base + 36} textAnchor="middle" className="volunteer-chart-label">
                {point.month.slice(0, 4)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
