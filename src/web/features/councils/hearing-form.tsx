import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { councilPath, type HearingView } from './api.js';

/** Today in Denmark, as the default day a hearing is sent. */
const danishToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** The administration sends a decision to the council for consultation. */
export function HearingForm({ councilId, onSent }: { councilId: string; onSent: (hearing: HearingView) => void }) {
  const { t } = useTranslation('councils');
  const [values, setValues] = useState({ title: '', description: '', decisionReference: '', sentOn: danishToday(), respondBy: '' });
  const submission = useSubmit();
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errors = submission.fieldErrors;
  const fields = {
    title: { id: 'hearing-title', label: t('hearingForm.hearingTitle') },
    description: { id: 'hearing-description', label: t('hearingForm.description') },
    decisionReference: { id: 'hearing-reference', label: t('hearingForm.decisionReference') },
    sentOn: { id: 'hearing-sent', label: t('hearingForm.sentOn') },
    respondBy: { id: 'hearing-respond-by', label: t('hearingForm.respondBy') },
  };
  return (
    <SubmitForm submission={submission} fields={fields} className="council-form" save={async () => onSent(await api.post<HearingView>(`${councilPath(councilId)}/hearings`, { ...values, strategyId: null }))}>
      <TextField {...fields.title} value={values.title} onChange={set('title')} error={errors.title} required autoComplete="off" />
      <TextAreaField {...fields.description} hint={t('hearingForm.descriptionHint')} value={values.description} onChange={set('description')} error={errors.description} rows={5} />
      <TextField {...fields.decisionReference} hint={t('hearingForm.decisionReferenceHint')} value={values.decisionReference} onChange={set('decisionReference')} error={errors.decisionReference} required autoComplete="off" />
      <TextField {...fields.sentOn} type="date" hint={t('hearingForm.dateHint')} value={values.sentOn} onChange={set('sentOn')} error={errors.sentOn} required width="input-width-s" />
      <TextField {...fields.respondBy} type="date" hint={t('hearingForm.dateHint')} value={values.respondBy} onChange={set('respondBy')} error={errors.respondBy} required width="input-width-s" />
      <FormActions busy={submission.busy} saveLabel={t('hearingForm.submit')} />
    </SubmitForm>
  );
}
