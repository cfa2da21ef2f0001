import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon.js';
import type { CouncilView } from './api.js';

/** Says where the sitting members do not add up to the council's composition (Handicaprådet: 4 from DH, 1, 3). */
export function CompositionWarning({ gaps }: { gaps: CouncilView['compositionGaps'] }) {
  const { t } = useTranslation('councils');
  if (gaps.length === 0) return null;
  return (
    <div className="alert alert-warning">
      <Icon name="warning" className="alert-icon" />
      <p className="alert-heading">{t('composition.warning')}</p>
      <ul className="alert-text">
        {gaps.map((gap) => (
          <li key={gap.role}>{t('composition.gap', { role: t(`roles.${gap.role}`), actual: gap.actual, expected: gap.expected })}</li>
        ))}
      </ul>
    </div>
  );
}
