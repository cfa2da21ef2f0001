import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummary, ManagedEventChoices } from '../../../contracts/events.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { controlProps, FieldFrame } from '../../components/form/field-frame.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import type { Submission } from '../../components/form/use-submit.js';
import { formFieldsOf, instantOf } from './event-format.js';

export interface EventFormValues {
  offerId: string;
  organizationId: string;
  title: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  locationId: string;
  place: string;
  capacity: string;
  signupRequired: boolean;
}

export const blankEvent: EventFormValues = { offerId: '', organizationId: '', title: '', description: '', date: '', startTime: '', endTime: '', locationId: '', place: '', capacity: '', signupRequired: false };

export function eventFormValues(event: EventSummary): EventFormValues {
  const start = formFieldsOf(event.startsAt);
  return {
    offerId: event.offer?.id ?? '',
    organizationId: event.offer ? '' : event.organization.id,
    title: event.title,
    description: event.description,
    date: start.date,
    startTime: start.time,
    endTime: formFieldsOf(event.endsAt).time,
    locationId: event.place.locationId ?? '',
    place: '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    signupRequired: event.signupRequired,
  };
}

/** The instant of a date and a Danish time; an empty string (which the server names as the missing field) when incomplete. */
function instantOrEmpty(date: string, time: string): string {
  return date && /^\d{2}:\d{2}$/.test(time) ? instantOf(date, time) : '';
}

/** The fields every save sends; a capacity that is not a whole number is sent as written, so the server names it. */
export function eventBody(values: EventFormValues) {
  const capacity = values.capacity.trim();
  return {
    title: values.title,
    description: values.description,
    startsAt: instantOrEmpty(values.date, values.startTime),
    endsAt: instantOrEmpty(values.date, values.endTime),
    place: values.place.trim() || null,
    locationId: values.locationId || null,
    capacity: capacity === '' ? null : /^\d+$/.test(capacity) ? Number(capacity) : capacity,
    signupRequired: values.signupRequired,
  };
}

interface Props {
  values: EventFormValues;
  onChange: (values: EventFormValues) => void;
  choices: ManagedEventChoices;
  /** Only a new event chooses its offer or organisation. */
  creating: boolean;
  submission: Submission;
  onSubmit: () => void;
  errorActions?: ReactNode;
}

export function EventForm({ values, onChange, choices, creating, submission, onSubmit, errorActions }: Props) {
  const { t } = useTranslation('events');
  const errors = submission.fieldErrors;
  const set = <K extends keyof EventFormValues>(key: K) => (value: EventFormValues[K]) => onChange({ ...values, [key]: value });
  const summaryFields = {
    offerId: { id: 'event-offer', label: t('form.offer') },
    organizationId: { id: 'event-organization', label: t('form.organization') },
    title: { id: 'event-title', label: t('form.title') },
    description: { id: 'event-description', label: t('form.description') },
    startsAt: { id: 'event-start', label: t('form.startTime') },
    endsAt: { id: 'event-end', label: t('form.endTime') },
    locationId: { id: 'event-location', label: t('form.location') },
    place: { id: 'event-place', label: t('form.place') },
    capacity: { id: 'event-capacity', label: t('form.capacity') },
  };
  return (
    <form
      noValidate
      className="event-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary error={submission.error} fields={summaryFields}>
        {errorActions}
      </ErrorSummary>
      {creating && (
        <>
          <SelectField
            id="event-offer"
            label={t('form.offer')}
            hint={t('form.offerHint')}
            value={values.offerId}
            onChange={(offerId) => onChange({ ...values, offerId, organizationId: offerId ? '' : values.organizationId })}
            options={[{ value: '', label: t('form.noOffer') }, ...choices.offers.map((o) => ({ value: o.id, label: o.name }))]}
            error={errors.offerId}
          />
          {!values.offerId && (
            <SelectField
              id="event-organization"
              label={t('form.organization')}
              hint={t('form.organizationHint')}
              value={values.organizationId}
              onChange={set('organizationId')}
              options={[{ value: '', label: t('form.chooseOrganization') }, ...choices.organizations.map((o) => ({ value: o.id, label: o.name }))]}
              error={errors.organizationId}
            />
          )}
        </>
      )}
      <TextField id="event-title" label={t('form.title')} value={values.title} onChange={set('title')} error={errors.title} required autoComplete="off" />
      <TextAreaField id="event-description" label={t('form.description')} hint={t('form.descriptionHint')} value={values.description} onChange={set('description')} error={errors.description} />
      <TextField id="event-date" type="date" label={t('form.date')} value={values.date} onChange={set('date')} error={errors.startsAt} required width="input-width-s" />
      <div className="event-times">
        <TimeField id="event-start" label={t('form.startTime')} hint={t('form.timeHint')} value={values.startTime} onChange={set('startTime')} error={errors.startsAt} />
        <TimeField id="event-end" label={t('form.endTime')} hint={t('form.timeHint')} value={values.endTime} onChange={set('endTime')} error={errors.endsAt} />
      </div>
      <SelectField
        id="event-location"
        label={t('form.location')}
        value={values.locationId}
        onChange={set('locationId')}
        options={[{ value: '', label: t('form.noLocation') }, ...choices.locations.map((l) => ({ value: l.id, label: [l.name, l.addressLine, l.city].filter(Boolean).join(', ') }))]}
        error={errors.locationId}
      />
      <TextField id="event-place" label={t('form.place')} hint={t('form.placeHint')} value={values.place} onChange={set('place')} error={errors.place} autoComplete="off" />
      <FieldFrame id="event-capacity" label={t('form.capacity')} hint={t('form.capacityHint')} error={errors.capacity}>
        <input className="form-input input-width-xs" {...controlProps({ id: 'event-capacity', label: '', hint: t('form.capacityHint'), error: errors.capacity })} inputMode="numeric" value={values.capacity} onChange={(e) => set('capacity')(e.target.value)} />
      </FieldFrame>
      <CheckboxField id="event-signup" label={t('form.signupRequired')} checked={values.signupRequired} onChange={set('signupRequired')} />
      <button type="submit" className="button button-primary" disabled={submission.busy}>
        {submission.busy ? t('form.saving') : t('form.save')}
      </button>
    </form>
  );
}

function TimeField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint: string; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required>
      <input className="form-input input-width-xs" {...controlProps({ id, label, hint, error, required: true })} type="time" value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}
