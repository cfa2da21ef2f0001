import { useTranslation } from 'react-i18next';
import type { HistoryItemView } from './api-types.js';
import { operationName, partName, subjectName } from './labels.js';
import { ColumnHeads, formatInstant } from './shared.js';

/** A value from the change log in a few words; long texts are cut so the table stays readable. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Who changed what in the plan, and when: newest first. */
export function HistoryTable({ items, caption, captionHidden }: { items: HistoryItemView[]; caption: string; captionHidden?: boolean }) {
  const { t, i18n } = useTranslation('casework');
  return (
    <table className="table table--responsive-headers history-table">
      <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
      <ColumnHeads labels={[t('history.when'), t('history.who'), t('history.what'), t('history.changes')]} />
      <tbody>
        {items.map((item) => {
          const fields = Object.entries(item.changes ?? {});
          return (
            <tr key={item.id}>
              <td data-title={t('history.when')}>{formatInstant(item.at, i18n.language)}</td>
              <td data-title={t('history.who')}>
                {item.actorName ?? t('history.unknownActor')}
                {item.actorRole && <span className="cell-note">{t(`actorRoles.${item.actorRole}`, { defaultValue: item.actorRole })}</span>}
              </td>
              <td data-title={t('history.what')}>
                {t('history.summary', { operation: operationName(t, item.operation), subject: subjectName(t, item.subjectType) })}
                <span className="cell-note">{partName(t, item.part)}</span>
              </td>
              <td data-title={t('history.changes')}>
                {fields.length === 0 ? (
                  '–'
                ) : (
                  <ul className="nobullet-list change-list">
                    {fields.map(([field, change]) => (
                      <li key={field}>
                        <strong>{t(`fields.${field}`, { defaultValue: field })}:</strong>{' '}
                        {item.operation === 'create' ? shown(change?.to) : t('history.fromTo', { from: shown(change?.from), to: shown(change?.to) })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
