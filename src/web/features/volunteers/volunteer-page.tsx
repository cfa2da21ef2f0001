import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { VolunteerProfile } from '../../../contracts/volunteers.js';
import { volunteerCourses } from '../../../domain/volunteer-courses.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { Fact, Facts, formatDate, todayInDenmark } from '../casework/shared.js';
import { languageName, validityText, weekdayName } from './labels.js';

/** /koordinering/frivillige/:id — one volunteer for the coordinator: profile, courses, record check and status. */
export function VolunteerPage() {
  const { t } = useTranslation('volunteers');
  const { id = '' } = useParams();
  const loaded = useApi<VolunteerProfile>(`/volunteers/${encodeURIComponent(id)}`);
  const [saved, setSaved] = useState<{ profile: VolunteerProfile; notice: string } | null>(null);
  const profile = saved?.profile ?? loaded.data;
  const onSaved = (notice: string) => (p: VolunteerProfile) => setSaved({ profile: p, notice });
  return (
    <>
      <BackLink to="/koordinering/frivillige?fane=frivillige">{t('volunteer.back')}</BackLink>
      <PageTitle>{profile ? profile.name : t('volunteer.loading')}</PageTitle>
      {loaded.loading && !profile && <Loading />}
      {loaded.error && <ErrorMessage error={loaded.error} />}
      <StatusMessage message={saved?.notice ?? null} />
      {profile && (
        <>
          <ProfileFacts profile={profile} />
          <CheckAndStatusForm key={`s${profile.version}`} profile={profile} onSaved={onSaved(t('volunteer.savedStatus'))} />
          <CoursesSection profile={profile} onSaved={onSaved(t('volunteer.savedCourse'))} />
        </>
      )}
    </>
  );
}

function ProfileFacts({ profile: p }: { profile: VolunteerProfile }) {
  const { t, i18n } = useTranslation('volunteers');
  return (
    <Facts>
      <Fact term={t('volunteer.status')}>{`${t(`statuses.${p.status}`)}${p.stopReason ? ` — ${p.stopReason}` : ''}`}</Fact>
      <Fact term={t('volunteer.contact')}>{[p.email, p.phone].filter(Boolean).join(' · ')}</Fact>
      <Fact term={t('volunteer.area')}>{[p.area, p.postalCode, p.maxDistanceKm ? t('volunteer.distance', { km: p.maxDistanceKm }) : null].filter(Boolean).join(' · ')}</Fact>
      <Fact term={t('volunteer.interests')}>{p.interests.join(', ')}</Fact>
      <Fact term={t('volunteer.skills')}>{p.skills.join(', ')}</Fact>
      <Fact term={t('volunteer.languages')}>{p.languages.map((l) => languageName(l, i18n.language)).join(', ')}</Fact>
      <Fact term={t('volunteer.slots')}>{p.weeklySlots.map((s) => `${weekdayName(t, s.weekday)} ${s.from}–${s.to}`).join(', ') || t('profile.noSlots')}</Fact>
      <Fact term={t('volunteer.started')}>{formatDate(p.startedOn, i18n.language)}</Fact>
      <Fact term={t('volunteer.guidelines')}>{p.guidelinesAccepted ? t('volunteers.accepted') : t('volunteers.notAccepted')}</Fact>
    </Facts>
  );
}

function CheckAndStatusForm({ profile: p, onSaved }: { profile: VolunteerProfile; onSaved: (p: VolunteerProfile) => void }) {
  const { t } = useTranslation('volunteers');
  const [v, setV] = useState({ recordCheckOn: p.recordCheck.checkedOn ?? '', recordCheckExpiresOn: p.recordCheck.expiresOn ?? '', status: p.status, stopReason: p.stopReason ?? '' });
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const fields = {
    recordCheckOn: { id: 'check-on', label: t('volunteer.checkOn') },
    recordCheckExpiresOn: { id: 'check-expires', label: t('volunteer.checkExpires') },
    status: { id: 'volunteer-status', label: t('volunteer.status') },
    stopReason: { id: 'stop-reason', label: t('volunteer.stopReason') },
  };
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{t('volunteer.checkTitle')}</h2>
      <p className="readable">{t('volunteer.checkIntro', { state: validityText(t, p.recordCheck.state) })}</p>
      <SubmitForm
        submission={submission}
        fields={fields}
        save={async () => onSaved(await api.patch<VolunteerProfile>(`/volunteers/${p.id}`, { recordCheckOn: v.recordCheckOn || null, recordCheckExpiresOn: v.recordCheckExpiresOn || null, status: v.status, stopReason: v.stopReason.trim() || null, version: p.version }))}
      >
        <TextField id="check-on" type="date" label={fields.recordCheckOn.label} value={v.recordCheckOn} onChange={set('recordCheckOn')} error={errors.recordCheckOn} />
        <TextField id="check-expires" type="date" label={fields.recordCheckExpiresOn.label} value={v.recordCheckExpiresOn} onChange={set('recordCheckExpiresOn')} error={errors.recordCheckExpiresOn} />
        <SelectField id="volunteer-status" label={fields.status.label} value={v.status} onChange={set('status')} options={['active', 'paused', 'stopped'].map((s) => ({ value: s, label: t(`statuses.${s}`) }))} error={errors.status} />
        {v.status === 'stopped' && <TextAreaField id="stop-reason" label={fields.stopReason.label} value={v.stopReason} onChange={set('stopReason')} rows={2} error={errors.stopReason} required />}
        <FormActions busy={submission.busy} saveLabel={t('volunteer.save')} />
      </SubmitForm>
    </section>
  );
}

function CoursesSection({ profile: p, onSaved }: { profile: VolunteerProfile; onSaved: (p: VolunteerProfile) => void }) {
  const { t, i18n } = useTranslation('volunteers');
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const [courseKey, setCourseKey] = useState(volunteerCourses[0]!.key);
  const [completedOn, setCompletedOn] = useState(todayInDenmark());
  const submission = useSubmit();
  const fields = { courseKey: { id: 'course-key', label: t('volunteer.course') }, completedOn: { id: 'course-completed', label: t('volunteer.completedOn') } };
  return (
    <section aria-labelledby="courses-heading">
      <h2 id="courses-heading">{t('volunteer.courses')}</h2>
      {p.courses.length === 0 ? (
        <p>{t('volunteer.noCourses')}</p>
      ) : (
        <ul>
          {p.courses.map((c) => (
            <li key={c.key}>
              {c.name}: {t('volunteer.courseLine', { date: formatDate(c.completedOn, i18n.language) })}
              {c.validUntil ? ` ${t('volunteer.courseUntil', { date: formatDate(c.validUntil, i18n.language), state: validityText(t, c.state) })}` : ''}
            </li>
          ))}
        </ul>
      )}
      <SubmitForm submission={submission} fields={fields} save={async () => onSaved(await api.put<VolunteerProfile>(`/volunteers/${p.id}/courses/${courseKey}`, { completedOn }))}>
        <SelectField id="course-key" label={fields.courseKey.label} value={courseKey} onChange={setCourseKey} options={volunteerCourses.map((c) => ({ value: c.key, label: c.name[lang] }))} />
        <TextField id="course-completed" type="date" label={fields.completedOn.label} value={completedOn} onChange={setCompletedOn} error={submission.fieldErrors.completedOn} required />
        <FormActions busy={submission.busy} saveLabel={t('volunteer.addCourse')} />
      </SubmitForm>
    </section>
  );
}
