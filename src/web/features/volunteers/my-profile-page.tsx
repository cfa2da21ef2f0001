import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerProfile } from '../../../contracts/volunteers.js';
import { volunteerInterestSuggestions, volunteerLanguageCodes } from '../../../domain/volunteer-courses.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { Fact, Facts, formatDate } from '../casework/shared.js';
import { ExceptionsSection } from './exceptions-section.js';
import { GuidelinesToAccept } from './guidelines-to-accept.js';
import { languageName, validityText } from './labels.js';
import { messagesByPath, WeeklySlotsEditor, type SlotValue } from './weekly-slots-editor.js';

/** /min-frivilligprofil — the volunteer's own profile in plain Danish: the guidelines, what I like, when I can, my courses. */
export function MyProfilePage() {
  const { t } = useTranslation('volunteers');
  const profile = useApi<VolunteerProfile>('/me/volunteer-profile');
  const [saved, setSaved] = useState<VolunteerProfile | null>(null);
  // Kept here: the form starts afresh on every saved version, and the confirmation must outlive it.
  const [notice, setNotice] = useState<string | null>(null);
  const current = saved ?? profile.data;
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      {profile.loading && !current && <Loading />}
      {profile.error && <ErrorMessage error={profile.error} />}
      {current && (
        <>
          <p className="font-lead">{t(`profile.status.${current.status}`)}</p>
          <GuidelinesToAccept profile={current} onAccepted={setSaved} />
          <StatusMessage message={notice} />
          <ProfileForm
            key={current.version}
            profile={current}
            onSubmit={() => setNotice(null)}
            onSaved={(p) => {
              setSaved(p);
              setNotice(t('profile.saved'));
            }}
          />
          <ExceptionsSection profile={current} onChanged={setSaved} />
          <QualificationsSection profile={current} />
        </>
      )}
    </>
  );
}

function ProfileForm({ profile, onSaved, onSubmit }: { profile: VolunteerProfile; onSaved: (p: VolunteerProfile) => void; onSubmit: () => void }) {
  const { t, i18n } = useTranslation('volunteers');
  const [interests, setInterests] = useState(profile.interests);
  const [otherInterests, setOtherInterests] = useState(profile.interests.filter((i) => !volunteerInterestSuggestions.includes(i)).join(', '));
  const [skills, setSkills] = useState(profile.skills.join(', '));
  const [languages, setLanguages] = useState(profile.languages);
  const [postalCode, setPostalCode] = useState(profile.postalCode ?? '');
  const [area, setArea] = useState(profile.area ?? '');
  const [maxDistance, setMaxDistance] = useState(profile.maxDistanceKm === null ? '' : String(profile.maxDistanceKm));
  const [slots, setSlots] = useState<SlotValue[]>(profile.weeklySlots);
  const [paused, setPaused] = useState(profile.status === 'paused');
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const words = (text: string) => text.split(',').map((w) => w.trim()).filter((w) => w !== '');
  const fields = {
    interests: { id: 'profile-interests-sport', label: t('profile.interests') },
    skills: { id: 'profile-skills', label: t('profile.skills') },
    languages: { id: `profile-languages-${volunteerLanguageCodes[0]}`, label: t('profile.languages') },
    postalCode: { id: 'profile-postal-code', label: t('profile.postalCode') },
    area: { id: 'profile-area', label: t('profile.area') },
    maxDistanceKm: { id: 'profile-distance', label: t('profile.distance') },
    weeklySlots: { id: 'slot-0-weekday', label: t('profile.slots') },
    paused: { id: 'profile-paused', label: t('profile.paused') },
  };
  const distance = maxDistance.trim() === '' ? null : Number(maxDistance);
  return (
    <section aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading">{t('profile.formTitle')}</h2>
      <SubmitForm
        submission={submission}
        fields={fields}
        onSubmit={onSubmit}
        save={async () => {
          const body = {
            interests: [...interests.filter((i) => volunteerInterestSuggestions.includes(i)), ...words(otherInterests)],
            skills: words(skills),
            languages,
            area: area.trim() || null,
            postalCode: postalCode.trim() || null,
            maxDistanceKm: distance !== null && Number.isInteger(distance) ? distance : distance === null ? null : -1,
            weeklySlots: slots,
            paused,
            version: profile.version,
          };
          onSaved(await api.put<VolunteerProfile>('/me/volunteer-profile', body));
        }}
      >
        <CheckboxGroup id="profile-interests" legend={t('profile.interests')} hint={t('profile.interestsHint')} options={volunteerInterestSuggestions.map((i) => ({ value: i, label: i }))} selected={interests} onChange={setInterests} error={errors.interests} />
        <TextField id="profile-other-interests" label={t('profile.otherInterests')} hint={t('profile.commaHint')} value={otherInterests} onChange={setOtherInterests} />
        <TextField id="profile-skills" label={t('profile.skills')} hint={t('profile.skillsHint')} value={skills} onChange={setSkills} error={errors.skills} />
        <CheckboxGroup id="profile-languages" legend={t('profile.languages')} options={volunteerLanguageCodes.map((code) => ({ value: code, label: languageName(code, i18n.language) }))} selected={languages} onChange={setLanguages} error={errors.languages} />
        <TextField id="profile-postal-code" label={t('profile.postalCode')} hint={t('profile.postalCodeHint')} value={postalCode} onChange={setPostalCode} error={errors.postalCode} width="input-width-xs" autoComplete="postal-code" />
        <TextField id="profile-area" label={t('profile.area')} hint={t('profile.areaHint')} value={area} onChange={setArea} error={errors.area} width="input-width-l" />
        <TextField id="profile-distance" label={t('profile.distance')} hint={t('profile.distanceHint')} value={maxDistance} onChange={setMaxDistance} error={errors.maxDistanceKm} width="input-width-xs" />
        <WeeklySlotsEditor slots={slots} onChange={setSlots} errors={messagesByPath(submission.error)} />
        {profile.status !== 'stopped' && <CheckboxField id="profile-paused" label={t('profile.paused')} hint={t('profile.pausedHint')} checked={paused} onChange={setPaused} error={errors.paused} />}
        <FormActions busy={submission.busy} saveLabel={t('profile.save')} />
      </SubmitForm>
    </section>
  );
}

function QualificationsSection({ profile }: { profile: VolunteerProfile }) {
  const { t, i18n } = useTranslation('volunteers');
  return (
    <section aria-labelledby="qualifications-heading">
      <h2 id="qualifications-heading">{t('profile.qualifications')}</h2>
      <p className="readable">{t('profile.qualificationsIntro')}</p>
      <Facts>
        <Fact term={t('profile.recordCheck')}>
          {profile.recordCheck.expiresOn ? t('profile.recordCheckUntil', { date: formatDate(profile.recordCheck.expiresOn, i18n.language), state: validityText(t, profile.recordCheck.state) }) : validityText(t, 'missing')}
        </Fact>
        {profile.courses.map((course) => (
          <Fact key={course.key} term={course.name}>
            {course.validUntil ? t('profile.courseUntil', { date: formatDate(course.validUntil, i18n.language), state: validityText(t, course.state) }) : t('profile.courseDone', { date: formatDate(course.completedOn, i18n.language) })}
          </Fact>
        ))}
      </Facts>
    </section>
  );
}
