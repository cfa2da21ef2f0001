import { useTranslation } from 'react-i18next';

/** Said once by screen readers, shown as text so nobody has to interpret a spinner. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading-text">
      {t('common.loading')}
    </p>
  );
}
