import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { managedOfferList } from '../../../contracts/offers.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { vocabulary } from './offer-labels.js';

type ManagedOfferList = z.infer<typeof managedOfferList>;

/** /mine-tilbud: the offers the offer owner keeps, with those that need confirming first to catch the eye. */
export function ManagedOffersPage() {
  const { t, i18n } = useTranslation('offers');
  const list = useApi<ManagedOfferList>('/managed-offers');
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language === 'da' ? 'da-DK' : 'en-GB', { timeZone: 'Europe/Copenhagen' }) : t('upkeep.never'));
  const items = [...(list.data?.items ?? [])].sort((a, b) => Number(b.needsConfirmation) - Number(a.needsConfirmation));
  const toConfirm = items.filter((i) => i.needsConfirmation).length;
  return (
    <>
      <PageTitle>{t('upkeep.title')}</PageTitle>
      <p className="readable">{t('upkeep.intro')}</p>
      <p>
        <Link className="button button-primary" to="/mine-tilbud/ny">
          {t('upkeep.create')}
        </Link>
      </p>
      {list.loading && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && items.length === 0 && <p>{t('upkeep.none')}</p>}
      {toConfirm > 0 && <p className="offer-outdated">{t('upkeep.needsConfirmationCount', { count: toConfirm })}</p>}
      {items.length > 0 && (
        <div className="table-scroll">
          <table className="table table--responsive-headers">
            <caption>{t('upkeep.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('upkeep.name')}</th>
                <th scope="col">{t('upkeep.state')}</th>
                <th scope="col">{t('upkeep.unit')}</th>
                <th scope="col">{t('upkeep.confirmed')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" data-title={t('upkeep.name')}>
                    <Link to={`/mine-tilbud/${encodeURIComponent(item.id)}`}>{item.name}</Link>
                    <br />
                    <span className="small-text">{item.organizationName}</span>
                  </th>
                  <td data-title={t('upkeep.state')}>{vocabulary(t, 'lifecycle', item.lifecycle)}</td>
                  <td data-title={t('upkeep.unit')}>{item.ownerUnitName ?? ''}</td>
                  <td data-title={t('upkeep.confirmed')}>
                    {date(item.confirmedAt)}
                    {item.needsConfirmation && (
                      <>
                        <br />
                        <strong>{t('upkeep.needsConfirmation')}</strong>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
