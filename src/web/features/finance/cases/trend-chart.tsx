import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearFigures } from './cases-api.js';
import { millions } from './cases-format.js';

const width = 720;
const height = 300;
const margin = { top: 40, right: 12, bottom: 56, left: 12 };

/**
 * The total cost of the expensive cases per year as an SVG bar chart. Every bar carries its amount in text and the
 * number of cases under its year, and a year not yet over is drawn hatched with "prognose" written under it, so
 * nothing depends on colour or on reading a height. The chart is an image whose title and description say every
 * figure; the table beside it holds the same numbers.
 */
export function TrendChart({ points }: { points: YearFigures[] }) {
  const { t, i18n } = useTranslation('finance');
  const id = useId();
  const max = Math.max(1, ...points.map((p) => p.totalCostOre)) * 1.12;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = (width - margin.left - margin.right) / Math.max(1, points.length);
  const barWidth = Math.min(80, slot * 0.55);
  const summary = t('committee.chartSummary', {
    points: points.map((p) => t(p.complete ? 'committee.chartPoint' : 'committee.chartForecast', { year: p.year, amount: millions(p.totalCostOre, i18n.language), cases: p.cases })).join('; '),
  });
  const hatch = `${id}-hatch`;

  return (
    <svg className="trend-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{t('committee.chartTitle')}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <defs>
        <pattern id={hatch} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" className="trend-chart-hatch-ground" />
          <line x1="0" y1="0" x2="0" y2="8" className="trend-chart-hatch-line" />
        </pattern>
      </defs>
      <text x={margin.left} y={18} className="trend-chart-label">
        {t('committee.chartUnit')}
      </text>
      <line x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} className="trend-chart-axis" />
      {points.map((point, index) => {
        const centre = margin.left + slot * index + slot / 2;
        const barHeight = (point.totalCostOre / max) * plotHeight;
        const top = height - margin.bottom - barHeight;
        return (
          <g key={point.year}>
            {barHeight > 0 && (
              <rect
                x={centre - barWidth / 2}
                y={top}
                width={barWidth}
                height={barHeight}
                className={point.complete ? 'trend-chart-bar' : 'trend-chart-bar trend-chart-bar--forecast'}
                fill={point.complete ? undefined : `url(#${hatch})`}
              />
            )}
            <text x={centre} y={top - 8} textAnchor="middle" className="trend-chart-value">
              {millions(point.totalCostOre, i18n.language)}
            </text>
            <text x={centre} y={height - margin.bottom + 20} textAnchor="middle" className="trend-chart-label">
              {point.complete ? String(point.year) : `${point.year} (${t('committee.forecastMark')})`}
            </text>
            <text x={centre} y={height - margin.bottom + 40} textAnchor="middle" className="trend-chart-cases">
              {`${point.cases} ${t('committee.casesColumn').toLowerCase()}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
