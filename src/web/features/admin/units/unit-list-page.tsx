import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemList, OrgUnit } from '../../../api/types.js';
import { useApi } from '../../../api/use-api.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { unitTree, type UnitNode } from './unit-tree.js';

export function UnitListPage() {
  const { t } = useTranslation();
  const units = useApi<ItemList<OrgUnit>>('/admin/org-units');

  return (
    <>
      <PageTitle>{t('units.listTitle')}</PageTitle>
      <p>{t('units.intro')}</p>
      {units.loading && <Loading />}
      {units.error && <ErrorMessage error={units.error} />}
      {units.data && (
        <>
          {/* Shown only once the list loads: someone who may not manage units is not offered to create one. */}
          <p>
            <Link className="button button-primary" to="/admin/enheder/ny">
              {t('units.create')}
            </Link>
          </p>
          {units.data.items.length === 0 ? <p>{t('units.empty')}</p> : <UnitBranch nodes={unitTree(units.data.items)} label={t('units.treeLabel')} />}
        </>
      )}
    </>
  );
}

/** Nested lists, so the tree's shape is told by screen readers ("list, 4 items, level 2") as well as shown. */
function UnitBranch({ nodes, label }: { nodes: UnitNode[]; label?: string }) {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree" aria-label={label}>
      {nodes.map(({ unit, children }) => (
        <li key={unit.id}>
          <Link to={`/admin/enheder/${unit.id}`}>{unit.name}</Link>
          <span className="unit-kind">{t(`units.kinds.${unit.kind}`)}</span>
          {!unit.active && <span className="badge">{t('common.inactive')}</span>}
          {children.length > 0 && <UnitBranch nodes={children} />}
        </li>
      ))}
    </ul>
  );
}
