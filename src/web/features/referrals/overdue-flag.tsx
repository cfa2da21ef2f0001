import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon.js';

/** "Svarfristen er overskredet": an icon and words in a bordered box, so it does not depend on colour. */
export function OverdueFlag() {
  const { t } = useTranslation('referrals');
  return (
    <span className="overdue-flag">
      <Icon name="warning" />
      {t('overdue')}
    </span>
  );
}
