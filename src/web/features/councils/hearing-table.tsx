import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../casework/shared.js';
import { hearingPage, type HearingSummaryView } from './api.js';

/** How long is left to answer, in words; the words carry it, not a colour. */
export function DeadlineText({ hearing }: { hearing: Pick<HearingSummaryView, 'overdue' | 'daysToAnswer'> }) {
  const { t } = useTranslation('councils');
  if (hearing.overdue) return <strong className="council-overdue">{t('deadline.overdue')}</strong>;
  if (hearing.daysToAnswer === null) return null;
  return <span>{hearing.daysToAnswer === 0 ? t('deadline.today') : t('deadline.left', { count: hearing.daysToAnswer })}</span>;
}

/** Hearings as a table: title (a link), council, deadline and status. */
export function HearingTable({ hearings, caption, showCouncil = true }: { hearings: HearingSummaryView[]; caption: string; showCouncil?: boolean }) {
  const { t, i18n } = useTranslation('councils');
  return (
    <table className="table table--responsive-headers council-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('hearingTable.title')}</th>
          {showCouncil && <th scope="col">{t('hearingTable.council')}</th>}
          <th scope="col">{t('hearingTable.respondBy')}</th>
          <th scope="col">{t('hearingTable.status')}</th>
        </tr>
      </thead>
      <tbody>
        {hearings.map((h) => (
          <tr key={h.id}>
            <td data-title={t('hearingTable.title')}>
              <Link to={hearingPage(h.id)}>{h.title}</Link>
            </td>
            {showCouncil && <td data-title={t('hearingTable.council')}>{h.council.name}</td>}
            <td data-title={t('hearingTable.respondBy')}>
              {formatDate(h.respondBy, i18n.language)}
              {h.status === 'open' && (
                <>
                  <br />
                  <DeadlineText hearing={h} />
                </>
              )}
            </td>
            <td data-title={t('hearingTable.status')}>{t(`status.${h.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
