import { useTranslation } from 'react-i18next';
import type { VolunteerProfile } from '../../../contracts/volunteers.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { formatInstant } from '../casework/shared.js';

/**
 * The guidelines on the volunteer's own page: the newest version to read and accept, or — once accepted — the text
 * folded away with the date it was accepted.
 */
export function GuidelinesToAccept({ profile, onAccepted }: { profile: VolunteerProfile; onAccepted: (p: VolunteerProfile) => void }) {
  const { t, i18n } = useTranslation('volunteers');
  const submission = useSubmit();
  const current = profile.guidelines.current;
  if (!current) return null;
  const text = current.body.split(/\n{2,}/).map((paragraph) => (
    <p key={paragraph} className="readable">
      {paragraph}
    </p>
  ));
  if (profile.guidelinesAccepted) {
    return (
      <section aria-labelledby="guidelines-heading">
        <h2 id="guidelines-heading">{t('guidelines.title')}</h2>
        <p>{t('guidelines.accepted', { version: current.version, date: formatInstant(profile.guidelines.acceptedAt, i18n.language) })}</p>
        <details className="volunteer-guidelines">
          <summary>{t('guidelines.read', { title: current.title })}</summary>
          {text}
        </details>
      </section>
    );
  }
  return (
    <section aria-labelledby="guidelines-heading" className="volunteer-guidelines volunteer-guidelines-new">
      <h2 id="guidelines-heading">{t('guidelines.newTitle')}</h2>
      <p className="font-lead">{t('guidelines.newIntro')}</p>
      <h3>{current.title}</h3>
      {text}
      {submission.error != null && <ErrorMessage error={submission.error} />}
      <button type="button" className="button button-primary" onClick={() => void submission.submit(async () => onAccepted(await api.post<VolunteerProfile>('/me/volunteer-guidelines/accept', { version: current.version })))}>
        {submission.busy ? t('common.saving') : t('guidelines.accept')}
      </button>
    </section>
  );
}
