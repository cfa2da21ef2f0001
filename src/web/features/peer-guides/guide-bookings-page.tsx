import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useNotice } from '../../components/use-notice.js';
import { bookingPage, type BookingListView, type BookingView } from './api.js';
import { durationText, isPast, whenText } from './format.js';
import { MinutesForm } from './minutes-form.js';

/** What the guide reads about a booking: for whom (a citizen by first name only), when and where. */
function BookingCard({ booking, t, language, children }: { booking: BookingView; t: TFunction; language: string; children?: React.ReactNode }) {
  const forWhom = booking.citizenFirstName ? t('guideBookings.forCitizen', { name: booking.citizenFirstName }) : booking.audience;
  return (
    <li className="peer-guide-card">
      <h3>
        <Link to={bookingPage(booking.id)}>{t('booking.title', { kind: t(`kinds.${booking.kind}`), title: booking.title })}</Link>
      </h3>
      <p>{whenText(t, booking.startsAt, booking.endsAt, language)}</p>
      <p>{booking.place}</p>
      {forWhom && <p>{forWhom}</p>}
      {booking.kind === 'inspiration-course' && <p>{t('guideBookings.signedUp', { count: booking.participantCount, max: booking.maxParticipants ?? 0 })}</p>}
      {booking.note && <p className="peer-guide-note">{booking.note}</p>}
      {booking.minutesLogged !== null && <p>{durationText(t, booking.minutesLogged)}</p>}
      {children}
    </li>
  );
}

/** /mine-bookinger — the guide's own bookings: to log (held, time not written), coming up, held. */
export function GuideBookingsPage() {
  const { t, i18n } = useTranslation('peer-guides');
  const list = useApi<BookingListView>('/me/peer-guide-bookings');
  const [notice, setNotice] = useNotice();
  const items = list.data?.items ?? [];
  const toLog = items.filter((b) => b.status === 'booked' && isPast(b.startsAt));
  const upcoming = items.filter((b) => b.status === 'booked' && !isPast(b.startsAt));
  const done = items.filter((b) => b.status === 'done').reverse();
  return (
    <>
      <PageTitle>{t('guideBookings.title')}</PageTitle>
      <p className="readable">{t('guideBookings.intro')}</p>
      <p>
        <Link to="/mine-bookinger/profil">{t('guideBookings.profile')}</Link>
      </p>
      <StatusMessage message={notice} />
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && (
        <>
          {toLog.length > 0 && (
            <section aria-labelledby="to-log">
              <h2 id="to-log">{t('guideBookings.toLog')}</h2>
              <p>{t('guideBookings.toLogIntro')}</p>
              <ul className="nobullet-list peer-guide-cards">
                {toLog.map((b) => (
                  <BookingCard key={b.id} booking={b} t={t} language={i18n.language}>
                    <MinutesForm booking={b} onSaved={() => { setNotice(t('guideBookings.saved')); list.reload(); }} />
                  </BookingCard>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="upcoming">
            <h2 id="upcoming">{t('guideBookings.upcoming')}</h2>
            {upcoming.length === 0 && <p>{t('guideBookings.upcomingNone')}</p>}
            <ul className="nobullet-list peer-guide-cards">
              {upcoming.map((b) => (
                <BookingCard key={b.id} booking={b} t={t} language={i18n.language} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="done">
            <h2 id="done">{t('guideBookings.done')}</h2>
            {done.length === 0 && <p>{t('guideBookings.doneNone')}</p>}
            <ul className="nobullet-list peer-guide-cards">
              {done.map((b) => (
                <BookingCard key={b.id} booking={b} t={t} language={i18n.language} />
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
