import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatPermille, type SelfSufficiency } from './housing-api.js';

const width = 640;
const height = 280;
const margin = { top: 28, right: 96, bottom: 40, left: 48 };
const gridPercents = [0, 25, 50, 75, 100];

/**
 * The self-sufficiency rate per year as an SVG bar chart against the target. Every bar carries its figure as text and
 * the target is a dashed line named in words, so nothing depends on colour; the chart is an image whose text
 * alternative gives every year's figure and the target, and the table under it holds the same numbers.
 */
export function SelfSufficiencyChart({ data }: { data: SelfSufficiency }) {
  const { t, i18n } = useTranslation('housing');
  const id = useId();
  const language = i18n.language;
  const plotHeight = height - margin.top - margin.bottom;
  const plotWidth = width - margin.left - margin.right;
  const y = (permille: number) => margin.top + plotHeight - (permille / 1000) * plotHeight;
  const slot = plotWidth / Math.max(1, data.years.length);
  const barWidth = Math.min(56, slot * 0.6);
  const target = formatPercent(data.targetPercent, language);
  const yearLabel = (year: SelfSufficiency['years'][number]) => (year.current ? t('selfSufficiency.currentYear', { year: year.year }) : String(year.year));
  const summary = t('selfSufficiency.chartSummary', {
    years: data.years.map((year) => t('selfSufficiency.chartPoint', { year: yearLabel(year), value: year.permille === null ? t('selfSufficiency.noPlacements') : formatPermille(year.permille, language) })).join(', '),
    target,
  });

  return (
    <svg className="housing-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`}>{t('selfSufficiency.chartTitle', { from: data.from, to: data.to })}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {gridPercents.map((percent) => (
        <g key={percent}>
          <line x1={margin.left} x2={width - margin.right} y1={y(percent * 10)} y2={y(percent * 10)} className={percent === 0 ? 'housing-chart-axis' : 'housing-chart-grid'} />
          <text x={margin.left - 6} y={y(percent * 10) + 5} textAnchor="end" className="housing-chart-label">
            {formatPercent(percent, language)}
          </text>
        </g>
      ))}
      {data.years.map((year, index) => {
        const x = margin.left + slot * index + (slot - barWidth) / 2;
        const top = year.permille === null ? y(0) : y(year.permille);
        return (
          <g key={year.year}>
            {year.permille !== null && year.permille > 0 && <rect x={x} y={top} width={barWidth} height={y(0) - top} className={year.current ? 'housing-chart-bar housing-chart-bar--current' : 'housing-chart-bar'} />}
            <text x={x + barWidth / 2} y={top - 6} textAnchor="middle" className="housing-chart-value">
              {formatPermille(year.permille, language)}
            </text>
            <text x={x + barWidth / 2} y={height - margin.bottom + 20} textAnchor="middle" className="housing-chart-label">
              {yearLabel(year)}
            </text>
          </g>
        );
      })}
      <line x1={margin.left} x2={width - margin.right} y1={y(data.targetPercent * 10)} y2={y(data.targetPercent * 10)} className="housing-chart-target" />
      <text x={width - margin.right + 6} y={y(data.targetPercent * 10) + 5} className="housing-chart-target-label">
        {t('selfSufficiency.targetLabel', { target })}
      </text>
    </svg>
  );
}
