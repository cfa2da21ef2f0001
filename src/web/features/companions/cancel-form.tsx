import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { useSubmit } from '../../components/form/use-submit.js';

/** "Aflys turen": asks why in a field that gets focus, then calls the trip off (who and why are recorded). */
export function CancelTrip({ requestId, version, describedBy, onCancelled }: { requestId: string; version: number; describedBy: string; onCancelled: () => void }) {
  const { t } = useTranslation('companions');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const submission = useSubmit();
  const fieldId = `cancel-reason-${requestId}`;
  useEffect(() => {
    if (open) document.getElementById(fieldId)?.focus();
  }, [open, fieldId]);
  if (!open) {
    return (
      <button type="button" className="button button-secondary" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        {t('cancel.open')}
      </button>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submission.submit(async () => {
          await api.post(`/companion-requests/${encodeURIComponent(requestId)}/cancel`, { reason, version });
          onCancelled();
        });
      }}
    >
      <ErrorSummary error={submission.error} fields={{ reason: { id: fieldId, label: t('cancel.reason') } }} />
      <TextAreaField id={fieldId} label={t('cancel.reason')} value={reason} onChange={setReason} error={submission.fieldErrors.reason} required rows={2} />
      <div className="companion-actions">
        <button type="submit" className="button button-primary">
          {submission.busy ? t('saving') : t('cancel.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('cancel.keep')}
        </button>
      </div>
    </form>
  );
}
