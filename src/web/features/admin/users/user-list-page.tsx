import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { withQuery } from '../../../api/client.js';
import type { ItemList, StaffUser } from '../../../api/types.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { roleName } from '../../../components/labels.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';

export function UserListPage() {
  const { t } = useTranslation();
  // The search lives in the address, so a filtered list can be bookmarked and the back button returns to it.
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  const users = useApi<ItemList<StaffUser>>(withQuery('/admin/users', { q: query }));

  return (
    <>
      <PageTitle>{t('users.listTitle')}</PageTitle>
      <p>{t('users.intro')}</p>
      {/* Shown only once the list loads: someone who may not manage users is not offered to create one. */}
      {users.data && (
        <p>
          <Link className="button button-primary" to="/admin/brugere/ny">
            {t('users.create')}
          </Link>
        </p>
      )}
      <form
        role="search"
        className="search-row"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(text.trim() ? { q: text.trim() } : {});
        }}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="user-search">
            {t('users.search')}
          </label>
          <div className="search-row-controls">
            <input className="form-input" id="user-search" name="q" type="search" value={text} onChange={(event) => setText(event.target.value)} />
            <button type="submit" className="button button-secondary">
              {t('users.searchButton')}
            </button>
          </div>
        </div>
      </form>
      <div role="status">{users.data && <p>{t('users.resultCount', { count: users.data.items.length })}</p>}</div>
      {users.loading && <Loading />}
      {users.error && <ErrorMessage error={users.error} />}
      {users.data && users.data.items.length > 0 && (
        <table className="table table--responsive-headers">
          <caption className="sr-only">{t('users.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.title')}</th>
              <th scope="col">{t('users.unit')}</th>
              <th scope="col">{t('users.roles')}</th>
              <th scope="col">{t('users.status')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((user) => (
              <tr key={user.id}>
                <td data-title={t('users.name')}>
                  <Link to={`/admin/brugere/${user.id}`}>{user.displayName}</Link>
                  {user.email && <span className="cell-note">{user.email}</span>}
                </td>
                <td data-title={t('users.title')}>{user.title ?? ''}</td>
                <td data-title={t('users.unit')}>{user.orgUnitName ?? ''}</td>
                <td data-title={t('users.roles')}>{user.roles.length > 0 ? user.roles.map((role) => roleName(t, role)).join(', ') : t('users.noRoles')}</td>
                <td data-title={t('users.status')}>{user.active ? t('common.active') : t('common.inactive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
