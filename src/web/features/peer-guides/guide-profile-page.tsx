import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { isConflict } from '../casework/shared.js';
import type { GuideView } from './api.js';

/** /mine-bookinger/profil — the guide writes their presentation and when they are usually free. */
export function GuideProfilePage() {
  const { t } = useTranslation('peer-guides');
  const profile = useApi<GuideView>('/me/peer-guide-profile');
  const [presentation, setPresentation] = useState('');
  const [availability, setAvailability] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const submission = useSubmit();
  const p = profile.data;
  useEffect(() => {
    if (!p) return;
    setPresentation(p.presentation);
    setAvailability(p.availabilityNote ?? '');
  }, [p]);
  const fields = { presentation: { id: 'profile-presentation', label: t('profile.presentation') }, availabilityNote: { id: 'profile-availability', label: t('profile.availability') } };
  return (
    <>
      <BackLink to="/mine-bookinger">{t('profile.back')}</BackLink>
      <PageTitle>{t('profile.title')}</PageTitle>
      <p className="readable">{t('profile.intro')}</p>
      <StatusMessage message={saved} />
      {profile.loading && !p && <Loading />}
      {profile.error && <ErrorMessage error={profile.error} />}
      {p && (
        <SubmitForm
          submission={submission}
          fields={fields}
          help={isConflict(submission.error) ? <p className="alert-text">{t('profile.conflict')}</p> : undefined}
          save={async () => {
            setSaved(null);
            await api.put<GuideView>('/me/peer-guide-profile', { presentation: presentation.trim(), availabilityNote: availability.trim() || null, version: p.version });
            setSaved(t('profile.saved'));
            profile.reload();
          }}
        >
          <TextAreaField id="profile-presentation" label={t('profile.presentation')} hint={t('profile.presentationHint')} value={presentation} onChange={setPresentation} error={submission.fieldErrors.presentation} rows={6} />
          <TextField id="profile-availability" label={t('profile.availability')} hint={t('profile.availabilityHint')} value={availability} onChange={setAvailability} error={submission.fieldErrors.availabilityNote} autoComplete="off" />
          <FormActions busy={submission.busy} saveLabel={t('profile.save')} />
        </SubmitForm>
      )}
    </>
  );
}
