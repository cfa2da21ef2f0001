import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { EventList, EventSummary, MyEvents } from '../../../contracts/events.js';
import { offerLifeDomains } from '../../../domain/catalogue-vocabulary.js';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { useSession } from '../auth/session.js';
import { dayHeading, eventDay, eventPath, shortDate, timeRange } from './event-format.js';
import { EventSignupStatus } from './event-signup-status.js';

/** The events of one Danish day, in the order they begin. */
function byDay(events: readonly EventSummary[]): { day: string; events: EventSummary[] }[] {
  const days = new Map<string, EventSummary[]>();
  for (const event of events) {
    const day = eventDay(event.startsAt);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, events: list }));
}

/** The citizen's own sign-ups, when the visitor is a logged-in citizen; otherwise none are asked for. */
export function useMySignups(): { ids: Set<string>; reload: () => void } {
  const { me } = useSession();
  const mine = useApi<MyEvents>(me?.citizenId ? '/me/events' : null);
  return { ids: new Set((mine.data?.items ?? []).map((e) => e.id)), reload: mine.reload };
}

/** /det-sker — the coming events by day, with filters for life domain and words. Public: no login needed. */
export function EventsPage() {
  const { t, i18n } = useTranslation('events');
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const lifeDomain = params.get('lifeDomain') ?? '';
  const [words, setWords] = useState(q);
  const [domain, setDomain] = useState(lifeDomain);
  const list = useApi<EventList>(withQuery('/events', { q, lifeDomain }));
  const mine = useMySignups();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (words.trim()) next.set('q', words.trim());
    if (domain) next.set('lifeDomain', domain);
    setParams(next);
  };
  const reset = () => {
    setWords('');
    setDomain('');
    setParams(new URLSearchParams());
  };

  const domainOptions = [{ value: '', label: t('list.anyDomain') }, ...offerLifeDomains.map((key) => ({ value: key, label: t(`vocabulary.lifeDomain.${key}`, { ns: 'offers', defaultValue: key }) }))];
  const days = list.data ? byDay(list.data.items) : [];

  return (
    <div className="events-page">
      <PageTitle>{t('list.title')}</PageTitle>
      <p className="font-lead readable">{t('list.intro')}</p>
      {me?.citizenId && (
        <p>
          <Link to="/min-kalender">{t('list.myCalendar')}</Link>
        </p>
      )}
      <form className="events-filters" role="search" aria-labelledby="events-filter-heading" onSubmit={apply}>
        <h2 id="events-filter-heading" className="h3">
          {t('list.filters')}
        </h2>
        <div className="events-filter-fields">
          <TextField id="events-words" type="search" label={t('list.words')} hint={t('list.wordsHint')} value={words} onChange={setWords} />
          <SelectField id="events-domain" label={t('list.lifeDomain')} value={domain} onChange={setDomain} options={domainOptions} />
        </div>
        <div className="events-filter-actions">
          <button type="submit" className="button button-primary">
            {t('list.submit')}
          </button>
          {(q || lifeDomain) && (
            <button type="button" className="button button-secondary" onClick={reset}>
              {t('list.reset')}
            </button>
          )}
        </div>
      </form>

      {list.error && <ErrorMessage error={list.error} />}
      <div role="status" className="events-count">
        {list.data && !list.loading && (
          <p>
            {t('list.count', { count: list.data.items.length })} {t('list.period', { from: shortDate(list.data.from, i18n.language), to: shortDate(list.data.to, i18n.language) })}
          </p>
        )}
      </div>
      {list.loading && <Loading />}
      {days.map(({ day, events }) => (
        <section key={day} className="events-day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="events-day-heading">
            {dayHeading(events[0]!.startsAt, i18n.language)}
          </h2>
          <ul className="nobullet-list events-list">
            {events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} signedUp={mine.ids.has(event.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function EventCard({ event, signedUp }: { event: EventSummary; signedUp: boolean }) {
  const { t, i18n } = useTranslation('events');
  const cancelled = event.status === 'cancelled';
  return (
    <article className={`event-card${cancelled ? ' event-card-cancelled' : ''}`} aria-labelledby={`event-${event.id}`}>
      <h3 id={`event-${event.id}`} className="event-card-title">
        <Link to={eventPath(event.id)}>{event.title}</Link>
      </h3>
      <dl className="event-facts">
        <div>
          <dt>{t('event.when')}</dt>
          <dd>{timeRange(t, event, i18n.language)}</dd>
        </div>
        {event.place.text && (
          <div>
            <dt>{t('event.where')}</dt>
            <dd>{event.place.text}</dd>
          </div>
        )}
        <div>
          <dt>{event.offer ? t('event.offer') : t('event.organizer')}</dt>
          <dd>{event.offer ? <Link to={`/tilbud/${encodeURIComponent(event.offer.id)}`}>{event.offer.name}</Link> : event.organization.name}</dd>
        </div>
      </dl>
      <EventSignupStatus event={event} signedUp={signedUp} />
    </article>
  );
}
