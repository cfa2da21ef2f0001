import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { BackLink } from '../../components/back-link.js';
import { ErrorMessage } from '../../components/error-message.js';
import { FieldMessages } from '../../components/form/field-messages.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { PageTitle } from '../../components/page-title.js';
import { FormActions } from '../casework/form.js';
import { VersionedForm } from '../casework/versioned-form.js';
import { formatChange, housingProjectStatuses, useMay, type HousingProject, type HousingProjectStatus, type UpdateHousingProjectBody } from './housing-api.js';

interface ChangeRow {
  key: number;
  legalBasis: string;
  change: string;
}

interface Values {
  name: string;
  address: string;
  description: string;
  status: HousingProjectStatus;
  startsOn: string;
  doneOn: string;
  changes: ChangeRow[];
}

let nextRowKey = 1;
const rowsOf = (project: HousingProject): ChangeRow[] => project.placeChanges.map((c) => ({ key: nextRowKey++, legalBasis: c.legalBasis, change: String(c.change) }));
const valuesOf = (project: HousingProject): Values => ({
  name: project.name,
  address: project.address ?? '',
  description: project.description,
  status: project.status,
  startsOn: project.startsOn ?? '',
  doneOn: project.doneOn ?? '',
  changes: rowsOf(project),
});

/** What the user typed as a change in places: a number as written (a comma is a decimal point), or null for the server to refuse. */
function typedNumber(text: string): number | null {
  const value = Number(text.trim().replace(',', '.').replace('−', '-'));
  return text.trim() === '' || Number.isNaN(value) ? null : value;
}

/** Only what differs from the saved project, with the version it was read at. */
function changedFields(saved: HousingProject, values: Values): UpdateHousingProjectBody {
  const body: Record<string, unknown> = { version: saved.version };
  if (values.name.trim() !== saved.name) body.name = values.name;
  if ((values.address.trim() || null) !== saved.address) body.address = values.address.trim() || null;
  if (values.description.trim() !== saved.description) body.description = values.description;
  if (values.status !== saved.status) body.status = values.status;
  if ((values.startsOn || null) !== saved.startsOn) body.startsOn = values.startsOn || null;
  if ((values.doneOn || null) !== saved.doneOn) body.doneOn = values.doneOn || null;
  const changes = values.changes.filter((row) => row.legalBasis.trim() !== '' || row.change.trim() !== '').map((row) => ({ legalBasis: row.legalBasis, change: typedNumber(row.change) }));
  if (JSON.stringify(changes) !== JSON.stringify(saved.placeChanges)) body.placeChanges = changes;
  return body as UpdateHousingProjectBody;
}

