import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryField } from '../../components/form/error-summary.js';
import type { Submission } from '../../components/form/use-submit.js';

interface SubmitFormProps {
  submission: Submission;
  /** The fields the error summary links to, by the server's field names. */
  fields: Record<string, SummaryField>;
  /** The save, run through the submission once at a time. */
  save: () => Promise<void>;
  /** Called on every submit, before the save starts. */
  onSubmit?: () => void;
  /** More to say inside the error summary. */
  help?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A form that saves through a submission, with the error summary at its top; the browser's own validation is off. */
export function SubmitForm({ submission, fields, save, onSubmit, help, className, children }: SubmitFormProps) {
  return (
    <form
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
        void submission.submit(save);
      }}
    >
      <ErrorSummary error={submission.error} fields={fields}>
        {help}
      </ErrorSummary>
      {children}
    </form>
  );
}

/** The submit button ("Gemmer …" while saving) and, when there is somewhere to go back to, a cancel button. */
export function FormActions({ busy, saveLabel, onCancel }: { busy: boolean; saveLabel: string; onCancel?: () => void }) {
  const { t } = useTranslation('casework');
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary">
        {busy ? t('common.saving') : saveLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
