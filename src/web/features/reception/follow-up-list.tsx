import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { formatDate } from '../casework/shared.js';
import { formatDay, visitorName, type FollowUps, type Visit } from './reception-api.js';

/** Follow-ups due today or late: who, when they came and for what, and a button when it is done. Late ones say so in words. */
export function FollowUpList({ followUps, onDone }: { followUps: FollowUps; onDone: (visit: Visit) => void }) {
  const { t, i18n } = useTranslation('reception');
  const action = useSubmit();
  if (followUps.items.length === 0) return <p>{t('followUps.empty')}</p>;
  return (
    <>
      {action.error !== null && <ErrorMessage error={action.error} />}
      <ul className="nobullet-list follow-up-list">
        {followUps.items.map((item) => {
          const name = visitorName(item);
          return (
            <li key={item.id} className="follow-up">
              <p className="follow-up-who">
                <strong>{name}</strong>
                {item.anonymous?.description && ` – ${item.anonymous.description}`}
              </p>
              <p className={item.overdue ? 'follow-up-when follow-up-when--late' : 'follow-up-when'}>{item.overdue ? t('followUps.overdue', { date: formatDate(item.followUpDueOn, i18n.language) }) : t('followUps.due')}</p>
              <p>{t('followUps.visited', { date: formatDay(item.arrivedAt, i18n.language), needs: item.needs.map((need) => t(`needs.${need}`)).join(', ') })}</p>
              <button type="button" className="button button-secondary" onClick={() => void action.submit(async () => onDone(await api.post<Visit>(`/reception/visits/${item.id}/follow-up`, { version: item.version })))}>
                {t('followUps.done')}
                <span className="sr-only"> – {name}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
