import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerProfile } from '../../../contracts/volunteers.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { danishInstant, formatInstant } from '../casework/shared.js';

/** Times the volunteer is away (holiday, illness) or has extra time, between two dates and times. */
export function ExceptionsSection({ profile, onChanged }: { profile: VolunteerProfile; onChanged: (p: VolunteerProfile) => void }) {
  const { t, i18n } = useTranslation('volunteers');
  const empty = { kind: 'away', fromDate: '', fromTime: '00:00', toDate: '', toTime: '23:59', note: '' };
  const [values, setValues] = useState(empty);
  const submission = useSubmit();
  const removal = useSubmit();
  const errors = submission.fieldErrors;
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const instant = (date: string, time: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? new Date(danishInstant(date, time)).toISOString() : `${date}T${time}`);
  const fields = { from: { id: 'exception-from-date', label: t('exceptions.from') }, to: { id: 'exception-to-date', label: t('exceptions.to') }, note: { id: 'exception-note', label: t('exceptions.note') } };
  return (
    <section aria-labelledby="exceptions-heading">
      <h2 id="exceptions-heading">{t('exceptions.title')}</h2>
      <p className="readable">{t('exceptions.intro')}</p>
      {profile.exceptions.length === 0 ? (
        <p>{t('exceptions.none')}</p>
      ) : (
        <ul className="volunteer-exceptions">
          {profile.exceptions.map((e) => (
            <li key={e.id}>
              {t(`exceptions.kinds.${e.kind}`)}: {formatInstant(e.from, i18n.language)} – {formatInstant(e.to, i18n.language)}
              {e.note ? ` (${e.note})` : ''}{' '}
              <button type="button" className="button button-tertiary" onClick={() => void removal.submit(async () => onChanged(await api.delete<VolunteerProfile>(`/me/volunteer-profile/exceptions/${e.id}`)))}>
                {t('exceptions.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removal.error != null && <ErrorMessage error={removal.error} />}
      <h3>{t('exceptions.add')}</h3>
      <SubmitForm
        submission={submission}
        fields={fields}
        save={async () => {
          onChanged(await api.post<VolunteerProfile>('/me/volunteer-profile/exceptions', { kind: values.kind, from: instant(values.fromDate, values.fromTime), to: instant(values.toDate, values.toTime), note: values.note.trim() || null }));
          setValues(empty);
        }}
      >
        <SelectField id="exception-kind" label={t('exceptions.kind')} value={values.kind} onChange={set('kind')} options={['away', 'extra'].map((k) => ({ value: k, label: t(`exceptions.kinds.${k}`) }))} />
        <div className="volunteer-date-time">
          <TextField id="exception-from-date" type="date" label={t('exceptions.fromDate')} value={values.fromDate} onChange={set('fromDate')} error={errors.from} required />
          <TextField id="exception-from-time" label={t('exceptions.fromTime')} hint={t('profile.timeHint')} value={values.fromTime} onChange={set('fromTime')} width="input-width-xs" />
        </div>
        <div className="volunteer-date-time">
          <TextField id="exception-to-date" type="date" label={t('exceptions.toDate')} value={values.toDate} onChange={set('toDate')} error={errors.to} required />
          <TextField id="exception-to-time" label={t('exceptions.toTime')} hint={t('profile.timeHint')} value={values.toTime} onChange={set('toTime')} width="input-width-xs" />
        </div>
        <TextField id="exception-note" label={t('exceptions.note')} hint={t('exceptions.noteHint')} value={values.note} onChange={set('note')} error={errors.note} />
        <FormActions busy={submission.busy} saveLabel={t('exceptions.save')} />
      </SubmitForm>
    </section>
  );
}
