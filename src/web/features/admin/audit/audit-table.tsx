import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '../../../api/types.js';
import { formatDateTime } from '../../../components/format.js';
import { Icon } from '../../../components/icon.js';
import { roleName } from '../../../components/labels.js';

interface Props {
  events: AuditEvent[];
  /** Index of the first row added by "Vis flere": it takes focus, so reading goes on where the new rows begin. */
  focusRow: number | null;
  /** The address of the log narrowed to one actor or citizen, keeping the other filters. */
  narrowTo: (filter: 'actor' | 'citizen', value: string) => string;
}

export function AuditTable({ events, focusRow, narrowTo }: Props) {
  const { t, i18n } = useTranslation();
  const firstNew = useRef<HTMLTableCellElement>(null);

  useEffect(() => {
    if (focusRow !== null) firstNew.current?.focus();
  }, [focusRow]);

  return (
    <table className="table table--compact table--responsive-headers audit-table">
      <caption className="sr-only">{t('audit.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.time')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.what')}</th>
          <th scope="col">{t('audit.resource')}</th>
          <th scope="col">{t('audit.citizenColumn')}</th>
          <th scope="col">{t('audit.purpose')}</th>
          <th scope="col">{t('audit.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event, index) => (
          <tr key={event.seq}>
            <td data-title={t('audit.time')} ref={index === focusRow ? firstNew : undefined} tabIndex={index === focusRow ? -1 : undefined}>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
            </td>
            <td data-title={t('audit.who')}>
              {event.actorUserId ? (
                <Link to={narrowTo('actor', event.actorUserId)}>
                  <span className="sr-only">{t('audit.onlyActor')} </span>
                  {event.actorName ?? event.actorUserId}
                </Link>
              ) : (
                t('audit.system')
              )}
              {event.actorRole && <span className="cell-note">{roleName(t, event.actorRole)}</span>}
            </td>
            <td data-title={t('audit.what')}>
              <code>{event.action}</code>
            </td>
            <td data-title={t('audit.resource')}>
              {event.resourceType}
              {event.resourceId && <span className="cell-note identifier">{event.resourceId}</span>}
            </td>
            <td data-title={t('audit.citizenColumn')}>
              {event.citizenId && (
                <Link className="identifier" to={narrowTo('citizen', event.citizenId)}>
                  <span className="sr-only">{t('audit.onlyCitizen')} </span>
                  {event.citizenId}
                </Link>
              )}
            </td>
            <td data-title={t('audit.purpose')}>{event.purpose}</td>
            <td data-title={t('audit.outcome')}>
              <Icon name={event.outcome === 'allowed' ? 'check' : 'error'} />
              <span className={`outcome outcome-${event.outcome}`}>{t(`audit.outcomes.${event.outcome}`)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
