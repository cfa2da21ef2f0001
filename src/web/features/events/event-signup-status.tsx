import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../contracts/events.js';
import { Icon } from '../../components/icon.js';

/**
 * The sign-up state of an event in words (an icon only repeats them, and colour is never the only sign):
 * cancelled, signed up, full, free places, or no sign-up needed.
 */
export function EventSignupStatus({ event, signedUp }: { event: EventSummary; signedUp: boolean }) {
  const { t } = useTranslation('events');
  if (event.status === 'cancelled') {
    return (
      <p className="event-status event-status-cancelled">
        <Icon name="error" />
        <strong>{t('event.cancelled')}</strong>
      </p>
    );
  }
  return (
    <p className="event-status">
      {signedUp && (
        <span className="event-status-mine">
          <Icon name="check" />
          <strong>{t('event.signedUp')}</strong>
        </span>
      )}
      {event.freePlaces === 0 && !signedUp && <strong>{t('event.full')}. </strong>}
      {event.freePlaces !== null && event.freePlaces > 0 && <span>{t('event.freePlaces', { count: event.freePlaces })} </span>}
      {!signedUp && <span>{event.signupRequired ? t('event.signupRequired') : t('event.noSignup')}</span>}
    </p>
  );
}
