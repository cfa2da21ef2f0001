import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.js';
import type { CreateOrgUnitBody, ItemList, OrgUnit } from '../../../api/types.js';
import { useApi } from '../../../api/use-api.js';
import { BackLink } from '../../../components/back-link.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { UnitForm, type UnitFormValues } from './unit-form.js';

const blank: UnitFormValues = { name: '', parentId: '', kind: 'unit', area: 'social', email: '', phone: '', active: true, isReceptionCentre: false };

export function UnitCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useApi<ItemList<OrgUnit>>('/admin/org-units');
  const [values, setValues] = useState(blank);
  const submission = useSubmit();

  const create = () =>
    submission.submit(async () => {
      const body: CreateOrgUnitBody = {
        parentId: values.parentId || null,
        name: values.name,
        kind: values.kind === 'centre' ? 'centre' : 'unit',
        area: values.area,
        ...(values.email.trim() && { email: values.email.trim() }),
        ...(values.phone.trim() && { phone: values.phone.trim() }),
        ...(values.isReceptionCentre && { isReceptionCentre: true }),
      };
      const created = await api.post<OrgUnit>('/admin/org-units', body);
      await navigate(`/admin/enheder/${created.id}`, { state: { notice: 'created' } });
    });

  return (
    <>
      <BackLink to="/admin/enheder">{t('units.backToList')}</BackLink>
      <PageTitle>{t('units.createTitle')}</PageTitle>
      {units.loading && <Loading />}
      {units.error && <ErrorMessage error={units.error} />}
      {units.data && <UnitForm values={values} onChange={setValues} units={units.data.items} unitId={null} submission={submission} onSubmit={() => void create()} />}
    </>
  );
}
