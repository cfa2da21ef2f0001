import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BarChart, type BarPoint } from '../../components/charts/bar-chart.js';
import { ErrorMessage } from '../../components/error-message.js';
import { controlProps, FieldFrame } from '../../components/form/field-frame.js';
import { SelectField } from '../../components/form/select-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatPeriod, formatValue, type IndicatorDetail, type Measure, type Point } from './indicator-format.js';

interface Choice {
  period: string;
  from: string;
  to: string;
  unit: string;
}

function MonthField({ id, label, hint, error, value, onChange }: { id: string; label: string; hint: string; error?: string; value: string; onChange: (value: string) => void }) {
  const frame = { id, label, hint, ...(error !== undefined && { error }) };
  return (
    <FieldFrame {...frame}>
      <input className="form-input input-width-s" {...controlProps(frame)} type="month" value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}

function cellText(point: Point | undefined, measure: Measure, language: string, t: (key: string) => string): string {
  if (!point) return '';
  if (point.suppressed) return t('detail.hidden');
  if (point.value === null) return t('detail.noValue');
  return formatValue(point.value, measure, language);
}

/** The chart's bars: every figure written on its bar and read in the text alternative; few labels when there are many. */
function barsOf(points: readonly Point[], measure: Measure, language: string, t: (key: string) => string): BarPoint[] {
  const many = points.length > 18;
  return points.map((p, index) => {
    const month = /^\d{4}-\d{2}$/.test(p.period);
    const first = index === 0 || (month ? p.period.endsWith('-01') : p.period.endsWith('-Q1'));
    const short = formatPeriod(p.period, language, 'short');
    return {
      key: p.period,
      axisLabel: many && month ? (Number(p.period.slice(5, 7)) % 3 === 1 ? short : '') : short,
      ...((month || p.period.includes('-Q')) && first && { axisGroup: p.period.slice(0, 4) }),
      value: p.value,
      label: formatValue(p.value, measure, language),
      spoken: `${formatPeriod(p.period, language)}: ${cellText(p, measure, language, t)}`,
    };
  });
}

/**
 * /styring/indikatorer/:key — one indicator: the chosen period kind, months and unit; the chart and the table behind
 * it; the groups of its breakdown; the definition in plain words; the CSV. Aggregates only; the drill-down link is there
 * only for a role that may see its own citizens behind a figure.
 */
export function IndicatorPage() {
  const { key = '' } = useParams();
  const { t, i18n } = useTranslation('indicators');
  const tableId = useId();
  const groupsId = useId();
  const [fields, setFields] = useState<Choice>({ period: '', from: '', to: '', unit: '' });
  const [choice, setChoice] = useState<Choice>({ period: '', from: '', to: '', unit: '' });
  const answer = useApi<IndicatorDetail>(withQuery(`/indicators/${encodeURIComponent(key)}`, { ...choice }));
  const data = answer.data;
  useEffect(() => {
    // The first answer names the defaults; the fields start with them, so the reader sees what is shown.
    if (data) setFields((f) => ({ period: f.period || data.period, from: f.from || data.from, to: f.to || data.to, unit: f.unit }));
  }, [data]);
  const fieldError = (field: string) => (answer.error instanceof ApiError ? answer.error.errors.find((e) => e.path === field)?.message : undefined);
  const set = (field: keyof Choice) => (value: string) => setFields((f) => ({ ...f, [field]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setChoice({ period: fields.period, from: fields.from.trim(), to: fields.to.trim(), unit: fields.unit });
  };
  const csv = data ? `/api/v1${withQuery(`/indicators/${encodeURIComponent(key)}`, { from: data.from, to: data.to, period: data.period, unit: data.unit?.id, format: 'csv' })}` : null;
  const share = data?.measure === 'share';
  const valueHeader = data ? t(data.measure === 'share' ? 'detail.share' : data.measure === 'mean' ? 'detail.mean' : 'detail.value') : '';
  const by = data?.definition.breakdown === 'life-domain' ? t('detail.byLifeDomain') : t('detail.byUnit');

  return (
    <div className="indicators">
      <p className="no-print">
        <Link to="/styring/indikatorer">{t('detail.back')}</Link>
      </p>
      <PageTitle>{data?.name ?? t('list.title')}</PageTitle>
      {data && <p className="font-lead readable">{data.description}</p>}
      <form className="indicator-choice no-print" onSubmit={apply} aria-label={t('period.legend')} noValidate>
        <div className="indicator-choice-fields">
          <SelectField
            id="indicator-period"
            label={t('period.kind')}
            value={fields.period}
            onChange={set('period')}
            options={(['month', 'quarter', 'year'] as const).map((p) => ({ value: p, label: t(`period.${p}`) }))}
          />
          <MonthField id="indicator-from" label={t('period.from')} hint={t('period.monthHint')} error={fieldError('from')} value={fields.from} onChange={set('from')} />
          <MonthField id="indicator-to" label={t('period.to')} hint={t('period.monthHint')} error={fieldError('to')} value={fields.to} onChange={set('to')} />
          <SelectField
            id="indicator-unit"
            label={t('period.unit')}
            hint={t('period.unitHint')}
            {...(fieldError('unit') !== undefined && { error: fieldError('unit') })}
            value={fields.unit}
            onChange={set('unit')}
            options={[{ value: '', label: t('period.allUnits') }, ...(data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))]}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t('period.show')}
        </button>
      </form>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && <Loading />}
      {data && (
        <>
          <p role="status">
            {t('period.shown', { from: formatPeriod(data.from, i18n.language), to: formatPeriod(data.to, i18n.language), where: data.unit?.name ?? t('period.wholeMunicipality') })}
          </p>
          {data.empty && (
            <div className="alert alert-info" role="note">
              <p className="alert-text">{t('detail.empty')}</p>
            </div>
          )}
          <figure className="indicator-figure">
            <BarChart
              title={data.name}
              summary={t('detail.chartSummary', { name: data.name, kind: t(`period.${data.period}`).toLowerCase() })}
              points={barsOf(data.points, data.measure, i18n.language, t)}
              {...(share && { max: 1 })}
            />
          </figure>
          <p className="small-text">{t('detail.suppressedNote')}</p>
          <div className="indicator-table-scroll" role="region" aria-labelledby={tableId} tabIndex={0}>
            <table className="table indicator-table">
              <caption id={tableId}>{t('detail.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('detail.period')}</th>
                  <th scope="col">{valueHeader}</th>
                  {share && <th scope="col">{t('detail.numerator')}</th>}
                  {share && <th scope="col">{t('detail.denominator')}</th>}
                  {data.mayDrillDown && <th scope="col">{t('detail.drillDown')}</th>}
                </tr>
              </thead>
              <tbody>
                {data.points.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{formatPeriod(p.period, i18n.language)}</th>
                    <td>{cellText(p, data.measure, i18n.language, t)}</td>
                    {share && <td>{p.numerator ?? '–'}</td>}
                    {share && <td>{p.denominator ?? '–'}</td>}
                    {data.mayDrillDown && (
                      <td>
                        <Link to={withQuery(`/styring/indikatorer/${encodeURIComponent(key)}/borgere`, { period: p.period, unit: data.unit?.id })} aria-label={t('detail.drillDownLabel', { period: formatPeriod(p.period, i18n.language) })}>
                          {t('detail.drillDown')}
                        </Link>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.groups.length > 0 && (
            <section>
              <h2>{t('detail.groupsHeading', { by })}</h2>
              <div className="indicator-table-scroll" role="region" aria-labelledby={groupsId} tabIndex={0}>
                <table className="table indicator-table">
                  <caption id={groupsId}>{t('detail.groupsCaption', { name: data.name, by })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('detail.period')}</th>
                      {data.groups.map((g) => (
                        <th scope="col" key={g.key}>
                          {g.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.points.map((p, index) => (
                      <tr key={p.period}>
                        <th scope="row">{formatPeriod(p.period, i18n.language)}</th>
                        {data.groups.map((g) => (
                          <td key={g.key}>{cellText(g.points[index], data.measure, i18n.language, t)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
          <section>
            <h2>{t('detail.how')}</h2>
            <p className="readable">{data.explanation}</p>
            <p className="small-text">{t('detail.version', { version: data.version })}</p>
            {data.mayManage && (
              <p className="no-print">
                <Link to={`/styring/indikatorer/${encodeURIComponent(key)}/rediger`}>{t('detail.edit')}</Link>
              </p>
            )}
          </section>
          {csv && (
            <p className="no-print">
              <a href={csv} download>
                {t('period.download')}
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}
