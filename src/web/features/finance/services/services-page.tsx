import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/use-api.js';
import { BackLink } from '../../../components/back-link.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { useNotice } from '../../../components/use-notice.js';
import type { CitizenRecord } from '../../casework/api-types.js';
import { CitizenNav, citizenPath, Fact, Facts } from '../../casework/shared.js';
import { formatKroner } from '../money-format.js';
import { servicesPath, type ServiceListView } from './api-types.js';
import { periodText, priceText } from './labels.js';

/**
 * /borgere/:id/ydelser — "Ydelser": the citizen's decisions on services with their period, price and cost this
 * year, and the citizen's total this year and last year (the yearly cost the state's refusion is worked out from).
 */
export function ServicesPage() {
  const { t, i18n } = useTranslation('finance');
  const { id = '' } = useParams();
  const record = useApi<CitizenRecord>(`/citizens/${encodeURIComponent(id)}`);
  const list = useApi<ServiceListView>(servicesPath(id));
  const [notice] = useNotice();
  const citizen = record.data;
  const data = list.data;
  const language = i18n.language;
  const money = (ore: number) => formatKroner(ore, language);
  const costHeading = data ? t('services.columns.costThisYear', { year: data.year }) : '';
  const heads = data ? [t('services.columns.service'), t('services.columns.period'), t('services.columns.price'), costHeading, t('services.columns.status')] : [];

  return (
    <>
      <BackLink to={citizenPath(id)}>{t('services.back')}</BackLink>
      <PageTitle>{citizen ? t('services.title', { name: `${citizen.firstName} ${citizen.lastName}` }) : t('services.titleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <StatusMessage message={notice ? t(`services.notices.${notice}`) : null} />
      <p className="readable">{t('services.intro')}</p>
      {(record.loading || list.loading) && !data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {data && (
        <>
          <h2 className="h3">{t('services.totals.label')}</h2>
          <Facts>
            <Fact term={t('services.totals.thisYear', { year: data.year })}>{money(data.totalThisYearOre)}</Fact>
            <Fact term={t('services.totals.lastYear', { year: data.year - 1 })}>{money(data.totalLastYearOre)}</Fact>
          </Facts>
          <p>
            <Link className="button button-primary" to={citizenPath(id, 'ydelser/ny')}>
              {t('services.create')}
            </Link>
          </p>
          {data.items.length === 0 ? (
            <p>{t('services.none')}</p>
          ) : (
            <table className="table table--responsive-headers service-table">
              <caption>{t('services.caption')}</caption>
              <thead>
                <tr>
                  {heads.map((head, index) => (
                    <th key={head} scope="col" className={index === 3 ? 'amount' : undefined}>
                      {head}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.items.map((service) => (
                  <tr key={service.id}>
                    <th scope="row" data-title={heads[0]}>
                      <Link to={citizenPath(id, `ydelser/${service.id}`)}>{service.serviceName}</Link>
                      <span className="cell-note">{[service.legalBasis, service.providerName].filter(Boolean).join(' · ')}</span>
                    </th>
                    <td data-title={heads[1]}>{periodText(t, service, language)}</td>
                    <td data-title={heads[2]}>{priceText(t, service, language)}</td>
                    <td data-title={heads[3]} className="amount">
                      {money(service.costThisYearOre)}
                    </td>
                    <td data-title={heads[4]}>{t(`services.status.${service.status}`)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('services.totalRow', { year: data.year })}
                  </th>
                  <td data-title={heads[3]} className="amount">
                    {money(data.totalThisYearOre)}
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          )}
        </>
      )}
    </>
  );
}
