import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMillions } from './budget-format.js';

export interface ChartPoint {
  /** What the point is: a follow-up's name, or "today". */
  label: string;
  budgetOre: number;
  forecastOre: number;
}

const width = 720;
const height = 300;
const margin = { top: 36, right: 12, bottom: 48, left: 12 };

/**
 * The year's follow-ups as an SVG chart: per follow-up the forecast as a bar, the budget as a dashed line across it.
 * Every bar and line carries its amount as text, and shape (bar against dashed line) tells them apart, so nothing
 * depends on colour. The chart is an image with a text alternative naming every figure; the tables hold the same.
 */
export function FollowUpChart({ title, points }: { title: string; points: ChartPoint[] }) {
  const { t, i18n } = useTranslation('finance');
  const id = useId();
  const millions = (ore: number) => t('budget.millions', { amount: formatMillions(ore, i18n.language) });
  const max = Math.max(1, ...points.flatMap((p) => [p.budgetOre, p.forecastOre])) * 1.15;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = (width - margin.left - margin.right) / Math.max(1, points.length);
  const barWidth = Math.min(72, slot * 0.45);
  const y = (ore: number) => height - margin.bottom - (Math.max(0, ore) / max) * plotHeight;
  const summary = t('budget.followUps.chartSummary', {
    points: points.map((p) => t('budget.followUps.chartPoint', { label: p.label, budget: millions(p.budgetOre), forecast: millions(p.forecastOre) })).join('; '),
  });

  return (
    <svg className="follow-up-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <text x={margin.left} y={16} className="follow-up-chart-label">
        {t('budget.followUps.chartUnit')}
      </text>
      <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} className="follow-up-chart-axis" />
      {points.map((point, index) => {
        const centre = margin.left + slot * index + slot / 2;
        const barTop = y(point.forecastOre);
        const budgetY = y(point.budgetOre);
        // The forecast's amount sits above the bar, the budget's beside its line, so the two never cover each other.
        return (
          <g key={`${point.label}-${index}`}>
            <rect x={centre - barWidth / 2} y={barTop} width={barWidth} height={height - margin.bottom - barTop} className="follow-up-chart-bar" />
            <line x1={centre - slot * 0.42} x2={centre + slot * 0.42} y1={budgetY} y2={budgetY} className="follow-up-chart-budget" />
            <text x={centre} y={Math.min(barTop, budgetY) - 8} textAnchor="middle" className="follow-up-chart-value">
              {formatMillions(point.forecastOre, i18n.language)}
            </text>
            <text x={centre - slot * 0.42} y={budgetY + (budgetY < barTop ? -6 : 16)} textAnchor="start" className="follow-up-chart-budget-value">
              {formatMillions(point.budgetOre, i18n.language)}
            </text>
            <text x={centre} y={height - margin.bottom + 22} textAnchor="middle" className="follow-up-chart-label">
              {point.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
