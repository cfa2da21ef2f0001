import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { SubmitForm } from '../casework/form.js';
import { bookingPath, type BookingView } from './api.js';

/** Sign one person up for an inspiration course by name; a full course is refused by the server with why. */
export function CourseSignUp({ bookingId, onSignedUp }: { bookingId: string; onSignedUp: (name: string) => void }) {
  const { t } = useTranslation('peer-guides');
  const [name, setName] = useState('');
  const submission = useSubmit();
  const id = `sign-up-${bookingId}`;
  return (
    <SubmitForm
      submission={submission}
      fields={{ name: { id, label: t('guide.signUpName') } }}
      className="peer-guide-sign-up"
      save={async () => {
        await api.post<BookingView>(`${bookingPath(bookingId)}/participants`, { name: name.trim() });
        onSignedUp(name.trim());
        setName('');
      }}
    >
      <TextField id={id} label={t('guide.signUpName')} value={name} onChange={setName} error={submission.fieldErrors.name} required autoComplete="off" />
      <button type="submit" className="button button-secondary">
        {t('guide.signUp')}
      </button>
    </SubmitForm>
  );
}
