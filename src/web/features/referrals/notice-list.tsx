import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import type { NotificationListView } from './api-types.js';
import { formatDay } from './referral-format.js';

/** "Nyt til dig" on Min side: the user's notices (today: what happened to their referrals), new ones marked in words. */
export function NoticeList() {
  const { t, i18n } = useTranslation('referrals');
  const notices = useApi<NotificationListView>('/me/notifications');
  const [error, setError] = useState<unknown>(null);
  const items = notices.data?.items ?? [];
  const unread = items.some((n) => !n.read);
  if (!notices.data && !notices.error) return null;

  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('notices.heading')}</h2>
      {notices.error && <ErrorMessage error={notices.error} />}
      {error ? <ErrorMessage error={error} /> : null}
      {notices.data && items.length === 0 && <p>{t('notices.none')}</p>}
      {items.length > 0 && (
        <ul className="notice-list">
          {items.slice(0, 10).map((notice) => (
            <li key={notice.id}>
              {!notice.read && <span className="notice-new">{t('notices.unread')}</span>}
              {notice.link ? <Link to={notice.link}>{notice.text}</Link> : notice.text}
              <span className="cell-note"> {formatDay(notice.createdAt, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
      {unread && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setError(null);
            api.post('/me/notifications/read').then(notices.reload, setError);
          }}
        >
          {t('notices.markRead')}
        </button>
      )}
    </section>
  );
}
