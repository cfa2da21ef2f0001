import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatPeriod, formatValue, type DrillDown } from './indicator-format.js';

/**
 * /styring/indikatorer/:key/borgere?period=… — the caseworker's own citizens behind one period's figure. The server
 * lists only citizens the reader is on the team of and logs each; a leader or politician is refused.
 */
export function IndicatorCitizensPage() {
  const { key = '' } = useParams();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation('indicators');
  const period = search.get('period') ?? '';
  const answer = useApi<DrillDown>(withQuery(`/indicators/${encodeURIComponent(key)}/citizens`, { period, unit: search.get('unit') }));
  const data = answer.data;
  const shown = formatPeriod(period, i18n.language);
  return (
    <div className="indicators">
      <PageTitle>{t('drill.title')}</PageTitle>
      <p className="readable">{t('drill.intro', { period: shown })}</p>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && <Loading />}
      {data && data.citizens.length === 0 && <p>{t('drill.none')}</p>}
      {data && data.citizens.length > 0 && (
        <table className="table">
          <caption>{t('drill.caption', { period: shown })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('drill.name')}</th>
              <th scope="col">{t('drill.rows')}</th>
              {data.citizens.some((c) => c.matching !== null) && <th scope="col">{t('drill.counted')}</th>}
              {data.citizens.some((c) => c.mean !== null) && <th scope="col">{t('drill.mean')}</th>}
            </tr>
          </thead>
          <tbody>
            {data.citizens.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/borgere/${c.id}`}>{c.name}</Link>
                </th>
                <td>{c.rows}</td>
                {c.matching !== null && <td>{c.matching > 0 ? t('drill.yes') : t('drill.no')}</td>}
                {c.mean !== null && <td>{formatValue(c.mean, 'mean', i18n.language)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
