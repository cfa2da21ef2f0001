import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { Fact, Facts } from '../casework/shared.js';
import { bookingPath, guidePage, type BookingView } from './api.js';
import { CourseSignUp } from './course-sign-up.js';
import { durationText, whenText } from './format.js';
import { MinutesForm } from './minutes-form.js';
import { useCan } from './use-can.js';

/** /borgerguider/bookinger/:bookingId — one booking for its booker, its guide and the coordinator: cancel, sign up, log the time. */
export function BookingPage() {
  const { t, i18n } = useTranslation('peer-guides');
  const { bookingId = '' } = useParams();
  const booking = useApi<BookingView>(bookingPath(bookingId));
  const isGuide = useCan('peer-guide.own');
  const [notice, setNotice] = useNotice();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const b = booking.data;
  const noticeText = notice === 'created' ? t('booking.created') : notice;

  const cancel = async (current: BookingView) => {
    setError(null);
    try {
      await api.post<BookingView>(`${bookingPath(current.id)}/cancellation`, { version: current.version });
      setAsking(false);
      setNotice(t('booking.cancelled'));
      booking.reload();
    } catch (reason) {
      setError(reason);
    }
  };

  return (
    <>
      <BackLink to={isGuide ? '/mine-bookinger' : '/borgerguider/bookinger'}>{isGuide ? t('profile.back') : t('booking.back')}</BackLink>
      <PageTitle>{b ? t('booking.title', { kind: t(`kinds.${b.kind}`), title: b.title }) : t('guide.titleLoading')}</PageTitle>
      <StatusMessage message={noticeText} />
      {booking.loading && !b && <Loading />}
      {booking.error && <ErrorMessage error={booking.error} />}
      {error !== null && <ErrorMessage error={error} />}
      {b && (
        <>
          <Facts>
            <Fact term={t('booking.guide')}>{isGuide ? b.guide.name : <Link to={guidePage(b.guide.id)}>{b.guide.name}</Link>}</Fact>
            <Fact term={t('booking.when')}>{whenText(t, b.startsAt, b.endsAt, i18n.language)}</Fact>
            <Fact term={t('booking.place')}>{b.place}</Fact>
            {b.citizenFirstName && <Fact term={t('booking.citizen')}>{b.citizenFirstName}</Fact>}
            {b.audience && <Fact term={t('booking.forWhom')}>{b.audience}</Fact>}
            <Fact term={t('booking.funding')}>{t(`funding.${b.fundingSource}`)}</Fact>
            <Fact term={t('booking.bookedBy')}>{[b.bookedBy.name, b.bookedBy.unitName].filter(Boolean).join(', ')}</Fact>
            <Fact term={t('booking.status')}>{t(`bookingStatus.${b.status}`)}</Fact>
            {b.minutesLogged !== null && <Fact term={t('booking.time')}>{durationText(t, b.minutesLogged)}</Fact>}
            {b.note && <Fact term={t('booking.note')}>{b.note}</Fact>}
          </Facts>
          {b.kind === 'inspiration-course' && (
            <section aria-labelledby="booking-participants">
              <h2 id="booking-participants">{t('booking.participants')}</h2>
              <p>{t('guide.places', { taken: b.participantCount, max: b.maxParticipants ?? 0 })}</p>
              {b.participants && b.participants.length === 0 && <p>{t('booking.participantsNone')}</p>}
              {b.participants && b.participants.length > 0 && (
                <ul>
                  {b.participants.map((p) => (
                    <li key={p.id}>{p.name}</li>
                  ))}
                </ul>
              )}
              {b.canSignUp && !isGuide && <CourseSignUp bookingId={b.id} onSignedUp={(name) => { setNotice(t('guide.signedUp', { name })); booking.reload(); }} />}
            </section>
          )}
          {b.canComplete && (
            <section aria-labelledby="booking-log">
              <h2 id="booking-log">{t('guideBookings.toLog')}</h2>
              <MinutesForm booking={b} onSaved={() => { setNotice(t('guideBookings.saved')); booking.reload(); }} />
            </section>
          )}
          {b.canCancel && (
            <div className="peer-guide-cancel">
              {!asking ? (
                <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
                  {t('booking.cancel')}
                </button>
              ) : (
                <div role="group" aria-labelledby="cancel-ask">
                  <p id="cancel-ask">{t('booking.cancelAsk')}</p>
                  <button type="button" className="button button-primary" onClick={() => void cancel(b)}>
                    {t('booking.cancelYes')}
                  </button>
                  <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
                    {t('booking.cancelNo')}
                  </button>
                </div>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}
