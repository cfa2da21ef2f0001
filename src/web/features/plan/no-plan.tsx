import { Icon } from '../../components/icon.js';
import { usePlanText } from './easy-read.js';

/** Said when the login has no citizen record behind it (a member of staff or a relative on a citizen's page). */
export function NoPlan() {
  const { t } = usePlanText();
  return (
    <div className="alert alert-info">
      <Icon name="info" className="alert-icon" />
      <p className="alert-heading">{t('common.noCitizen')}</p>
    </div>
  );
}
