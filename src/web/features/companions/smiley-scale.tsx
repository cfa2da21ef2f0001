import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { ErrorSummary } from '../../components/form/error-summary.js';

export const smileys = [
  { value: 1, face: '🙁' },
  { value: 2, face: '😐' },
  { value: 3, face: '🙂' },
] as const;

/** The face and its words, for an evaluation already given. */
export function SmileyText({ smiley }: { smiley: number }) {
  const { t } = useTranslation('companions');
  const face = smileys.find((s) => s.value === smiley)?.face ?? '';
  return (
    <span>
      <span aria-hidden="true" className="smiley-face">
        {face}
      </span>{' '}
      {t(`smiley.${smiley}`)}
    </span>
  );
}

/**
 * The easy-read smiley scale: three big choices, each a face and words ("Det var godt"), as radio buttons so the
 * arrow keys move between them; an optional comment for the volunteer. Saves to /companion-requests/{id}/evaluation.
 */
export function SmileyForm({ requestId, withComment, onSaved }: { requestId: string; withComment: boolean; onSaved: () => void }) {
  const { t } = useTranslation('companions');
  const [smiley, setSmiley] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const submission = useSubmit();
  const name = `smiley-${requestId}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submission.submit(async () => {
          await api.post(`/companion-requests/${encodeURIComponent(requestId)}/evaluation`, { smiley: smiley ?? 0, comment: withComment ? comment : null });
          onSaved();
        });
      }}
    >
      <ErrorSummary error={submission.error} fields={{ smiley: { id: `${name}-3`, label: t('smiley.legend') }, comment: { id: `${name}-comment`, label: t('smiley.comment') } }} />
      <fieldset className="form-group smiley-scale">
        <legend className="form-label">{t('smiley.legend')}</legend>
        <div className="smiley-options">
          {smileys.map((s) => (
            <div key={s.value} className="form-group-radio smiley-option">
              <input className="form-radio" type="radio" id={`${name}-${s.value}`} name={name} value={s.value} checked={smiley === s.value} onChange={() => setSmiley(s.value)} />
              <label className="form-label" htmlFor={`${name}-${s.value}`}>
                <span aria-hidden="true" className="smiley-face">
                  {s.face}
                </span>
                <span>{t(`smiley.${s.value}`)}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {withComment && <TextAreaField id={`${name}-comment`} label={t('smiley.comment')} value={comment} onChange={setComment} error={submission.fieldErrors.comment} rows={3} />}
      <button type="submit" className="button button-primary">
        {submission.busy ? t('saving') : t('smiley.save')}
      </button>
    </form>
  );
}
