import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { controlProps, FieldFrame } from '../../components/form/field-frame.js';
import { SelectField } from '../../components/form/select-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../casework/shared.js';
import { HoursSection, KeyFigures, OutcomesSection, RequestsSection, SatisfactionSection, VolunteersSection } from './statistics-sections.js';
import { formatMonth, type VolunteerStatistics } from './statistics-format.js';

interface Period {
  from: string;
  to: string;
  unit: string;
}

/** A month field: the browser's month picker where it has one, else a text field that takes "2026-03". */
function MonthField({ id, label, hint, error, value, onChange }: { id: string; label: string; hint: string; error?: string; value: string; onChange: (value: string) => void }) {
  const frame = { id, label, hint, ...(error !== undefined && { error }) };
  return (
    <FieldFrame {...frame}>
      <input className="form-input input-width-s" {...controlProps(frame)} type="month" value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}

/**
 * /koordinering/evaluering — volunteering in figures for the coordinator and leaders: a period of months (and a unit),
 * the key figures, a chart with its table for each theme, and the same figures as CSV. Aggregates only.
 */
export function VolunteerStatisticsPage() {
  const { t, i18n } = useTranslation('volunteer-statistics');
  const [fields, setFields] = useState<Period>({ from: '', to: '', unit: '' });
  const [period, setPeriod] = useState<Period>({ from: '', to: '', unit: '' });
  const answer = useApi<VolunteerStatistics>(withQuery('/volunteer-statistics', { ...period }));
  const data = answer.data;
  useEffect(() => {
    // The first answer names the default period; the fields start with it, so the reader sees what is shown.
    if (data && period.from === '' && period.to === '') setFields((f) => ({ from: f.from || data.from, to: f.to || data.to, unit: f.unit }));
  }, [data, period]);
  const fieldError = (field: string) => (answer.error instanceof ApiError ? answer.error.errors.find((e) => e.path === field)?.message : undefined);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ from: fields.from.trim(), to: fields.to.trim(), unit: fields.unit });
  };
  const set = (field: keyof Period) => (value: string) => setFields((f) => ({ ...f, [field]: value }));
  const csv = data ? `/api/v1${withQuery('/volunteer-statistics.csv', { from: data.from, to: data.to, unit: data.unit?.id })}` : null;
  const units = data?.units ?? [];

  return (
    <div className="volunteer-statistics">
      <PageTitle>{t('title')}</PageTitle>
      <p className="font-lead readable">{t('intro')}</p>
      <form className="volunteer-period no-print" onSubmit={apply} aria-label={t('period.legend')} noValidate>
        <div className="volunteer-period-fields">
          <MonthField id="statistics-from" label={t('period.from')} hint={t('period.monthHint')} error={fieldError('from')} value={fields.from} onChange={set('from')} />
          <MonthField id="statistics-to" label={t('period.to')} hint={t('period.monthHint')} error={fieldError('to')} value={fields.to} onChange={set('to')} />
          <SelectField
            id="statistics-unit"
            label={t('period.unit')}
            hint={t('period.unitHint')}
            {...(fieldError('unit') !== undefined && { error: fieldError('unit') })}
            value={fields.unit}
            onChange={set('unit')}
            options={[{ value: '', label: t('period.allUnits') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
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
            {t('period.shown', {
              from: formatMonth(data.from, i18n.language),
              to: formatMonth(data.to, i18n.language),
              where: data.unit?.name ?? t('period.wholeMunicipality'),
              asOf: formatDate(data.asOf, i18n.language),
            })}
          </p>
          {csv && (
            <p className="no-print">
              <a href={csv} download>
                {t('period.download')}
              </a>
            </p>
          )}
          <KeyFigures data={data} />
          <RequestsSection data={data} />
          <OutcomesSection data={data} />
          <SatisfactionSection data={data} />
          <VolunteersSection data={data} />
          <HoursSection data={data} />
        </>
      )}
    </div>
  );
}
