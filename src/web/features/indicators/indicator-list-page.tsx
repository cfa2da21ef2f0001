import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { formatPeriod, formatValue, type IndicatorList } from './indicator-format.js';

/** /styring/indikatorer — the municipality's indicators with the latest figure of each. Aggregates only. */
export function IndicatorListPage() {
  const { t, i18n } = useTranslation('indicators');
  const answer = useApi<IndicatorList>('/indicators');
  const data = answer.data;
  return (
    <div className="indicators">
      <PageTitle>{t('list.title')}</PageTitle>
      <p className="font-lead readable">{t('list.intro')}</p>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && <Loading />}
      {data && data.indicators.length === 0 && <p>{t('list.empty')}</p>}
      {data && data.indicators.length > 0 && (
        <table className="table indicator-list">
          <caption className="sr-only">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.latest')}</th>
              <th scope="col">{t('list.shownBy')}</th>
            </tr>
          </thead>
          <tbody>
            {data.indicators.map((indicator) => (
              <tr key={indicator.key}>
                <th scope="row">
                  <Link to={`/styring/indikatorer/${indicator.key}`}>{indicator.name}</Link> {!indicator.active && t('list.inactive')}
                  <div className="small-text">{indicator.description}</div>
                </th>
                <td>
                  {indicator.latest === null
                    ? t('list.none')
                    : `${indicator.latest.suppressed ? t('detail.hidden') : formatValue(indicator.latest.value, indicator.measure, i18n.language)} (${formatPeriod(indicator.latest.period, i18n.language)})`}
                </td>
                <td>{t(`period.${indicator.period}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.mayManage && (
        <p>
          <Link className="button button-secondary" to="/styring/indikatorer/ny">
            {t('list.new')}
          </Link>
        </p>
      )}
    </div>
  );
}
