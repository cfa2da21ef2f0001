import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { SubmitForm } from '../casework/form.js';
import { bookingPath, type BookingView } from './api.js';

/** The guide marks a booking held and writes the minutes spent. */
export function MinutesForm({ booking, onSaved }: { booking: BookingView; onSaved: (saved: BookingView) => void }) {
  const { t } = useTranslation('peer-guides');
  const [minutes, setMinutes] = useState('');
  const submission = useSubmit();
  const id = `minutes-${booking.id}`;
  return (
    <SubmitForm
      submission={submission}
      fields={{ minutes: { id, label: t('guideBookings.minutes') } }}
      className="peer-guide-minutes"
      save={async () => {
        const typed = minutes.trim();
        if (!/^\d+$/.test(typed)) throw new ApiError(400, t('form.clientTitle'), undefined, [{ path: 'minutes', message: t('guideBookings.minutesNotNumber') }], 'validation_failed', undefined);
        onSaved(await api.post<BookingView>(`${bookingPath(booking.id)}/completion`, { minutes: Number(typed), version: booking.version }));
      }}
    >
      <TextField id={id} label={t('guideBookings.minutes')} hint={t('guideBookings.minutesHint')} value={minutes} onChange={setMinutes} error={submission.fieldErrors.minutes} required width="input-width-xs" autoComplete="off" />
      <button type="submit" className="button button-primary">
        {t('guideBookings.save')}
      </button>
    </SubmitForm>
  );
}
