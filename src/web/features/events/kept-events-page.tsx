import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ManagedEvents } from '../../../contracts/events.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { dayHeading, timeRange } from './event-format.js';

export const keptEventsPath = '/mine-tilbud/begivenheder';
export const keptEventPath = (id: string) => `${keptEventsPath}/${encodeURIComponent(id)}`;

/** /mine-tilbud/begivenheder — the activities the offer owner (or coordinator, or administrator) keeps. */
export function KeptEventsPage() {
  const { t, i18n } = useTranslation('events');
  const kept = useApi<ManagedEvents>('/managed-events');
  const [notice] = useNotice();
  return (
    <>
      <PageTitle>{t('kept.title')}</PageTitle>
      <p className="readable">{t('kept.intro')}</p>
      <StatusMessage message={notice ? t(`form.${notice}`, { defaultValue: '' }) || null : null} />
      <p>
        <Link className="button button-primary" to={`${keptEventsPath}/ny`}>
          {t('kept.create')}
        </Link>
      </p>
      {kept.loading && <Loading />}
      {kept.error && <ErrorMessage error={kept.error} />}
      {kept.data && kept.data.items.length === 0 && <p>{t('kept.empty')}</p>}
      {kept.data && kept.data.items.length > 0 && (
        <ul className="nobullet-list events-list">
          {kept.data.items.map((event) => (
            <li key={event.id}>
              <article className={`event-card${event.status === 'cancelled' ? ' event-card-cancelled' : ''}`} aria-labelledby={`kept-${event.id}`}>
                <h2 id={`kept-${event.id}`} className="event-card-title h3">
                  <Link to={keptEventPath(event.id)}>{event.title}</Link>
                </h2>
                <p className="event-when">
                  {dayHeading(event.startsAt, i18n.language)}, {timeRange(t, event, i18n.language)}
                </p>
                <p>
                  {event.offer?.name ?? event.organization.name}
                  {event.offerLifecycle === 'draft' && <> – {t('kept.draftOffer')}</>}
                </p>
                <p>
                  {event.status === 'cancelled' ? <strong>{t('event.cancelled')}</strong> : t('kept.signedUp', { count: event.signedUp })}
                  {event.capacity !== null && event.status !== 'cancelled' && <> / {event.capacity}</>}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
