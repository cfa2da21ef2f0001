import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError } from '../../../api/client.js';
import type { ItemList, OrgUnit, StaffUser, UpdateUserBody } from '../../../api/types.js';
import { useApi } from '../../../api/use-api.js';
import { BackLink } from '../../../components/back-link.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { useNotice } from '../../../components/use-notice.js';
import { UserForm, userFormValues, type UserFormValues } from './user-form.js';

/** Only what the user changed, so a save does not overwrite fields nobody touched; null when nothing did. */
function changes(user: StaffUser, values: UserFormValues): UpdateUserBody | null {
  const email = values.email.trim() || null;
  const title = values.title.trim() || null;
  const orgUnitId = values.orgUnitId || null;
  const body: UpdateUserBody = {
    version: user.version,
    ...(values.displayName !== user.displayName && { displayName: values.displayName }),
    ...(email !== user.email && { email }),
    ...(title !== user.title && { title }),
    ...(orgUnitId !== user.orgUnitId && { orgUnitId }),
    ...(values.active !== user.active && { active: values.active }),
  };
  return Object.keys(body).length > 1 ? body : null;
}

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((role) => b.includes(role));

export function UserEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useApi<StaffUser>(`/admin/users/${encodeURIComponent(id)}`);
  const units = useApi<ItemList<OrgUnit>>('/admin/org-units');
  const [user, setUser] = useState<StaffUser>();
  const [values, setValues] = useState<UserFormValues>();
  const [notice, setNotice] = useNotice();
  const submission = useSubmit();

  useEffect(() => {
    setUser(loaded.data);
    setValues(loaded.data && userFormValues(loaded.data));
  }, [loaded.data]);

  // Details and roles are two requests; each answer is kept at once, so a failing second one
  // leaves the form with the right version and the roles still as the user chose them.
  const save = (current: StaffUser, edited: UserFormValues) => {
    setNotice(null);
    return submission.submit(async () => {
      let saved = current;
      const body = changes(saved, edited);
      if (body) {
        saved = await api.patch<StaffUser>(`/admin/users/${saved.id}`, body);
        setUser(saved);
      }
      if (!sameRoles(edited.roles, saved.roles)) {
        saved = await api.put<StaffUser>(`/admin/users/${saved.id}/roles`, { roles: edited.roles });
        setUser(saved);
      }
      setValues(userFormValues(saved));
      setNotice('saved');
    });
  };
  const conflict = submission.error instanceof ApiError && submission.error.status === 409;
  const reload = () => {
    submission.reset();
    loaded.reload();
  };

  return (
    <>
      <BackLink to="/admin/brugere">{t('users.backToList')}</BackLink>
      <PageTitle>{t('users.editTitle')}</PageTitle>
      <StatusMessage message={notice && t(`users.${notice}`)} />
      {(loaded.loading || units.loading) && <Loading />}
      {loaded.error && <ErrorMessage error={loaded.error} />}
      {units.error && <ErrorMessage error={units.error} />}
      {user && values && units.data && (
        <UserForm
          values={values}
          onChange={setValues}
          units={units.data.items}
          creating={false}
          submission={submission}
          onSubmit={() => void save(user, values)}
          errorActions={
            conflict && (
              <button type="button" className="button button-secondary" onClick={reload}>
                {t('users.reload')}
              </button>
            )
          }
        />
      )}
    </>
  );
}
