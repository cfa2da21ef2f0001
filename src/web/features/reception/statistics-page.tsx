import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDate } from '../casework/shared.js';
import type { Statistics } from './reception-api.js';
import { WeeklyChart, weekNumber } from './weekly-chart.js';

/** A calendar date as "12. okt." / "12 Oct". */
function formatShortDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(`${date}T00:00:00Z`));
}

/** /modtagelse/statistik — weekly counts per centre and need for leaders and offer owners. Aggregates only. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation('reception');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const statistics = useApi<Statistics>(withQuery('/reception/statistics', period));
  const data = statistics.data;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ from, to });
  };

  return (
    <>
      <PageTitle>{t('statistics.title')}</PageTitle>
      <p className="font-lead readable">{t('statistics.intro')}</p>
      <form className="period-filter" onSubmit={apply} aria-label={t('statistics.show')}>
        <div className="period-fields">
          <div className="form-group">
            <label className="form-label" htmlFor="statistics-from">
              {t('statistics.from')}
            </label>
            <input className="form-input" type="date" id="statistics-from" value={from} onChange={(event) => setFrom(event.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="statistics-to">
              {t('statistics.to')}
            </label>
            <input className="form-input" type="date" id="statistics-to" value={to} onChange={(event) => setTo(event.target.value)} />
          </div>
        </div>
        <button type="submit" className="button button-secondary">
          {t('statistics.show')}
        </button>
      </form>
      {statistics.error && <ErrorMessage error={statistics.error} />}
      {statistics.loading && <Loading />}
      {data && (
        <>
          <p>
            {t('statistics.period', { from: formatDate(data.from, i18n.language), to: formatDate(data.to, i18n.language) })} {t('statistics.suppressed', { below: data.suppressedBelow })}
          </p>
          {data.centres.map((centre) => (
            <section key={centre.id} aria-labelledby={`centre-${centre.id}`} className="statistics-centre">
              <h2 id={`centre-${centre.id}`}>{centre.name}</h2>
              <p>{t('statistics.total', { total: centre.total })}</p>
              <figure className="weekly-chart-figure">
                <WeeklyChart title={t('statistics.chartTitle', { centre: centre.name })} points={centre.weeks.map((w) => ({ week: w.week, count: w.visits }))} />
              </figure>
              <div className="reception-table-scroll" role="region" aria-labelledby={`table-${centre.id}`} tabIndex={0}>
                <table className="table statistics-table">
                  <caption id={`table-${centre.id}`}>{t('statistics.tableCaption', { centre: centre.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('statistics.need')}</th>
                      {data.weeks.map((week) => (
                        <th scope="col" key={week.week}>
                          {t('statistics.weekLabel', { week: weekNumber(week.week) })}
                          <span className="week-start">{t('statistics.weekFrom', { monday: formatShortDate(week.monday, i18n.language) })}</span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    <tr className="statistics-total">
                      <th scope="row">{t('statistics.visits')}</th>
                      {centre.weeks.map((week) => (
                        <td key={week.week}>{String(week.visits)}</td>
                      ))}
                    </tr>
                    {data.needs.map((need) => (
                      <tr key={need}>
                        <th scope="row">{t(`needs.${need}`)}</th>
                        {centre.weeks.map((week) => (
                          <td key={week.week}>{String(week.needs[need] ?? 0)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="small-text">{t('statistics.needsNote')}</p>
            </section>
          ))}
        </>
      )}
    </>
  );
}
