import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { formatDate } from '../casework/shared.js';
import { formatCount, formatPercent, formatPermille, formatPoints, type SelfSufficiency } from './housing-api.js';
import { SelfSufficiencyChart } from './self-sufficiency-chart.js';

/** The rate today against the target, in words: how far there is to go, or that the target is reached. */
function TodayAgainstTarget({ data }: { data: SelfSufficiency }) {
  const { t, i18n } = useTranslation('housing');
  const latest = data.years.at(-1);
  if (!latest || latest.permille === null) return <p>{t('selfSufficiency.noneToday')}</p>;
  const targetPermille = data.targetPercent * 10;
  const gap = targetPermille - latest.permille;
  const values = { rate: formatPermille(latest.permille, i18n.language), day: formatDate(latest.referenceDay, i18n.language), target: formatPercent(data.targetPercent, i18n.language), gap: formatPoints(Math.abs(gap), i18n.language) };
  return (
    <div className="housing-key-figure">
      <p className="housing-key-figure-value">{t(latest.current ? 'selfSufficiency.todayRate' : 'selfSufficiency.lastRate', values)}</p>
      <p>{gap > 0 ? t('selfSufficiency.belowTarget', values) : t('selfSufficiency.targetReached', values)}</p>
    </div>
  );
}

/** Placements inside and outside the municipality and the self-sufficiency rate over the years, against the target. */
export function SelfSufficiencySection() {
  const { t, i18n } = useTranslation('housing');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [years, setYears] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const answer = useApi<SelfSufficiency>(withQuery('/housing/self-sufficiency', years));
  const data = answer.data;
  useEffect(() => {
    // The first answer names the years shown by default; the fields start with them, so the reader sees what is shown.
    if (data && years.from === '' && years.to === '') {
      setFrom((value) => value || String(data.from));
      setTo((value) => value || String(data.to));
    }
  }, [data, years]);
  const fieldError = (field: string) => (answer.error instanceof ApiError ? answer.error.errors.find((e) => e.path === field)?.message : undefined);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setYears({ from: from.trim(), to: to.trim() });
  };

  return (
    <section aria-labelledby="self-sufficiency-heading" className="housing-section">
      <h2 id="self-sufficiency-heading">{t('selfSufficiency.heading')}</h2>
      <p className="readable">{t('selfSufficiency.explain')}</p>
      {data && <TodayAgainstTarget data={data} />}
      <form className="housing-years" onSubmit={apply} aria-label={t('selfSufficiency.chooseYears')} noValidate>
        {(['from', 'to'] as const).map((field) => {
          const error = fieldError(field);
          const value = field === 'from' ? from : to;
          return (
            <div className={`form-group${error ? ' form-error' : ''}`} key={field}>
              <label className="form-label" htmlFor={`housing-${field}`}>
                {t(`selfSufficiency.${field}`)}
              </label>
              {error && (
                <span className="form-error-message" id={`housing-${field}-error`}>
                  <span className="sr-only">{t('selfSufficiency.errorPrefix')} </span>
                  {error}
                </span>
              )}
              <input
                className="form-input input-width-xs"
                id={`housing-${field}`}
                inputMode="numeric"
                autoComplete="off"
                value={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `housing-${field}-error` : undefined}
                onChange={(event) => (field === 'from' ? setFrom : setTo)(event.target.value)}
              />
            </div>
          );
        })}
        <button type="submit" className="button button-secondary">
          {t('selfSufficiency.show')}
        </button>
      </form>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && <Loading />}
      {data && (
        <>
          <figure className="housing-chart-figure">
            <SelfSufficiencyChart data={data} />
          </figure>
          <div className="housing-table-scroll" role="region" aria-labelledby="self-sufficiency-caption" tabIndex={0}>
            <table className="table housing-table">
              <caption id="self-sufficiency-caption">{t('selfSufficiency.tableCaption', { from: data.from, to: data.to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('selfSufficiency.year')}</th>
                  <th scope="col">{t('selfSufficiency.referenceDay')}</th>
                  <th scope="col">{t('selfSufficiency.placements')}</th>
                  <th scope="col">{t('selfSufficiency.inside')}</th>
                  <th scope="col">{t('selfSufficiency.outside')}</th>
                  <th scope="col">{t('selfSufficiency.own')}</th>
                  <th scope="col">{t('selfSufficiency.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {data.years.map((year) => (
                  <tr key={year.year}>
                    <th scope="row">{year.year}</th>
                    <td>{year.current ? t('selfSufficiency.today', { day: formatDate(year.referenceDay, i18n.language) }) : formatDate(year.referenceDay, i18n.language)}</td>
                    <td>{formatCount(year.placements, i18n.language)}</td>
                    <td>{formatCount(year.inside, i18n.language)}</td>
                    <td>{formatCount(year.outside, i18n.language)}</td>
                    <td>{formatCount(year.own, i18n.language)}</td>
                    <td>{formatPermille(year.permille, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="small-text readable">{t('selfSufficiency.note', { target: formatPercent(data.targetPercent, i18n.language) })}</p>
        </>
      )}
    </section>
  );
}
