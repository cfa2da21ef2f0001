import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { fundingSources } from '../../../domain/peer-guide-booking.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextField } from '../../components/form/text-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { ColumnHeads, formatDate, todayInDenmark } from '../casework/shared.js';
import type { HoursView } from './api.js';
import { hoursNumber } from './format.js';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** /borgerguider/timer — hours per guide by who pays, for a period (this year so far by default), and the CSV. */
export function HoursPage() {
  const { t, i18n } = useTranslation('peer-guides');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const today = todayInDenmark();
  const from = datePattern.test(params.get('fra') ?? '') ? params.get('fra')! : `${today.slice(0, 4)}-01-01`;
  const to = datePattern.test(params.get('til') ?? '') ? params.get('til')! : today;
  const [typed, setTyped] = useState({ from, to });
  const report = useApi<HoursView>(withQuery('/peer-guide-hours', { from, to }));
  const r = report.data;
  const h = (minutes: number) => hoursNumber(minutes, i18n.language);
  const labels = [t('hours.guide'), t('hours.bookings'), ...fundingSources.map((s) => t(`funding.${s}`)), t('hours.total')];
  return (
    <>
      <BackLink to="/borgerguider">{t('guide.back')}</BackLink>
      <PageTitle>{t('hours.title')}</PageTitle>
      <p className="readable">{t('hours.intro')}</p>
      <form
        className="peer-guide-period"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(`/borgerguider/timer?fra=${encodeURIComponent(typed.from)}&til=${encodeURIComponent(typed.to)}`);
        }}
      >
        <TextField id="hours-from" type="date" label={t('hours.from')} value={typed.from} onChange={(v) => setTyped((p) => ({ ...p, from: v }))} width="input-width-s" />
        <TextField id="hours-to" type="date" label={t('hours.to')} value={typed.to} onChange={(v) => setTyped((p) => ({ ...p, to: v }))} width="input-width-s" />
        <button type="submit" className="button button-secondary">
          {t('hours.show')}
        </button>
      </form>
      {report.loading && !r && <Loading />}
      {report.error && <ErrorMessage error={report.error} />}
      {r && r.guides.length === 0 && <p>{t('hours.none')}</p>}
      {r && r.guides.length > 0 && (
        <table className="table table--responsive-headers peer-guide-hours">
          <caption>{t('hours.caption', { from: formatDate(r.from, i18n.language), to: formatDate(r.to, i18n.language) })}</caption>
          <ColumnHeads labels={labels} />
          <tbody>
            {r.guides.map((g) => (
              <tr key={g.id}>
                <th scope="row" data-title={labels[0]}>
                  {g.name}
                </th>
                <td data-title={labels[1]}>{g.bookings}</td>
                {fundingSources.map((s, i) => (
                  <td key={s} data-title={labels[i + 2]}>
                    {h(g.minutes[s])}
                  </td>
                ))}
                <td data-title={labels.at(-1)}>{h(g.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" data-title={labels[0]}>
                {t('hours.all')}
              </th>
              <td data-title={labels[1]}>{r.guides.reduce((sum, g) => sum + g.bookings, 0)}</td>
              {fundingSources.map((s, i) => (
                <td key={s} data-title={labels[i + 2]}>
                  {h(r.totals[s])}
                </td>
              ))}
              <td data-title={labels.at(-1)}>{h(r.total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {r && (
        <p>
          <a href={`/api/v1${withQuery('/peer-guide-hours.csv', { from, to })}`} download>
            {t('hours.csv')}
          </a>
        </p>
      )}
    </>
  );
}
