import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { volunteerCourses } from '../../../domain/volunteer-courses.js';
import { api } from '../../api/client.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { danishInstant } from '../casework/shared.js';
import { needKeys, type CompanionRequestView, type CreateCompanionRequestBody } from './api-types.js';

const empty = { activity: '', date: '', from: '', to: '', meetingPlace: '', needs: [] as string[], needsNote: '', requiredCourse: '', dayContactName: '', dayContactPhone: '' };

/**
 * "Vil du have en frivillig med?": what, when, where, what matters — in plain words for the citizen (`easy`), with
 * the required course too for staff asking on the citizen's behalf. Times are Danish time.
 */
export function CompanionRequestForm({ citizenId, easy, onSaved }: { citizenId: string; easy: boolean; onSaved: (saved: CompanionRequestView) => void }) {
  const { t, i18n } = useTranslation('companions');
  const [values, setValues] = useState(empty);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const label = (key: string) => t(`${easy ? 'easy' : 'form'}.${key}`);
  const fields = {
    activity: { id: 'companion-activity', label: label('activity') },
    startsAt: { id: 'companion-date', label: label('date') },
    endsAt: { id: 'companion-to', label: label('to') },
    meetingPlace: { id: 'companion-place', label: label('place') },
    needs: { id: `companion-needs-${needKeys[0]}`, label: label('needs') },
    needsNote: { id: 'companion-note', label: label('note') },
    requiredCourse: { id: 'companion-course', label: t('form.course') },
    dayContactName: { id: 'companion-contact-name', label: label('contactName') },
    dayContactPhone: { id: 'companion-contact-phone', label: label('contactPhone') },
  };
  const save = async () => {
    const body: CreateCompanionRequestBody = {
      citizenId,
      activity: values.activity,
      startsAt: danishInstant(values.date, values.from),
      endsAt: danishInstant(values.date, values.to),
      meetingPlace: values.meetingPlace,
      needs: values.needs,
      needsNote: values.needsNote || null,
      requiredCourse: values.requiredCourse || null,
      dayContactName: values.dayContactName || null,
      dayContactPhone: values.dayContactPhone || null,
    };
    const saved = await api.post<CompanionRequestView>('/companion-requests', body);
    setValues(empty);
    onSaved(saved);
  };
  return (
    <SubmitForm submission={submission} fields={fields} save={save} className="companion-form">
      <TextField id="companion-activity" label={label('activity')} hint={label('activityHint')} value={values.activity} onChange={(v) => set('activity', v)} error={errors.activity} required autoComplete="off" />
      <fieldset className="form-group">
        <legend className="form-label">{label('when')}</legend>
        <div className="field-row">
          <TextField id="companion-date" type="date" label={label('date')} value={values.date} onChange={(v) => set('date', v)} error={errors.startsAt} required width="input-width-s" />
          <TimeField id="companion-from" label={label('from')} value={values.from} onChange={(v) => set('from', v)} />
          <TimeField id="companion-to" label={label('to')} value={values.to} onChange={(v) => set('to', v)} error={errors.endsAt} />
        </div>
      </fieldset>
      <TextField id="companion-place" label={label('place')} hint={label('placeHint')} value={values.meetingPlace} onChange={(v) => set('meetingPlace', v)} error={errors.meetingPlace} required autoComplete="off" />
      <CheckboxGroup id="companion-needs" legend={label('needs')} options={needKeys.map((key) => ({ value: key, label: t(`needs.${key}`) }))} selected={values.needs} onChange={(v) => set('needs', v)} error={errors.needs} />
      <TextAreaField id="companion-note" label={label('note')} hint={label('noteHint')} value={values.needsNote} onChange={(v) => set('needsNote', v)} error={errors.needsNote} rows={3} />
      {!easy && (
        <SelectField
          id="companion-course"
          label={t('form.course')}
          value={values.requiredCourse}
          onChange={(v) => set('requiredCourse', v)}
          error={errors.requiredCourse}
          options={[{ value: '', label: t('form.noCourse') }, ...volunteerCourses.map((c) => ({ value: c.key, label: c.name[i18n.language === 'en' ? 'en' : 'da'] }))]}
        />
      )}
      <TextField id="companion-contact-name" label={label('contactName')} value={values.dayContactName} onChange={(v) => set('dayContactName', v)} error={errors.dayContactName} autoComplete="off" />
      <TextField id="companion-contact-phone" type="tel" label={label('contactPhone')} value={values.dayContactPhone} onChange={(v) => set('dayContactPhone', v)} error={errors.dayContactPhone} autoComplete="off" width="input-width-s" />
      <FormActions busy={submission.busy} saveLabel={label('submit')} />
    </SubmitForm>
  );
}

function TimeField({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <input className="form-input input-width-xs" type="time" id={id} name={id} value={value} onChange={(event) => onChange(event.target.value)} required aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
    </div>
  );
}
