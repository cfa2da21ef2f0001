import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { EventSummary } from '../../../contracts/events.js';
import { api, ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Icon } from '../../components/icon.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useSession } from '../auth/session.js';
import { dayHeading, eventCalendarFile, timeRange } from './event-format.js';
import { EventSignupStatus } from './event-signup-status.js';
import { useMySignups } from './events-page.js';

/** /det-sker/:id — one event in plain words, with a big sign-up button for a logged-in citizen and a calendar file. */
export function EventPage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const event = useApi<EventSummary>(`/events/${encodeURIComponent(id)}`);
  if (event.loading && !event.data) return <Loading />;
  if (event.error || !event.data) {
    const missing = event.error instanceof ApiError && event.error.status === 404;
    return (
      <>
        <BackLink to="/det-sker">{t('event.back')}</BackLink>
        <PageTitle>{t('event.notFound')}</PageTitle>
        {missing ? <p>{t('event.notFoundText')}</p> : event.error && <ErrorMessage error={event.error} />}
      </>
    );
  }
  return <EventView event={event.data} reload={event.reload} />;
}

function EventView({ event, reload }: { event: EventSummary; reload: () => void }) {
  const { t, i18n } = useTranslation('events');
  const mine = useMySignups();
  const signedUp = mine.ids.has(event.id);
  const cancelled = event.status === 'cancelled';
  return (
    <article className="event-page">
      <BackLink to="/det-sker">{t('event.back')}</BackLink>
      <PageTitle>{event.title}</PageTitle>
      {cancelled && (
        <div className="alert alert-warning">
          <Icon name="warning" className="alert-icon" />
          <p className="alert-heading">{t('event.cancelledText')}</p>
        </div>
      )}
      <dl className="event-facts event-facts-large">
        <div>
          <dt>{t('event.when')}</dt>
          <dd>
            {dayHeading(event.startsAt, i18n.language)}, {timeRange(t, event, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t('event.where')}</dt>
          <dd>{event.place.text ?? t('event.placeUnknown')}</dd>
        </div>
        {event.offer && (
          <div>
            <dt>{t('event.offer')}</dt>
            <dd>
              <Link to={`/tilbud/${encodeURIComponent(event.offer.id)}`}>{event.offer.name}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('event.organizer')}</dt>
          <dd>{event.organization.name}</dd>
        </div>
      </dl>
      {event.description && (
        <section aria-labelledby="event-about">
          <h2 id="event-about">{t('event.about')}</h2>
          {event.description.split(/\n+/).map((paragraph, index) => (
            <p key={index} className="readable">
              {paragraph}
            </p>
          ))}
        </section>
      )}
      <section aria-labelledby="event-signup" className="event-signup">
        <h2 id="event-signup">{t('event.signupHeading')}</h2>
        <EventSignupStatus event={event} signedUp={signedUp} />
        {!cancelled && <SignupAction event={event} signedUp={signedUp} onChange={() => {
          mine.reload();
          reload();
        }} />}
        <p>
          <a className="button button-secondary event-calendar-link" href={eventCalendarFile(event.id)} download="aktivitet.ics" aria-describedby="event-calendar-hint">
            <Icon name="calendar-month" />
            {t('event.addToCalendar')}
          </a>
        </p>
        <p id="event-calendar-hint" className="form-hint">
          {t('event.addToCalendarHint')}
        </p>
      </section>
    </article>
  );
}

/** Sign up or withdraw: only a logged-in citizen, for themself. Anyone else is told what to do instead. */
function SignupAction({ event, signedUp, onChange }: { event: EventSummary; signedUp: boolean; onChange: () => void }) {
  const { t } = useTranslation('events');
  const { me } = useSession();
  const { pathname } = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!me) {
    return (
      <p>
        <Link className="button button-primary button-large" to={`/log-ind?returnTo=${encodeURIComponent(pathname)}`}>
          {t('event.loginToSignUp')}
        </Link>
      </p>
    );
  }
  const citizenId = me.citizenId;
  if (!citizenId) return <p>{t('event.onlyCitizens')}</p>;
  if (new Date(event.startsAt).getTime() <= Date.now()) return <p>{t('event.over')}</p>;

  const act = async (action: 'up' | 'down') => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (action === 'up') await api.post(`/events/${encodeURIComponent(event.id)}/signups`, {});
      else await api.delete(`/events/${encodeURIComponent(event.id)}/signups/${encodeURIComponent(citizenId)}`);
      setNotice(action === 'up' ? t('event.signedUpNotice') : t('event.withdrawn'));
      onChange();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error !== null && <ErrorMessage error={error} />}
      <StatusMessage message={notice} />
      {signedUp ? (
        <p className="event-signup-actions">
          <Link className="button button-primary" to="/min-kalender">
            {t('event.myCalendar')}
          </Link>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act('down')}>
            {t('event.withdraw')}
          </button>
        </p>
      ) : (
        event.freePlaces !== 0 && (
          <p>
            <button type="button" className="button button-primary button-large event-signup-button" disabled={busy} onClick={() => void act('up')}>
              {busy ? t('event.signingUp') : t('event.signUp')}
            </button>
          </p>
        )
      )}
    </>
  );
}
