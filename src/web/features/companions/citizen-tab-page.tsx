import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { StatusMessage } from '../../components/status-message.js';
import type { CitizenRecord } from '../casework/api-types.js';
import { CitizenNav } from '../casework/shared.js';
import type { CompanionRequestView } from './api-types.js';
import { CompanionRequestForm } from './request-form.js';
import { SmileyText } from './smiley-scale.js';

/** /borgere/:id/foelgeskab — on the staff's citizen pages: the citizen's trips, and asking for one on their behalf. */
export function CitizenCompanionTab() {
  const { t } = useTranslation('companions');
  const { id = '' } = useParams();
  const record = useApi<CitizenRecord>(`/citizens/${encodeURIComponent(id)}`);
  const list = useApi<{ items: CompanionRequestView[] }>(`/citizens/${encodeURIComponent(id)}/companion-requests`);
  const [notice, setNotice] = useState<string | null>(null);
  const name = record.data ? `${record.data.firstName} ${record.data.lastName}` : '';
  return (
    <>
      <PageTitle>{name ? t('tab.title', { name }) : t('tab.titleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      <StatusMessage message={notice} />
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('tab.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="companion-trips">
          {list.data.items.map((trip) => (
            <li key={trip.id} className="companion-trip">
              <h2>{trip.activity}</h2>
              <p>{trip.text}</p>
              {trip.evaluations.map((e) => (
                <p key={e.side}>
                  {t(`coordinator.evaluation.${e.side}`)}: <SmileyText smiley={e.smiley} />
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('tab.ask')}</h2>
      <CompanionRequestForm
        citizenId={id}
        easy={false}
        onSaved={() => {
          setNotice(t('form.saved'));
          list.reload();
        }}
      />
    </>
  );
}
