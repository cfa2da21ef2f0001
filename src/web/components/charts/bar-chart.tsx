import { useId } from 'react';
import './bar-chart.css';

export interface BarPoint {
  /** Unique within the chart ('2024-03', '2024'). */
  key: string;
  /** Under the bar ('mar.', '2024'); empty to leave a bar unlabelled when there are many. */
  axisLabel: string;
  /** A second line under the bar, e.g. the year under January. */
  axisGroup?: string;
  /** The bar's height; null when there is nothing to show (suppressed or no data: no bar, an en dash). */
  value: number | null;
  /** The figure as written on the bar and in the text alternative ('42', '61 %'). */
  label: string;
  /** How the point is read aloud in the text alternative ('marts 2024: 42'). */
  spoken: string;
}

const width = 720;
const height = 260;
const margin = { top: 28, right: 8, bottom: 44, left: 8 };
/** More points than this and the bars get no figure each: the table next to the chart holds them all. */
const mostLabelledBars = 18;

/**
 * One figure per period as an SVG bar chart in the house style: every bar carries its figure as text, so nothing
 * depends on colour or on reading a height; the chart is an image whose text alternative names every figure
 * (`summary` introduces them), and the page shows the same numbers in a table. `max` fixes the scale (1 for shares).
 * It prints as it looks: plain fills and text, no script needed after rendering.
 */
export function BarChart({ title, summary, points, max }: { title: string; summary: string; points: BarPoint[]; max?: number }) {
  const id = useId();
  const top = max ?? Math.max(1, ...points.map((p) => p.value ?? 0));
  const plotHeight = height - margin.top - margin.bottom;
  const slot = (width - margin.left - margin.right) / Math.max(1, points.length);
  const barWidth = Math.min(48, slot * 0.65);
  const labelled = points.length <= mostLabelledBars;
  const base = height - margin.bottom;
  const description = `${summary} ${points.map((p) => p.spoken).join('; ')}.`;

  return (
    <svg className="bar-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={margin.left} x2={width - margin.right} y1={base} y2={base} className="bar-chart-axis" />
      {points.map((point, index) => {
        const barHeight = (Math.max(0, point.value ?? 0) / top) * plotHeight;
        const x = margin.left + slot * index + (slot - barWidth) / 2;
        const y = base - barHeight;
        return (
          <g key={point.key}>
            {barHeight > 0 && <rect x={x} y={y} width={barWidth} height={barHeight} className="bar-chart-bar" />}
            {labelled && (
              <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="bar-chart-value">
                {point.value === null ? '–' : point.label}
              </text>
            )}
            {point.axisLabel && (
              <text x={x + barWidth / 2} y={base + 18} textAnchor="middle" className="bar-chart-label">
                {point.axisLabel}
              </text>
            )}
            {point.axisGroup && (
              <text x={x + barWidth / 2} y={base + 36} textAnchor="middle" className="bar-chart-label">
                {point.axisGroup}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
