import { useTranslation } from 'react-i18next';

/** The hint and the error under a label; the error starts with "Fejl:" for those who do not see the red. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('errors.fieldPrefix')} </span>
          {error}
        </span>
      )}
    </>
  );
}

export function RequiredMark() {
  const { t } = useTranslation();
  return <span className="required-mark"> {t('common.required')}</span>;
}
