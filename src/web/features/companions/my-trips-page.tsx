import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { Fact, Facts } from '../casework/shared.js';
import type { AccompanimentView } from './api-types.js';
import { CancelTrip } from './cancel-form.js';
import { SmileyForm, SmileyText } from './smiley-scale.js';
import { tripTime } from './trip-format.js';

/**
 * /mine-ture — the volunteer's trips: say yes or no to one you were asked to go on, what each trip needs (first name,
 * place and time, needs, who to call on the day), log the hours and say how it went afterwards; and open requests you
 * could take yourself.
 */
export function MyTripsPage() {
  const { t } = useTranslation('companions');
  const mine = useApi<{ items: AccompanimentView[] }>('/me/accompaniments');
  const open = useApi<{ items: AccompanimentView[] }>('/me/open-companion-requests');
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message: string) => {
    setNotice(message);
    mine.reload();
    open.reload();
  };
  return (
    <>
      <PageTitle>{t('trips.title')}</PageTitle>
      <p className="font-lead">{t('trips.intro')}</p>
      <StatusMessage message={notice} />
      {mine.loading && !mine.data && <Loading />}
      {mine.error && <ErrorMessage error={mine.error} />}
      {mine.data && mine.data.items.length === 0 && <p>{t('trips.none')}</p>}
      {mine.data && mine.data.items.length > 0 && (
        <ul className="companion-trips">
          {mine.data.items.map((trip) => (
            <li key={trip.id} className="companion-trip">
              <Trip trip={trip} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
      <h2>{t('trips.openHeading')}</h2>
      {open.data && open.data.items.length === 0 && <p>{t('trips.noOpen')}</p>}
      {open.data && open.data.items.length > 0 && (
        <ul className="companion-trips">
          {open.data.items.map((trip) => (
            <li key={trip.id} className="companion-trip">
              <Trip trip={trip} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Trip({ trip, onChanged }: { trip: AccompanimentView; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation('companions');
  const submission = useSubmit();
  const [minutes, setMinutes] = useState(trip.minutesLogged === null ? '' : String(trip.minutesLogged));
  const path = `/companion-requests/${encodeURIComponent(trip.id)}`;
  const headingId = `trip-${trip.id}`;
  const act = (url: string, body: unknown, message: string) =>
    submission.submit(async () => {
      await api.post(url, body);
      onChanged(message);
    });
  return (
    <>
      <h2 id={headingId}>{trip.citizenFirstName ? t('trips.heading', { activity: trip.activity, name: trip.citizenFirstName }) : trip.activity}</h2>
      <ErrorSummary error={submission.error} fields={{ minutes: { id: `hours-${trip.id}`, label: t('trips.hoursLabel') } }} />
      <Facts>
        <Fact term={t('trips.when')}>{tripTime(trip.startsAt, trip.endsAt, i18n.language)}</Fact>
        <Fact term={t('trips.where')}>{trip.meetingPlace}</Fact>
        {trip.needs.length > 0 && <Fact term={t('form.needs')}>{trip.needs.map((n) => t(`needs.${n}`, { defaultValue: n })).join(', ')}</Fact>}
        {trip.needsNote && <Fact term={t('form.note')}>{trip.needsNote}</Fact>}
        {trip.requiredCourse && <Fact term={t('form.course')}>{trip.requiredCourse.name}</Fact>}
        {trip.dayContact && (trip.dayContact.name || trip.dayContact.phone) && <Fact term={t('trips.contact')}>{[trip.dayContact.name, trip.dayContact.phone].filter(Boolean).join(', ')}</Fact>}
        <Fact term={t('coordinator.status')}>{t(`status.${trip.status}`)}</Fact>
        {trip.myEvaluation && (
          <Fact term={t('trips.yourEvaluation')}>
            <SmileyText smiley={trip.myEvaluation.smiley} />
            {trip.myEvaluation.comment ? ` — ${trip.myEvaluation.comment}` : ''}
          </Fact>
        )}
      </Facts>
      <div className="companion-actions">
        {trip.moves.includes('accept') && (
          <button type="button" className="button button-primary" aria-describedby={headingId} onClick={() => void act(`${path}/answer`, { accept: true, version: trip.version }, t('trips.accepted'))}>
            {t('trips.accept')}
          </button>
        )}
        {trip.moves.includes('decline') && (
          <button type="button" className="button button-secondary" aria-describedby={headingId} onClick={() => void act(`${path}/answer`, { accept: false, version: trip.version }, t('trips.declined'))}>
            {t('trips.decline')}
          </button>
        )}
        {trip.moves.includes('take') && (
          <button type="button" className="button button-primary" aria-describedby={headingId} onClick={() => void act(`${path}/take`, { version: trip.version }, t('trips.taken'))}>
            {t('trips.take')}
          </button>
        )}
      </div>
      {trip.canLogHours && (
        <form
          noValidate
          className="companion-hours"
          onSubmit={(event) => {
            event.preventDefault();
            void act(`${path}/hours`, { minutes: Number(minutes) }, t('trips.hoursSaved'));
          }}
        >
          <TextField id={`hours-${trip.id}`} label={t('trips.hoursLabel')} hint={t('trips.hoursHint')} value={minutes} onChange={setMinutes} error={submission.fieldErrors.minutes} width="input-width-xs" autoComplete="off" />
          <button type="submit" className="button button-secondary">
            {t('trips.saveHours')}
          </button>
        </form>
      )}
      {trip.canEvaluate && !trip.myEvaluation && <SmileyForm requestId={trip.id} withComment onSaved={() => onChanged(t('trips.evaluated'))} />}
      {trip.moves.includes('cancel') && trip.citizenFirstName && <CancelTrip requestId={trip.id} version={trip.version} describedBy={headingId} onCancelled={() => onChanged(t('cancel.done'))} />}
    </>
  );
}
