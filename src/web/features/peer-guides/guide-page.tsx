import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { Fact, Facts, formatDate } from '../casework/shared.js';
import { guidePath, type GuideView } from './api.js';
import { BookingForm } from './booking-form.js';
import { CourseSignUp } from './course-sign-up.js';
import { whenText } from './format.js';
import { useCan } from './use-can.js';

/** /borgerguider/:id — a guide in their own words, when they are busy, their courses to sign up for, and the booking form. */
export function GuidePage() {
  const { t, i18n } = useTranslation('peer-guides');
  const { id = '' } = useParams();
  const guide = useApi<GuideView>(guidePath(id));
  const canBook = useCan('peer-guide.book');
  const [notice, setNotice] = useNotice();
  const g = guide.data;
  return (
    <>
      <BackLink to="/borgerguider">{t('guide.back')}</BackLink>
      <PageTitle>{g ? g.name : t('guide.titleLoading')}</PageTitle>
      <StatusMessage message={notice} />
      {guide.loading && !g && <Loading />}
      {guide.error && <ErrorMessage error={guide.error} />}
      {g && (
        <>
          <section aria-labelledby="guide-about">
            <h2 id="guide-about">{t('guide.about', { name: g.name })}</h2>
            <p className="readable peer-guide-presentation">{g.presentation}</p>
            <Facts>
              <Fact term={t('guide.areas')}>{g.experienceAreas.map((a) => t(`areas.${a}`)).join(', ')}</Fact>
              <Fact term={t('guide.training')}>
                {t(`training.${g.trainingStatus}`)}
                {g.trainedOn && ` (${t('guide.trainedOn', { date: formatDate(g.trainedOn, i18n.language) })})`}
              </Fact>
              <Fact term={t('guide.availability', { name: g.name })}>{g.availabilityNote ?? t('guide.noAvailability')}</Fact>
              <Fact term={t('guide.status')}>{t(`guideStatus.${g.status}`)}</Fact>
            </Facts>
          </section>
          <section aria-labelledby="guide-busy">
            <h2 id="guide-busy">{t('guide.busyTitle')}</h2>
            {g.busy.length === 0 ? (
              <p>{t('guide.busyNone', { name: g.name })}</p>
            ) : (
              <>
                <p>{t('guide.busyIntro', { name: g.name })}</p>
                <ul className="peer-guide-busy">
                  {g.busy.map((slot) => (
                    <li key={slot.startsAt}>{whenText(t, slot.startsAt, slot.endsAt, i18n.language)}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="guide-courses">
            <h2 id="guide-courses">{t('guide.coursesTitle')}</h2>
            {g.courses.length === 0 && <p>{t('guide.coursesNone', { name: g.name })}</p>}
            <ul className="nobullet-list peer-guide-courses">
              {g.courses.map((course) => (
                <li key={course.id} className="peer-guide-card">
                  <h3>{course.title}</h3>
                  <p>{whenText(t, course.startsAt, course.endsAt, i18n.language)}</p>
                  <p>{course.place}</p>
                  <p>{course.participantCount >= course.maxParticipants ? t('guide.full') : t('guide.places', { taken: course.participantCount, max: course.maxParticipants })}</p>
                  {canBook && course.participantCount < course.maxParticipants && (
                    <CourseSignUp
                      bookingId={course.id}
                      onSignedUp={(name) => {
                        setNotice(t('guide.signedUp', { name }));
                        guide.reload();
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
          {canBook && (
            <section aria-labelledby="guide-book">
              <h2 id="guide-book">{t('guide.bookTitle', { name: g.name })}</h2>
              {g.bookable ? <BookingForm guide={g} /> : <p>{t('guide.notBookable', { name: g.name })}</p>}
            </section>
          )}
        </>
      )}
    </>
  );
}