/** /boliger/projekter/:id — finance changes a Housing plan II project: status, dates, change in places, texts. */
export function ProjectEditPage() {
  const { t, i18n } = useTranslation('housing');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const project = useApi<HousingProject>(`/housing/projects/${encodeURIComponent(id)}`);
  const submission = useSubmit();
  const mayEdit = useMay('housing.manage');
  const [values, setValues] = useState<Values | null>(null);
  const saved = project.data;

  useEffect(() => {
    // The first answer fills the form; a newer version fetched after a conflict keeps what the user typed.
    if (saved && values === null) setValues(valuesOf(saved));
  }, [saved, values]);

  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setValues((v) => (v ? { ...v, [key]: value } : v));
  const setRow = (key: number, field: 'legalBasis' | 'change', value: string) => setValues((v) => (v ? { ...v, changes: v.changes.map((row) => (row.key === key ? { ...row, [field]: value } : row)) } : v));
  const errors = submission.fieldErrors;
  const rowError = (index: number, field: string) => {
    const problems = submission.error instanceof ApiError ? submission.error.errors : [];
    return problems.find((e) => e.path === `placeChanges.${index}.${field}`)?.message;
  };

  const save = async () => {
    if (!saved || !values) return;
    const body = changedFields(saved, values);
    if (Object.keys(body).length > 1) await api.patch<HousingProject>(`/housing/projects/${encodeURIComponent(saved.id)}`, body);
    await navigate('/boliger', { state: { notice: t('edit.saved', { name: values.name.trim() || saved.name }) } });
  };

  const fields = {
    name: { id: 'project-name', label: t('edit.name') },
    address: { id: 'project-address', label: t('edit.address') },
    description: { id: 'project-description', label: t('edit.description') },
    status: { id: `project-status-${values?.status ?? 'finished'}`, label: t('edit.status') },
    startsOn: { id: 'project-starts-on', label: t('edit.startsOn') },
    doneOn: { id: 'project-done-on', label: t('edit.doneOn') },
    placeChanges: { id: 'project-changes', label: t('edit.placeChanges') },
  };

  return (
    <>
      <BackLink to="/boliger">{t('edit.back')}</BackLink>
      <PageTitle>{saved ? t('edit.title', { name: saved.name }) : t('edit.titleLoading')}</PageTitle>
      {project.error && <ErrorMessage error={project.error} />}
      {project.loading && !saved && <Loading />}
      {saved && !mayEdit && <p className="readable">{t('edit.onlyFinance')}</p>}
      {saved && values && mayEdit && (
        <VersionedForm
          submission={submission}
          fields={fields}
          save={save}
          reload={project.reload}
          conflictMessage={t('edit.conflict')}
          saved={[
            { label: t('edit.status'), value: t(`status.${saved.status}`) },
            { label: t('edit.startsOn'), value: saved.startsOn ?? '' },
            { label: t('edit.doneOn'), value: saved.doneOn ?? '' },
            { label: t('edit.placeChanges'), value: saved.placeChanges.map((c) => `${formatChange(c.change, i18n.language)} ${c.legalBasis}`).join(', ') },
          ]}
          className="housing-project-form"
        >
          <fieldset className={`form-group${errors.status ? ' form-error' : ''}`}>
            <legend className="form-label">{t('edit.status')}</legend>
            <FieldMessages id="project-status" hint={t('edit.statusHint')} error={errors.status} />
            {housingProjectStatuses.map((status) => (
              <div className="form-group-radio" key={status}>
                <input className="form-radio" type="radio" id={`project-status-${status}`} name="project-status" value={status} checked={values.status === status} onChange={() => set('status')(status)} />
                <label className="form-label" htmlFor={`project-status-${status}`}>
                  {t(`status.${status}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="housing-dates">
            <TextField {...fields.startsOn} type="date" value={values.startsOn} onChange={set('startsOn')} error={errors.startsOn} />
            <TextField {...fields.doneOn} type="date" value={values.doneOn} onChange={set('doneOn')} error={errors.doneOn} hint={t('edit.doneOnHint')} />
          </div>
          <fieldset className={`form-group${errors.placeChanges ? ' form-error' : ''}`} id="project-changes" tabIndex={-1}>
            <legend className="form-label">{t('edit.placeChanges')}</legend>
            <FieldMessages id="project-changes-messages" hint={t('edit.placeChangesHint')} />
            {values.changes.length === 0 && <p>{t('edit.noChanges')}</p>}
            <ol className="nobullet-list housing-change-rows">
              {values.changes.map((row, index) => {
                const basisError = rowError(index, 'legalBasis');
                const changeError = rowError(index, 'change');
                const number = index + 1;
                return (
                  <li key={row.key} className="housing-change-row">
                    <TextField id={`project-change-${row.key}-basis`} label={t('edit.legalBasis', { number })} value={row.legalBasis} onChange={(value) => setRow(row.key, 'legalBasis', value)} error={basisError} width="input-width-m" />
                    <TextField id={`project-change-${row.key}-change`} label={t('edit.change', { number })} value={row.change} onChange={(value) => setRow(row.key, 'change', value)} error={changeError} width="input-width-xs" hint={t('edit.changeHint')} />
                    <button type="button" className="button button-tertiary" onClick={() => set('changes')(values.changes.filter((r) => r.key !== row.key))}>
                      {t('edit.removeChange', { number })}
                    </button>
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button button-secondary" onClick={() => set('changes')([...values.changes, { key: nextRowKey++, legalBasis: '', change: '' }])}>
              {t('edit.addChange')}
            </button>
          </fieldset>
          <TextField {...fields.name} value={values.name} onChange={set('name')} error={errors.name} required />
          <TextField {...fields.address} value={values.address} onChange={set('address')} error={errors.address} />
          <TextAreaField {...fields.description} value={values.description} onChange={set('description')} error={errors.description} rows={5} />
          <FormActions busy={submission.busy} saveLabel={t('edit.save')} onCancel={() => void navigate('/boliger')} />
        </VersionedForm>
      )}
    </>
  );
}
