import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { formatDate } from '../casework/shared.js';
import { formatCount, type ResidentialOffers } from './housing-api.js';

/** The residential offers with places, the municipality's citizens living there, free places and waiting lists. */
export function ResidentialOffersSection() {
  const { t, i18n } = useTranslation('housing');
  const answer = useApi<ResidentialOffers>('/housing/residential-offers');
  const data = answer.data;
  const n = (value: number | null) => formatCount(value, i18n.language);
  return (
    <section aria-labelledby="offers-heading" className="housing-section">
      <h2 id="offers-heading">{t('offers.heading')}</h2>
      <p className="readable">{t('offers.explain')}</p>
      {answer.error && <ErrorMessage error={answer.error} />}
      {answer.loading && <Loading />}
      {data && data.items.length === 0 && <p>{t('offers.none')}</p>}
      {data && data.items.length > 0 && (
        <>
          <div className="housing-table-scroll" role="region" aria-labelledby="offers-caption" tabIndex={0}>
            <table className="table housing-table">
              <caption id="offers-caption">{t('offers.caption', { day: formatDate(data.today, i18n.language) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('offers.offer')}</th>
                  <th scope="col">{t('offers.legalBasis')}</th>
                  <th scope="col">{t('offers.places')}</th>
                  <th scope="col">{t('offers.occupied')}</th>
                  <th scope="col">{t('offers.free')}</th>
                  <th scope="col">{t('offers.waitingList')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((offer) => (
                  <tr key={offer.id}>
                    <th scope="row">
                      {offer.name}
                      <span className="housing-offer-provider">
                        {offer.ownOffer ? t('offers.own') : t('offers.provider', { provider: offer.provider })}
                        {offer.archived && ` · ${t('offers.archived')}`}
                      </span>
                    </th>
                    <td>{offer.legalBasis ?? offer.offerType?.display ?? '–'}</td>
                    <td>{n(offer.places)}</td>
                    <td>
                      {n(offer.occupied)}
                      {offer.overfilled && <strong className="housing-overfilled"> {t('offers.overfilled')}</strong>}
                    </td>
                    <td>
                      {n(offer.free)}
                      {offer.free !== null && !offer.freeReportedByOffer && <span className="housing-estimate"> {t('offers.computed')}</span>}
                    </td>
                    <td>{n(offer.waitingList)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('offers.total')}</th>
                  <td />
                  <td>{n(data.totals.places)}</td>
                  <td>{n(data.totals.occupied)}</td>
                  <td>{n(data.totals.free)}</td>
                  <td>{n(data.totals.waitingList)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="small-text readable">{t('offers.note')}</p>
        </>
      )}
    </section>
  );
}
