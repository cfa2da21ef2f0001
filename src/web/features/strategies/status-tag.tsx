import { useTranslation } from 'react-i18next';

/** A status in words; the border style only supports the words (never colour alone). */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation('strategies');
  return <span className={`strategy-status strategy-status-${status}`}>{t(`status.${status}`)}</span>;
}
