import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withQuery } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { SelectField } from '../../components/form/select-field.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { ColumnHeads, formatInstant } from '../casework/shared.js';
import type { CompanionRequestView } from './api-types.js';

const statuses = ['open', 'assigned', 'accepted', 'done', 'cancelled', 'missed'] as const;

/** /koordinering/foelgeskab — every request, open ones first, each leading to its page with the matches. */
export function CoordinatorListPage() {
  const { t, i18n } = useTranslation('companions');
  const [status, setStatus] = useState('');
  const list = useApi<{ items: CompanionRequestView[] }>(withQuery('/companion-requests', { status }));
  return (
    <>
      <PageTitle>{t('coordinator.title')}</PageTitle>
      <p className="font-lead">{t('coordinator.intro')}</p>
      <SelectField id="companion-status-filter" label={t('coordinator.filter')} value={status} onChange={setStatus} options={[{ value: '', label: t('coordinator.all') }, ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {list.data && list.data.items.length === 0 && <p>{t('coordinator.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table table--responsive-headers">
          <caption>{t('coordinator.caption')}</caption>
          <ColumnHeads labels={[t('coordinator.activity'), t('coordinator.citizen'), t('coordinator.when'), t('coordinator.status'), t('coordinator.volunteer')]} />
          <tbody>
            {list.data.items.map((r) => (
              <tr key={r.id}>
                <td data-title={t('coordinator.activity')}>
                  <Link to={`/koordinering/foelgeskab/${encodeURIComponent(r.id)}`}>{r.activity}</Link>
                </td>
                <td data-title={t('coordinator.citizen')}>{`${r.citizen.firstName} ${r.citizen.lastName}`}</td>
                <td data-title={t('coordinator.when')}>{formatInstant(r.startsAt, i18n.language)}</td>
                <td data-title={t('coordinator.status')}>{t(`status.${r.status}`)}</td>
                <td data-title={t('coordinator.volunteer')}>{r.volunteer?.name ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
