import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client.js';
import type { CreateUserBody, ItemList, OrgUnit, StaffUser } from '../../../api/types.js';
import { useApi } from '../../../api/use-api.js';
import { BackLink } from '../../../components/back-link.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { UserForm, type UserFormValues } from './user-form.js';

const blank: UserFormValues = { displayName: '', email: '', title: '', orgUnitId: '', active: true, roles: [] };

export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useApi<ItemList<OrgUnit>>('/admin/org-units');
  const [values, setValues] = useState(blank);
  const submission = useSubmit();

  const create = () =>
    submission.submit(async () => {
      const body = {
        displayName: values.displayName,
        email: values.email.trim(),
        ...(values.title.trim() && { title: values.title.trim() }),
        orgUnitId: values.orgUnitId,
        // The server checks the role ids; the form only offers known ones.
        roles: values.roles as CreateUserBody['roles'],
      } satisfies CreateUserBody;
      const created = await api.post<StaffUser>('/admin/users', body);
      await navigate(`/admin/brugere/${created.id}`, { state: { notice: 'created' } });
    });

  return (
    <>
      <BackLink to="/admin/brugere">{t('users.backToList')}</BackLink>
      <PageTitle>{t('users.createTitle')}</PageTitle>
      {units.loading && <Loading />}
      {units.error && <ErrorMessage error={units.error} />}
      {units.data && <UserForm values={values} onChange={setValues} units={units.data.items} creating submission={submission} onSubmit={() => void create()} />}
    </>
  );
}
