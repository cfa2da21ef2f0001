import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { ErrorSummary } from '../../components/form/error-summary.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { Fact, Facts } from '../casework/shared.js';
import type { CompanionRequestView, MatchListView } from './api-types.js';
import { CancelTrip } from './cancel-form.js';
import { SmileyText } from './smiley-scale.js';
import { tripTime } from './trip-format.js';

/**
 * /koordinering/foelgeskab/:id — one request for the coordinator: what the trip needs, the volunteers who can go in
 * ranked order with the reasons in words, and a button to give it to one of them; afterwards, whether it took place.
 */
export function CoordinatorRequestPage() {
  const { t, i18n } = useTranslation('companions');
  const { id = '' } = useParams();
  const path = `/companion-requests/${encodeURIComponent(id)}`;
  const request = useApi<CompanionRequestView>(path);
  const [notice, setNotice] = useState<string | null>(null);
  const submission = useSubmit();
  const r = request.data;
  const matches = useApi<MatchListView>(r?.moves.includes('assign') ? `${path}/matches` : null);
  const act = (url: string, body: unknown, message: string) =>
    submission.submit(async () => {
      await api.post(url, body);
      setNotice(message);
      request.reload();
    });
  return (
    <>
      <BackLink to="/koordinering/foelgeskab">{t('coordinator.back')}</BackLink>
      <PageTitle>{r ? t('coordinator.requestTitle', { activity: r.activity, name: r.citizen.firstName }) : t('coordinator.title')}</PageTitle>
      <StatusMessage message={notice} />
      <ErrorSummary error={submission.error} fields={{}} />
      {request.loading && !r && <Loading />}
      {request.error && <ErrorMessage error={request.error} />}
      {r && (
        <>
          <p className="font-lead" id="request-text">{r.text}</p>
          <Facts>
            <Fact term={t('coordinator.citizen')}>{`${r.citizen.firstName} ${r.citizen.lastName}`}</Fact>
            <Fact term={t('coordinator.when')}>{tripTime(r.startsAt, r.endsAt, i18n.language)}</Fact>
            <Fact term={t('form.place')}>{r.meetingPlace}</Fact>
            <Fact term={t('form.needs')}>{r.needs.length > 0 ? r.needs.map((n) => t(`needs.${n}`, { defaultValue: n })).join(', ') : '–'}</Fact>
            <Fact term={t('form.note')}>{r.needsNote ?? '–'}</Fact>
            <Fact term={t('form.course')}>{r.requiredCourse?.name ?? t('form.noCourse')}</Fact>
            <Fact term={t('form.contactName')}>{[r.dayContactName, r.dayContactPhone].filter(Boolean).join(', ') || '–'}</Fact>
            <Fact term={t('coordinator.status')}>{t(`status.${r.status}`)}</Fact>
            {r.cancelReason && <Fact term={t('coordinator.cancelled', { role: t(`roles.${r.cancelledByRole ?? 'coordinator'}`), name: r.cancelledByName ?? '' })}>{r.cancelReason}</Fact>}
            {r.minutesLogged !== null && <Fact term={t('trips.hours')}>{t('trips.minutes', { count: r.minutesLogged })}</Fact>}
            {r.evaluations.map((e) => (
              <Fact key={e.side} term={t(`coordinator.evaluation.${e.side}`)}>
                <SmileyText smiley={e.smiley} />
                {e.comment ? ` — ${e.comment}` : ''}
              </Fact>
            ))}
          </Facts>
          {r.moves.includes('assign') && (
            <section aria-labelledby="matches-heading">
              <h2 id="matches-heading">{t('coordinator.matches')}</h2>
              {matches.loading && !matches.data && <Loading />}
              {matches.error && <ErrorMessage error={matches.error} />}
              {matches.data && matches.data.items.length === 0 && <p>{t('coordinator.noMatches')}</p>}
              {matches.data && matches.data.items.length > 0 && (
                <ol className="companion-matches">
                  {matches.data.items.map((m) => (
                    <li key={m.volunteer.userId} className="companion-match">
                      <h3 id={`match-${m.volunteer.userId}`}>{m.volunteer.name}</h3>
                      <ul>
                        {m.reasons.map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                      <button type="button" className="button button-primary" aria-describedby={`match-${m.volunteer.userId}`} onClick={() => void act(`${path}/assignment`, { volunteerUserId: m.volunteer.userId, version: r.version }, t('coordinator.assigned', { name: m.volunteer.name }))}>
                        {t('coordinator.assign', { name: m.volunteer.name })}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
          <div className="companion-actions">
            {r.moves.includes('done') && (
              <button type="button" className="button button-primary" onClick={() => void act(`${path}/outcome`, { outcome: 'done', version: r.version }, t('coordinator.markedDone'))}>
                {t('coordinator.done')}
              </button>
            )}
            {r.moves.includes('missed') && (
              <button type="button" className="button button-secondary" onClick={() => void act(`${path}/outcome`, { outcome: 'missed', version: r.version }, t('coordinator.markedMissed'))}>
                {t('coordinator.missed')}
              </button>
            )}
          </div>
          {r.moves.includes('cancel') && <CancelTrip requestId={r.id} version={r.version} describedBy="request-text" onCancelled={() => { setNotice(t('cancel.done')); request.reload(); }} />}
        </>
      )}
    </>
  );
}
