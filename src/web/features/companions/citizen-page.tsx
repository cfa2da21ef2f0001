import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import { useSession } from '../auth/session.js';
import type { CompanionRequestView } from './api-types.js';
import { CancelTrip } from './cancel-form.js';
import { CompanionRequestForm } from './request-form.js';
import { SmileyForm, SmileyText } from './smiley-scale.js';

/**
 * /foelgeskab — the citizen's own page, in plain Danish: ask for a volunteer to come along, see your trips in words
 * ("Ole kommer med dig til håndbold lørdag den 12. december kl. 14.00. I mødes ved …"), call one off, and say how
 * it went on the smiley scale afterwards. Everything is a real field or button, so it works with the keyboard alone.
 */
export function CitizenCompanionPage() {
  const { t } = useTranslation('companions');
  const { me } = useSession();
  const list = useApi<{ items: CompanionRequestView[] }>('/me/companion-requests');
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    list.reload();
  };
  return (
    <>
      <PageTitle>{t('citizen.title')}</PageTitle>
      <p className="font-lead">{t('citizen.intro')}</p>
      <StatusMessage message={notice} />
      <h2>{t('citizen.trips')}</h2>
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('citizen.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="companion-trips">
          {list.data.items.map((trip) => {
            const mine = trip.evaluations.find((e) => e.side === 'citizen');
            return (
              <li key={trip.id} className="companion-trip">
                <h3 id={`trip-${trip.id}`}>{trip.activity}</h3>
                <p className="companion-trip-text">{trip.text}</p>
                {mine && (
                  <p>
                    {t('citizen.yourSmiley')} <SmileyText smiley={mine.smiley} />
                  </p>
                )}
                {trip.canEvaluate && !mine && <SmileyForm requestId={trip.id} withComment={false} onSaved={() => done(t('citizen.thanks'))} />}
                {trip.moves.includes('cancel') && <CancelTrip requestId={trip.id} version={trip.version} describedBy={`trip-${trip.id}`} onCancelled={() => done(t('cancel.done'))} />}
              </li>
            );
          })}
        </ul>
      )}
      <h2>{t('easy.heading')}</h2>
      {me?.citizenId ? <CompanionRequestForm citizenId={me.citizenId} easy onSaved={() => done(t('easy.saved'))} /> : <p>{t('citizen.noRecord')}</p>}
    </>
  );
}
