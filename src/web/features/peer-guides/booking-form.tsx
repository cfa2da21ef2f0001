import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { bookingKinds, fundingSources, type BookingKind, type FundingSource } from '../../../domain/peer-guide-booking.js';
import { api, ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import type { ItemList } from '../../api/types.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import type { CaseloadItem } from '../casework/api-types.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { danishInstant } from '../casework/shared.js';
import { bookingPage, type BookingBody, type BookingView, type GuideView } from './api.js';
import { useCan } from './use-can.js';

interface Values {
  kind: BookingKind;
  title: string;
  citizenId: string;
  audience: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  max: string;
  funding: string;
  note: string;
}

const blank: Values = { kind: 'talk', title: '', citizenId: '', audience: '', date: '', startTime: '', endTime: '', place: '', max: '', funding: '', note: '' };
/** "9:00", "9.00" and "09:00" all mean 09:00; anything else is not a time. */
function clockOf(typed: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(typed.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return null;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

/** The booking as the API takes it; a missing time or a maximum that is not a number is refused here, before sending. */
function bodyOf(guideId: string, v: Values, t: TFunction): BookingBody {
  const start = clockOf(v.startTime);
  const end = clockOf(v.endTime);
  const problems = [
    ...(!v.date || !start ? [{ path: 'startsAt', message: t('form.timeMissing') }] : []),
    ...(!v.date || !end ? [{ path: 'endsAt', message: t('form.timeMissing') }] : []),
    ...(v.kind === 'inspiration-course' && v.max.trim() !== '' && !/^\d+$/.test(v.max.trim()) ? [{ path: 'maxParticipants', message: t('form.maxNotNumber') }] : []),
  ];
  if (problems.length > 0) throw new ApiError(400, t('form.clientTitle'), undefined, problems, 'validation_failed', undefined);
  return {
    guideId,
    kind: v.kind,
    title: v.title.trim(),
    citizenId: v.kind === 'conversation' && v.citizenId ? v.citizenId : null,
    audience: v.audience.trim() || null,
    startsAt: new Date(danishInstant(v.date, start!)).toISOString(),
    endsAt: new Date(danishInstant(v.date, end!)).toISOString(),
    place: v.place.trim(),
    maxParticipants: v.kind === 'inspiration-course' && v.max.trim() !== '' ? Number(v.max.trim()) : null,
    ...(v.funding && { fundingSource: v.funding as FundingSource }),
    note: v.note.trim() || null,
  };
}

/** Book a guide: what, for whom, when, where, who pays; labels on every field and an error summary that takes focus. */
export function BookingForm({ guide }: { guide: GuideView }) {
  const { t } = useTranslation('peer-guides');
  const navigate = useNavigate();
  const [values, setValues] = useState(blank);
  const caseload = useApi<ItemList<CaseloadItem>>(useCan('caseload.read') ? '/citizens' : null);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const ids: Record<string, string> = { kind: 'booking-kind', title: 'booking-title', citizenId: 'booking-citizen', audience: 'booking-audience', startsAt: 'booking-start', endsAt: 'booking-end', place: 'booking-place', maxParticipants: 'booking-max', fundingSource: 'booking-funding', note: 'booking-note', guideId: 'booking-kind' };
  const labels: Record<string, string> = { kind: t('form.kind'), title: t('form.title'), citizenId: t('form.citizen'), audience: t('form.audience'), startsAt: t('form.startTime'), endsAt: t('form.endTime'), place: t('form.place'), maxParticipants: t('form.max'), fundingSource: t('form.funding'), note: t('form.note'), guideId: t('form.kind') };
  const fields = Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, { id, label: labels[key]! }]));

  const save = async () => {
    const created = await api.post<BookingView>('/peer-guide-bookings', bodyOf(guide.id, values, t));
    await navigate(bookingPage(created.id), { state: { notice: 'created' } });
  };

  return (
    <SubmitForm submission={submission} fields={fields} save={save} className="peer-guide-booking-form">
      <SelectField id="booking-kind" label={t('form.kind')} hint={t(`kindHints.${values.kind}`)} value={values.kind} onChange={(v) => set('kind')(v as BookingKind)} error={errors.kind ?? errors.guideId} options={bookingKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <TextField id="booking-title" label={t('form.title')} hint={t('form.titleHint')} value={values.title} onChange={set('title')} error={errors.title} required autoComplete="off" />
      {values.kind === 'conversation' && caseload.data && (
        <SelectField
          id="booking-citizen"
          label={t('form.citizen')}
          hint={t('form.citizenHint')}
          value={values.citizenId}
          onChange={set('citizenId')}
          error={errors.citizenId}
          options={[{ value: '', label: t('form.noCitizen') }, ...caseload.data.items.map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))]}
        />
      )}
      {!(values.kind === 'conversation' && values.citizenId) && <TextField id="booking-audience" label={t('form.audience')} hint={t('form.audienceHint')} value={values.audience} onChange={set('audience')} error={errors.audience} autoComplete="off" />}
      <fieldset className="form-group">
        <legend className="form-label">{t('booking.when')}</legend>
        <TextField id="booking-date" type="date" label={t('form.date')} value={values.date} onChange={set('date')} error={errors.startsAt} required width="input-width-s" />
        <div className="peer-guide-times">
          <TimeInput id="booking-start" label={t('form.startTime')} hint={t('form.timeHint')} value={values.startTime} onChange={set('startTime')} error={errors.startsAt} />
          <TimeInput id="booking-end" label={t('form.endTime')} hint={t('form.timeHint')} value={values.endTime} onChange={set('endTime')} error={errors.endsAt} />
        </div>
      </fieldset>
      <TextField id="booking-place" label={t('form.place')} hint={t('form.placeHint')} value={values.place} onChange={set('place')} error={errors.place} required autoComplete="off" />
      {values.kind === 'inspiration-course' && <TextField id="booking-max" label={t('form.max')} hint={t('form.maxHint')} value={values.max} onChange={set('max')} error={errors.maxParticipants} required width="input-width-xs" autoComplete="off" />}
      <SelectField
        id="booking-funding"
        label={t('form.funding')}
        value={values.funding}
        onChange={set('funding')}
        error={errors.fundingSource}
        options={[{ value: '', label: t('form.fundingDefault') }, ...fundingSources.map((s) => ({ value: s, label: t(`funding.${s}`) }))]}
      />
      <TextAreaField id="booking-note" label={t('form.note')} hint={t('form.noteHint')} value={values.note} onChange={set('note')} error={errors.note} rows={3} />
      <FormActions busy={submission.busy} saveLabel={t('form.submit')} />
    </SubmitForm>
  );
}

function TimeInput({ id, label, hint, value, onChange, error }: { id: string; label: string; hint: string; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  return <TextField id={id} label={label} hint={hint} value={value} onChange={onChange} error={error} required width="input-width-xs" autoComplete="off" />;
}
