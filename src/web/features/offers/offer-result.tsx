import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferSummary } from '../../../contracts/offers.js';
import { Pictogram } from '../../components/pictograms/pictograms.js';
import { offerPath, vocabulary } from './offer-labels.js';

/** One offer in a result list: picture, name as the link, who gives it, a short text, and plain facts. */
export function OfferResult({ offer, headingLevel = 3 }: { offer: OfferSummary; headingLevel?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation('offers');
  const Heading = `h${headingLevel}` as const;
  const facts = [
    offer.freeOfCharge ? t('result.free') : t('result.paid'),
    ...(offer.selfReferral ? [t('result.selfReferral')] : []),
    ...(offer.capacity && offer.capacity.free !== null ? [offer.capacity.free > 0 ? t('result.freePlaces', { count: offer.capacity.free }) : t('result.noFreePlaces')] : []),
    ...(offer.capacity?.waitingList ? [t('result.waitingList', { count: offer.capacity.waitingList })] : []),
    ...offer.accessibility.map((a) => vocabulary(t, 'accessibility', a)),
  ];
  return (
    <article className="offer-result">
      <Pictogram name={offer.pictogram ?? 'step'} size={48} className="offer-result-pictogram" />
      <div className="offer-result-body">
        <Heading className="offer-result-name">
          <Link to={offerPath(offer.id)}>{offer.name}</Link>
        </Heading>
        <p className="offer-result-meta">
          {t('result.from', { organization: offer.organization.name })}
          {offer.place && <> · {t('result.place', { place: offer.place })}</>}
          {offer.distanceKm !== null && <> · {t('result.distance', { km: offer.distanceKm.toLocaleString(i18n.language) })}</>}
        </p>
        <p className="offer-result-summary">{offer.summary}</p>
        <ul className="offer-facts" aria-label={t('offer.facts')}>
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
        {offer.possiblyOutdated && <p className="offer-outdated">{t('result.outdated')}</p>}
      </div>
    </article>
  );
}
