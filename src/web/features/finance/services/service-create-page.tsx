import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../api/client.js';
import { useApi } from '../../../api/use-api.js';
import { BackLink } from '../../../components/back-link.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import type { CitizenRecord } from '../../casework/api-types.js';
import { CitizenNav, citizenPath, todayInDenmark } from '../../casework/shared.js';
import { servicesPath, type ServiceListView, type ServiceView } from './api-types.js';
import { emptyServiceForm, ServiceForm } from './service-form.js';

/** /borgere/:id/ydelser/ny — a case officer records a decision on a service for the citizen. */
export function ServiceCreatePage() {
  const { t } = useTranslation('finance');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const record = useApi<CitizenRecord>(`/citizens/${encodeURIComponent(id)}`);
  const list = useApi<ServiceListView>(servicesPath(id));
  const citizen = record.data;
  const data = list.data;
  return (
    <>
      <BackLink to={citizenPath(id, 'ydelser')}>{t('services.backToList')}</BackLink>
      <PageTitle>{citizen ? t('services.form.createTitle', { name: `${citizen.firstName} ${citizen.lastName}` }) : t('services.form.createTitleLoading')}</PageTitle>
      <CitizenNav citizenId={id} />
      {(record.loading || list.loading) && !data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {data && (
        <ServiceForm
          initial={emptyServiceForm(data.defaultPayingUnitId, todayInDenmark())}
          payingUnits={data.payingUnits}
          year={data.year}
          submitLabel={t('services.form.submitCreate')}
          save={async (decision) => {
            await api.post<ServiceView>(servicesPath(id), decision);
            await navigate(citizenPath(id, 'ydelser'), { state: { notice: 'created' } });
          }}
        />
      )}
    </>
  );
}
