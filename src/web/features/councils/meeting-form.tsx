import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { councilPath, type MeetingView } from './api.js';

/** The administration plans the yearly dialogue meeting with the political committee. */
export function MeetingForm({ councilId, onAdded }: { councilId: string; onAdded: (meeting: MeetingView) => void }) {
  const { t } = useTranslation('councils');
  const initial = { heldOn: '', title: t('meetingForm.defaultTitle'), agenda: '' };
  const [values, setValues] = useState(initial);
  const submission = useSubmit();
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const fields = {
    heldOn: { id: 'meeting-date', label: t('meetingForm.heldOn') },
    title: { id: 'meeting-title', label: t('meetingForm.meetingTitle') },
    agenda: { id: 'meeting-agenda', label: t('meetingForm.agenda') },
  };
  return (
    <SubmitForm
      submission={submission}
      fields={fields}
      className="council-form"
      save={async () => {
        const added = await api.post<MeetingView>(`${councilPath(councilId)}/meetings`, { kind: 'dialogue-meeting', heldOn: values.heldOn, title: values.title, agenda: values.agenda });
        setValues(initial);
        onAdded(added);
      }}
    >
      <TextField {...fields.heldOn} type="date" hint={t('meetingForm.heldOnHint')} value={values.heldOn} onChange={set('heldOn')} error={submission.fieldErrors.heldOn} required width="input-width-s" />
      <TextField {...fields.title} value={values.title} onChange={set('title')} error={submission.fieldErrors.title} required autoComplete="off" />
      <TextAreaField {...fields.agenda} value={values.agenda} onChange={set('agenda')} error={submission.fieldErrors.agenda} rows={4} />
      <FormActions busy={submission.busy} saveLabel={t('meetingForm.submit')} />
    </SubmitForm>
  );
}

/** The minutes of one meeting, written after it was held. */
export function MinutesForm({ councilId, meeting, onSaved, onCancel }: { councilId: string; meeting: MeetingView; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('councils');
  const [minutes, setMinutes] = useState(meeting.minutes);
  const submission = useSubmit();
  const id = `minutes-${meeting.id}`;
  return (
    <SubmitForm
      submission={submission}
      fields={{ minutes: { id, label: t('minutesForm.label') } }}
      className="council-form"
      save={async () => {
        await api.patch<MeetingView>(`${councilPath(councilId)}/meetings/${encodeURIComponent(meeting.id)}`, { minutes });
        onSaved();
      }}
    >
      <TextAreaField id={id} label={t('minutesForm.label')} value={minutes} onChange={setMinutes} error={submission.fieldErrors.minutes} rows={6} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('minutesForm.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('minutesForm.cancel')}
        </button>
      </div>
    </SubmitForm>
  );
}
