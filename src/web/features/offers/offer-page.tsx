import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OfferDetail } from '../../../contracts/offers.js';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { Pictogram } from '../../components/pictograms/pictograms.js';
import { useSession } from '../auth/session.js';
import { ageRangeText, vocabulary } from './offer-labels.js';
import { scheduleText } from './schedule-text.js';

/** The offer's page in plain language: what, for whom, when, where, what it costs, may I bring someone, how to start. */
export function OfferPage() {
  const { t } = useTranslation('offers');
  const { id = '' } = useParams();
  const offer = useApi<OfferDetail>(`/offers/${encodeURIComponent(id)}`);
  if (offer.loading && !offer.data) return <Loading />;
  if (offer.error) {
    return (
      <>
        <PageTitle>{t('offer.notFound')}</PageTitle>
        {!(offer.error instanceof ApiError && offer.error.status === 404) && <ErrorMessage error={offer.error} />}
        <p>
          <Link to="/tilbud">{t('offer.back')}</Link>
        </p>
      </>
    );
  }
  return offer.data ? <OfferView offer={offer.data} /> : null;
}

function OfferView({ offer }: { offer: OfferDetail }) {
  const { t, i18n } = useTranslation('offers');
  const { me } = useSession();
  const citizenId = (me as { citizenId?: string | null } | null)?.citizenId ?? null;
  const language = i18n.language;
  const companion = offer.accessibility.includes('companion-welcome');
  const phones = offer.phones.filter((p): p is { number: string } => typeof p.number === 'string');
  const date = (iso: string) => new Date(iso).toLocaleDateString(language === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });

  return (
    <article className="offer-page">
      <p>
        <Link to="/tilbud" className="back-link">
          {t('offer.back')}
        </Link>
      </p>
      <div className="offer-heading">
        <Pictogram name={offer.pictogram ?? 'step'} size={64} />
        <PageTitle>{offer.name}</PageTitle>
      </div>
      <p className="offer-result-meta">{t('result.from', { organization: offer.organization.name })}</p>
      {offer.status !== 'active' && <p className="alert alert-warning offer-status">{t('offer.statusNotice', { status: vocabulary(t, 'status', offer.status) })}</p>}
      {offer.possiblyOutdated && <p className="offer-outdated">{t('result.outdated')}</p>}

      {offer.easyRead && (
        <section className="offer-easy-read" aria-labelledby="easy-heading">
          <h2 id="easy-heading">{t('offer.easyRead')}</h2>
          <p className="font-lead">{offer.easyRead}</p>
        </section>
      )}

      {citizenId && (
        <p>
          <Link className="button button-primary offer-add-to-plan" to={`/tilbud/${encodeURIComponent(offer.id)}/min-plan`}>
            {t('offer.addToPlan')}
          </Link>
        </p>
      )}

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('offer.about')}</h2>
        {offer.description.split(/\n{2,}/).map((paragraph) => (
          <p key={paragraph} className="readable">
            {paragraph}
          </p>
        ))}
      </section>

      <section aria-labelledby="for-heading">
        <h2 id="for-heading">{t('offer.forWhom')}</h2>
        <ul>
          {offer.targetGroups.map((g) => (
            <li key={g}>{vocabulary(t, 'targetGroup', g)}</li>
          ))}
          <li>{ageRangeText(t, offer.minimumAge, offer.maximumAge)}</li>
        </ul>
        {offer.eligibilityDescription && <p className="readable">{offer.eligibilityDescription}</p>}
      </section>

      <section aria-labelledby="when-heading">
        <h2 id="when-heading">{t('offer.when')}</h2>
        {offer.schedules.length === 0 ? (
          <p>{t('offer.noSchedule')}</p>
        ) : (
          <ul>
            {offer.schedules.map((s) => (
              <li key={s.id}>{scheduleText(s, t, language)}</li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/api/v1/offers/${encodeURIComponent(offer.id)}/calendar.ics`} download aria-describedby="calendar-hint">
            {t('offer.calendar')}
          </a>{' '}
          <span id="calendar-hint" className="form-hint">
            {t('offer.calendarHint')}
          </span>
        </p>
      </section>

      {offer.locations.length > 0 && (
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('offer.where')}</h2>
          {offer.locations.map((l) => (
            <div key={l.id} className="offer-location">
              <h3>{l.name ?? l.addressLine}</h3>
              <p>
                {l.addressLine}
                {l.addressLine && <br />}
                {[l.postalCode, l.city].filter(Boolean).join(' ')}
              </p>
              {l.transportation && (
                <p>
                  <strong>{t('offer.directions')}:</strong> {l.transportation}
                </p>
              )}
              {l.accessibility.length > 0 && <p>{l.accessibility.map((a) => vocabulary(t, 'accessibility', a)).join(' · ')}</p>}
              {l.latitude !== null && l.longitude !== null && (
                <p>
                  <a href={`https://www.openstreetmap.org/?mlat=${l.latitude}&mlon=${l.longitude}#map=16/${l.latitude}/${l.longitude}`} rel="noopener noreferrer">
                    {t('offer.map')}
                  </a>
                </p>
              )}
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="cost-heading">
        <h2 id="cost-heading">{t('offer.cost')}</h2>
        <p>{offer.freeOfCharge ? t('offer.costFree') : (offer.feesDescription ?? t('result.paid'))}</p>
      </section>

      <section aria-labelledby="companion-heading">
        <h2 id="companion-heading">{t('offer.companion')}</h2>
        <p>{companion ? t('offer.companionYes') : t('offer.companionAsk')}</p>
      </section>

      <section aria-labelledby="start-heading">
        <h2 id="start-heading">{t('offer.start')}</h2>
        <p>{offer.selfReferral ? t('offer.selfReferral') : t('offer.viaWorker')}</p>
        {offer.applicationProcess && <p className="readable">{offer.applicationProcess}</p>}
        {offer.capacity && offer.capacity.places !== null && (
          <p>
            {t('offer.placesText', { places: offer.capacity.places, free: offer.capacity.free ?? 0 })} {offer.capacity.waitingList ? t('offer.waitingList', { count: offer.capacity.waitingList }) : null}
          </p>
        )}
      </section>

      {(phones.length > 0 || offer.email || offer.url) && (
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('offer.contact')}</h2>
          <dl className="offer-contact">
            {phones.map((p) => (
              <div key={p.number}>
                <dt>{t('offer.phone')}</dt>
                <dd>
                  <a href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>{p.number}</a>
                </dd>
              </div>
            ))}
            {offer.email && (
              <div>
                <dt>{t('offer.email')}</dt>
                <dd>
                  <a href={`mailto:${offer.email}`}>{offer.email}</a>
                </dd>
              </div>
            )}
            {offer.url && (
              <div>
                <dt>{t('offer.website')}</dt>
                <dd>
                  <a href={offer.url} rel="noopener noreferrer">
                    {offer.url}
                  </a>
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}

      <section aria-labelledby="facts-heading" className="offer-facts-section">
        <h2 id="facts-heading">{t('offer.facts')}</h2>
        <dl>
          <dt>{t('offer.provider')}</dt>
          <dd>{offer.organization.name}</dd>
          {offer.legalBasis && (
            <>
              <dt>{t('offer.legalBasis')}</dt>
              <dd>{offer.legalBasis}</dd>
            </>
          )}
          {offer.offerType && (
            <>
              <dt>{t('offer.offerType')}</dt>
              <dd>{offer.offerType.display}</dd>
            </>
          )}
          <dt>{t('offer.languages')}</dt>
          <dd>{offer.languages.map((code) => new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code).join(', ')}</dd>
          {offer.accessibility.length > 0 && (
            <>
              <dt>{t('offer.accessibility')}</dt>
              <dd>{offer.accessibility.map((a) => vocabulary(t, 'accessibility', a)).join(', ')}</dd>
            </>
          )}
          {offer.confirmedAt && (
            <>
              <dt>{t('offer.lastConfirmed')}</dt>
              <dd>{date(offer.confirmedAt)}</dd>
            </>
          )}
        </dl>
      </section>
    </article>
  );
}
