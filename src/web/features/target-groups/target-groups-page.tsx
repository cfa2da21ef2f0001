import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetGroupOverviewResponse } from '../../../contracts/target-groups.js';
import { ApiError, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BarChart } from '../../components/charts/bar-chart.js';
import { ErrorMessage } from '../../components/error-message.js';
import { controlProps, FieldFrame } from '../../components/form/field-frame.js';
import { SelectField } from '../../components/form/select-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../casework/shared.js';

interface Period {
  from: string;
  to: string;
}

const TOTAL = '';

/** A year field: digits only, four of them; the server says what is wrong with anything else. */
function YearField({ id, label, hint, error, value, onChange }: { id: string; label: string; hint: string; error?: string; value: string; onChange: (value: string) => void }) {
  const frame = { id, label, hint, ...(error !== undefined && { error }) };
  return (
    <FieldFrame {...frame}>
      <input className="form-input input-width-xs" {...controlProps(frame)} type="text" inputMode="numeric" autoComplete="off" maxLength={4} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}

/** A cell: the count, or "<5" with the words a screen reader says instead. */
function Count({ value }: { value: number | null | undefined }) {
  const { t, i18n } = useTranslation('target-groups');
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">{t('table.hidden')}</span>
        <span className="sr-only">{t('table.hiddenSpoken')}</span>
      </>
    );
  }
  return <>{(value ?? 0).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK')}</>;
}

function OverviewTable({ data, years }: { data: TargetGroupOverviewResponse; years: string[] }) {
  const { t } = useTranslation('target-groups');
  const id = useId();
  return (
    <>
      <div className="target-groups-table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="table target-groups-table">
          <caption id={id}>{t('table.caption', { from: data.fromYear, to: data.toYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.offer')}</th>
              {years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {years.map((y) => (
                  <td key={y}>
                    <Count value={row.years[y]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('table.total')}</th>
              {years.map((y) => (
                <td key={y}>
                  <Count value={data.totals[y]} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="readable">{t('table.explainHidden')}</p>
    </>
  );
}

function TrendChart({ data, years }: { data: TargetGroupOverviewResponse; years: string[] }) {
  const { t } = useTranslation('target-groups');
  const [rowKey, setRowKey] = useState(TOTAL);
  const row = data.rows.find((r) => r.key === rowKey);
  const values = row ? row.years : data.totals;
  const name = row ? row.label : t('chart.allRows');
  const points = years.map((year) => {
    const value = values[year] ?? 0;
    const label = value === null ? t('table.hidden') : String(value);
    return { key: year, axisLabel: year, value, label, spoken: t('chart.point', { year, value: value === null ? t('table.hiddenSpoken') : value }) };
  });
  return (
    <section className="target-groups-chart" aria-labelledby="target-groups-chart-heading">
      <h2 id="target-groups-chart-heading">{t('chart.heading')}</h2>
      <div className="no-print">
        <SelectField
          id="target-groups-row"
          label={t('chart.rowLabel')}
          hint={t('chart.rowHint')}
          value={rowKey}
          onChange={setRowKey}
          options={[{ value: TOTAL, label: t('chart.allRows') }, ...data.rows.map((r) => ({ value: r.key, label: r.label }))]}
        />
      </div>
      <BarChart title={t('chart.title', { row: name })} summary={t('chart.summary', { row: name })} points={points} />
    </section>
  );
}

/**
 * /styring/maalgrupper — Table 1 of the plan for socially vulnerable adults from live data: distinct citizens per
 * offer and year, small numbers hidden, the trend for all or one offer, the table as CSV. Aggregates only.
 */
export function TargetGroupsPage() {
  const { t, i18n } = useTranslation('target-groups');
  const [fields, setFields] = useState<Period>({ from: '', to: '' });
  const [period, setPeriod] = useState<Period>({ from: '', to: '' });
  const answer = useApi<TargetGroupOverviewResponse>(withQuery('/statistics/target-groups', { from: period.from || undefined, to: period.to || undefined }));
  const data = answer.data;
  useEffect(() => {
    // The first answer names the default period; the fields start with it, so the reader sees what is shown.
    if (data && period.from === '' && period.to === '') setFields((f) => ({ from: f.from || String(data.fromYear), to: f.to || String(data.toYear) }));
  }, [data, period]);
  const fieldError = (field: string) => (answer.error instanceof ApiError ? answer.error.errors.find((e) => e.path === field)?.message : undefined);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ from: fields.from.trim(), to: fields.to.trim() });
  };
  const set = (field: keyof Period) => (value: string) => setFields((f) => ({ ...f, [field]: value }));
  const years = data ? Array.from({ length: data.toYear - data.fromYear + 1 }, (_, i) => String(data.fromYear + i)) : [];
  const csv = data ? `/api/v1${withQuery('/statistics/target-groups', { from: String(data.fromYear), to: String(data.toYear), format: 'csv' })}` : null;

  return (
    <div className="target-groups">
      <PageTitle>{t('title')}</PageTitle>
      <p className="font-lead readable">{t('intro')}</p>
      <form className="no-print" onSubmit={apply} aria-label={t('period.legend')} noValidate>
        <div className="target-groups-period-fields">
          <YearField id="target-groups-from" label={t('period.from')} hint={t('period.yearHint')} error={fieldError('from')} value={fields.from} onChange={set('from')} />
          <YearField id="target-groups-to" label={t('period.to')} hint={t('period.yearHint')} error={fieldError('to')} value={fields.to} onChange={set('to')} />
        </div>
        <button type="submit" className="button button-secondary">
          {t('period.show')}
        </button>
      </form>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && <Loading />}
      {data && (
        <>
          <p role="status">{t('period.shown', { from: data.fromYear, to: data.toYear, asOf: formatDate(data.asOf, i18n.language) })}</p>
          {data.empty ? (
            <div className="alert alert-info" role="note">
              <div className="alert-body">
                <p className="alert-heading">{t('empty')}</p>
                <p className="alert-text">{t('emptyHint')}</p>
              </div>
            </div>
          ) : (
            <>
              {csv && (
                <p className="no-print">
                  <a href={csv} download>
                    {t('period.download')}
                  </a>
                </p>
              )}
              <OverviewTable data={data} years={years} />
              <TrendChart data={data} years={years} />
            </>
          )}
        </>
      )}
    </div>
  );
}
