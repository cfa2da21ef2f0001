import { useTranslation } from 'react-i18next';
import { ColumnHeads, formatDate, formatInstant } from '../../casework/shared.js';
import { formatKroner, formatHundredths } from '../money-format.js';
import type { ServiceHistoryView } from './api-types.js';

type Change = ServiceHistoryView['items'][number]['changes'][number];

/** Who saved each version of a decision, when, and what changed, newest first. */
export function ServiceHistory({ history }: { history: ServiceHistoryView }) {
  const { t, i18n } = useTranslation('finance');
  const language = i18n.language;
  const shown = (field: string, value: Change['from']): string => {
    if (value === null || value === '') return '–';
    switch (field) {
      case 'unitPriceOre':
        return formatKroner(Number(value), language);
      case 'quantityHundredths':
        return formatHundredths(Number(value), language);
      case 'periodFrom':
      case 'periodTo':
      case 'decidedOn':
        return formatDate(String(value), language);
      case 'cancelledAt':
        return formatInstant(String(value), language);
      case 'residential':
        return value ? t('services.yes') : t('services.no');
      case 'providerKind':
        return t(`services.providerKinds.${String(value)}`, { defaultValue: String(value) });
      case 'placement':
        return t(`services.placements.${String(value)}`, { defaultValue: String(value) });
      case 'priceUnit':
        return t(`services.priceUnits.${String(value)}`, { defaultValue: String(value) });
      default:
        return String(value);
    }
  };
  const heads = [t('services.history.when'), t('services.history.who'), t('services.history.what'), t('services.history.changes')];
  return (
    <table className="table table--responsive-headers history-table">
      <caption>{t('services.history.caption')}</caption>
      <ColumnHeads labels={heads} />
      <tbody>
        {history.items.map((item) => (
          <tr key={item.version}>
            <td data-title={heads[0]}>{formatInstant(item.at, language)}</td>
            <td data-title={heads[1]}>{item.by?.name ?? t('services.history.unknownActor')}</td>
            <td data-title={heads[2]}>{t(`services.history.operations.${item.operation}`)}</td>
            <td data-title={heads[3]}>
              {item.changes.length === 0 ? (
                '–'
              ) : (
                <ul className="nobullet-list change-list">
                  {item.changes.map((change) => (
                    <li key={change.field}>
                      <strong>{t(`services.fields.${change.field}`, { defaultValue: change.field })}:</strong>{' '}
                      {item.operation === 'create' ? shown(change.field, change.to) : t('services.history.fromTo', { from: shown(change.field, change.from), to: shown(change.field, change.to) })}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
