import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CalendarFeed, CalendarFeedStatus, MyEvents } from '../../../contracts/events.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { dayHeading, eventDay, eventPath, shortDate, timeRange } from './event-format.js';
import { EventSignupStatus } from './event-signup-status.js';

/**
 * /min-kalender — the citizen's sign-ups, and their own calendar address to subscribe to, explained step by step in
 * plain Danish. The address is shown once, right after it is made (only its hash is kept).
 */
export function MyCalendarPage() {
  const { t, i18n } = useTranslation('events');
  const mine = useApi<MyEvents>('/me/events');
  return (
    <div className="my-calendar-page">
      <PageTitle>{t('mine.title')}</PageTitle>
      <p className="font-lead readable">{t('mine.intro')}</p>
      <section aria-labelledby="mine-list">
        <h2 id="mine-list">{t('mine.listHeading')}</h2>
        {mine.loading && <Loading />}
        {mine.error && <ErrorMessage error={mine.error} />}
        {mine.data && mine.data.items.length === 0 && (
          <p>
            {t('mine.empty')} <Link to="/det-sker">{t('mine.findEvents')}</Link>
          </p>
        )}
        {mine.data && mine.data.items.length > 0 && (
          <ul className="nobullet-list events-list my-events">
            {mine.data.items.map((event) => (
              <li key={event.id}>
                <article className={`event-card${event.status === 'cancelled' ? ' event-card-cancelled' : ''}`} aria-labelledby={`mine-${event.id}`}>
                  <h3 id={`mine-${event.id}`} className="event-card-title">
                    <Link to={eventPath(event.id)}>{event.title}</Link>
                  </h3>
                  <p className="event-when">
                    {dayHeading(event.startsAt, i18n.language)}, {timeRange(t, event, i18n.language)}
                  </p>
                  {event.place.text && <p className="event-where">{event.place.text}</p>}
                  <EventSignupStatus event={event} signedUp />
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CalendarAddress />
    </div>
  );
}

function CalendarAddress() {
  const { t, i18n } = useTranslation('events');
  const status = useApi<CalendarFeedStatus>('/me/calendar-feed');
  const [address, setAddress] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const renew = () =>
    run(async () => {
      const feed = await api.post<CalendarFeed>('/me/calendar-feed');
      setAddress(feed.url);
      status.reload();
    });
  const stop = () =>
    run(async () => {
      await api.delete('/me/calendar-feed');
      setAddress(null);
      setNotice(t('mine.feedStopped'));
      status.reload();
    });
  const copy = () =>
    run(async () => {
      if (!address) return;
      await navigator.clipboard.writeText(address);
      setNotice(t('mine.feedCopied'));
    });

  const active = status.data?.active ?? false;
  return (
    <section aria-labelledby="mine-feed" className="calendar-address">
      <h2 id="mine-feed">{t('mine.feedHeading')}</h2>
      <p className="readable">{t('mine.feedIntro')}</p>
      <h3>{t('mine.feedHow')}</h3>
      <ol className="calendar-steps">
        <li>{t('mine.feedStep1')}</li>
        <li>{t('mine.feedStep2')}</li>
        <li>{t('mine.feedStep3')}</li>
        <li>{t('mine.feedStep4')}</li>
      </ol>
      <div className="alert alert-info">
        <p className="alert-text">{t('mine.feedSecret')}</p>
      </div>
      {status.loading && <Loading />}
      {status.error && <ErrorMessage error={status.error} />}
      {status.data && <p>{active && status.data.createdAt ? t('mine.feedActive', { date: shortDate(eventDay(status.data.createdAt), i18n.language) }) : t('mine.feedNone')}</p>}
      {error !== null && <ErrorMessage error={error} />}
      <StatusMessage message={notice} />
      {address && (
        <div className="form-group">
          <label className="form-label" htmlFor="calendar-address">
            {t('mine.feedAddress')}
          </label>
          <p id="calendar-address-hint" className="form-hint">
            {t('mine.feedAddressHint')}
          </p>
          <input id="calendar-address" className="form-input calendar-address-input" readOnly value={address} aria-describedby="calendar-address-hint" onFocus={(event) => event.target.select()} />
          <p className="calendar-address-actions">
            <button type="button" className="button button-secondary" onClick={() => void copy()}>
              {t('mine.feedCopy')}
            </button>
            <a className="button button-secondary" href={address.replace(/^https?:/, 'webcal:')}>
              {t('mine.feedSubscribe')}
            </a>
          </p>
        </div>
      )}
      {status.data && (
        <p className="calendar-address-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void renew()} aria-describedby={active ? 'calendar-renew-hint' : undefined}>
            {active ? t('mine.feedRenew') : t('mine.feedCreate')}
          </button>
          {active && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void stop()}>
              {t('mine.feedStop')}
            </button>
          )}
        </p>
      )}
      {active && (
        <p id="calendar-renew-hint" className="form-hint">
          {t('mine.feedRenewHint')}
        </p>
      )}
      <p className="readable">{t('mine.feedSeen')}</p>
    </section>
  );
}
