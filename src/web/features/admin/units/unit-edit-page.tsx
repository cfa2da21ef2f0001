import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError } from '../../../api/client.js';
import type { ItemList, OrgUnit, UpdateOrgUnitBody } from '../../../api/types.js';
import { useApi } from '../../../api/use-api.js';
import { BackLink } from '../../../components/back-link.js';
import { ErrorMessage } from '../../../components/error-message.js';
import { useSubmit } from '../../../components/form/use-submit.js';
import { Icon } from '../../../components/icon.js';
import { Loading } from '../../../components/loading.js';
import { PageTitle } from '../../../components/page-title.js';
import { StatusMessage } from '../../../components/status-message.js';
import { useNotice } from '../../../components/use-notice.js';
import { UnitForm, unitFormValues, type UnitFormValues } from './unit-form.js';

/** Only what the user changed, so a save does not overwrite fields nobody touched. */
function changes(unit: OrgUnit, values: UnitFormValues): UpdateOrgUnitBody {
  const parentId = values.parentId || null;
  const email = values.email.trim() || null;
  const phone = values.phone.trim() || null;
  return {
    version: unit.version,
    ...(values.name !== unit.name && { name: values.name }),
    ...(parentId !== unit.parentId && { parentId }),
    ...(email !== unit.email && { email }),
    ...(phone !== unit.phone && { phone }),
    ...(values.active !== unit.active && { active: values.active }),
    ...(values.isReceptionCentre !== unit.isReceptionCentre && { isReceptionCentre: values.isReceptionCentre }),
  };
}

export function UnitEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  // There is no endpoint for one unit; the list is needed for the parent choice anyway.
  const units = useApi<ItemList<OrgUnit>>('/admin/org-units');
  const loaded = units.data?.items.find((candidate) => candidate.id === id);
  const [unit, setUnit] = useState<OrgUnit>();
  const [values, setValues] = useState<UnitFormValues>();
  const [notice, setNotice] = useNotice();
  const submission = useSubmit();

  useEffect(() => {
    setUnit(loaded);
    setValues(loaded && unitFormValues(loaded));
  }, [loaded]);

  const save = (current: OrgUnit, edited: UnitFormValues) => {
    setNotice(null);
    return submission.submit(async () => {
      const saved = await api.patch<OrgUnit>(`/admin/org-units/${current.id}`, changes(current, edited));
      setUnit(saved);
      setValues(unitFormValues(saved));
      setNotice('saved');
    });
  };
  const conflict = submission.error instanceof ApiError && submission.error.status === 409;
  const reload = () => {
    submission.reset();
    units.reload();
  };

  return (
    <>
      <BackLink to="/admin/enheder">{t('units.backToList')}</BackLink>
      <PageTitle>{t('units.editTitle')}</PageTitle>
      <StatusMessage message={notice && t(`units.${notice}`)} />
      {units.loading && <Loading />}
      {units.error && <ErrorMessage error={units.error} />}
      {units.data && !loaded && (
        <div className="alert alert-warning" role="alert">
          <Icon name="warning" className="alert-icon" />
          <p className="alert-heading">{t('units.notFound')}</p>
        </div>
      )}
      {units.data && unit && values && (
        <>
          <p className="unit-facts">
            {t('units.kind')}: {t(`units.kinds.${unit.kind}`)}. {t('units.area')}: {t(`units.areas.${unit.area}`)}.
          </p>
          <UnitForm
            values={values}
            onChange={setValues}
            units={units.data.items}
            unitId={unit.id}
            submission={submission}
            onSubmit={() => void save(unit, values)}
            errorActions={
              conflict && (
                <button type="button" className="button button-secondary" onClick={reload}>
                  {t('units.reload')}
                </button>
              )
            }
          />
        </>
      )}
    </>
  );
}
