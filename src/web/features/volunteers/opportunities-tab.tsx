import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedOpportunity, ManagedOpportunityList } from '../../../contracts/volunteers.js';
import { opportunityKinds } from '../../../contracts/volunteers.js';
import { api } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { ErrorMessage } from '../../components/error-message.js';
import { CheckboxField } from '../../components/form/checkbox-field.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextAreaField } from '../../components/form/text-area-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { Loading } from '../../components/loading.js';
import { StatusMessage } from '../../components/status-message.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { ColumnHeads } from '../casework/shared.js';
import { kindName } from './labels.js';

/** The coordinator's opportunities in every state; choose one to change it, or write a new one. */
export function OpportunitiesTab() {
  const { t } = useTranslation('volunteers');
  const list = useApi<ManagedOpportunityList>('/managed-volunteer-opportunities');
  const [editing, setEditing] = useState<ManagedOpportunity | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const courses = list.data?.courses ?? [];
  return (
    <section aria-labelledby="opportunities-heading">
      <h2 id="opportunities-heading">{t('opportunities.title')}</h2>
      <StatusMessage message={notice} />
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorMessage error={list.error} />}
      {editing === null && (
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('opportunities.create')}
        </button>
      )}
      {editing !== null && (
        <OpportunityForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          opportunity={editing === 'new' ? null : editing}
          courses={courses}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setNotice(t('opportunities.saved', { title: saved.title }));
              list.reload();
            }
          }}
        />
      )}
      {list.data && (
        <table className="table table--responsive-headers">
          <caption className="sr-only">{t('opportunities.caption')}</caption>
          <ColumnHeads labels={[t('opportunities.titleField'), t('opportunities.kind'), t('opportunities.status'), t('opportunities.applications'), t('opportunities.actions')]} />
          <tbody>
            {list.data.items.map((o) => (
              <tr key={o.id}>
                <td>{o.title}</td>
                <td>{kindName(t, o.kind)}</td>
                <td>{t(`opportunities.statuses.${o.status}`)}</td>
                <td>{o.applications}</td>
                <td>
                  {o.status !== 'archived' && (
                    <button type="button" className="button button-tertiary" onClick={() => setEditing(o)}>
                      {t('opportunities.edit', { title: o.title })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OpportunityForm({ opportunity, courses, onDone }: { opportunity: ManagedOpportunity | null; courses: { key: string; name: string }[]; onDone: (saved: ManagedOpportunity | null) => void }) {
  const { t } = useTranslation('volunteers');
  const [v, setV] = useState({
    title: opportunity?.title ?? '',
    summary: opportunity?.summary ?? '',
    description: opportunity?.description ?? '',
    kind: opportunity?.kind ?? 'companion',
    area: opportunity?.area ?? '',
    timeCommitment: opportunity?.timeCommitment ?? '',
    requiredCourse: opportunity?.requiredCourse?.key ?? '',
    needsRecordCheck: opportunity?.needsRecordCheck ?? true,
    status: opportunity?.status ?? 'draft',
  });
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = <K extends keyof typeof v>(key: K) => (value: (typeof v)[K]) => setV((old) => ({ ...old, [key]: value }));
  const ids = { title: 'opp-title', summary: 'opp-summary', description: 'opp-description', kind: 'opp-kind', area: 'opp-area', timeCommitment: 'opp-time', requiredCourse: 'opp-course', status: 'opp-status' };
  const fields = Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, { id, label: t(`opportunities.fields.${key}`) }]));
  const statuses = opportunity ? ['draft', 'published', 'archived'] : ['draft', 'published'];
  return (
    <SubmitForm
      submission={submission}
      fields={fields}
      className="volunteer-opportunity-form"
      save={async () => {
        const body = { ...v, area: v.area.trim() || null, timeCommitment: v.timeCommitment.trim() || null, requiredCourse: v.requiredCourse || null };
        onDone(opportunity ? await api.put<ManagedOpportunity>(`/managed-volunteer-opportunities/${opportunity.id}`, { ...body, version: opportunity.version }) : await api.post<ManagedOpportunity>('/managed-volunteer-opportunities', body));
      }}
    >
      <h3>{opportunity ? t('opportunities.editTitle', { title: opportunity.title }) : t('opportunities.create')}</h3>
      <TextField id={ids.title} label={fields.title!.label} value={v.title} onChange={set('title')} error={errors.title} required />
      <TextAreaField id={ids.summary} label={fields.summary!.label} hint={t('opportunities.summaryHint')} value={v.summary} onChange={set('summary')} rows={2} error={errors.summary} />
      <TextAreaField id={ids.description} label={fields.description!.label} value={v.description} onChange={set('description')} rows={5} error={errors.description} />
      <SelectField id={ids.kind} label={fields.kind!.label} value={v.kind} onChange={(k) => set('kind')(k as typeof v.kind)} options={opportunityKinds.map((k) => ({ value: k, label: kindName(t, k) }))} error={errors.kind} />
      <TextField id={ids.area} label={fields.area!.label} value={v.area} onChange={set('area')} error={errors.area} />
      <TextField id={ids.timeCommitment} label={fields.timeCommitment!.label} value={v.timeCommitment} onChange={set('timeCommitment')} error={errors.timeCommitment} />
      <SelectField id={ids.requiredCourse} label={fields.requiredCourse!.label} value={v.requiredCourse} onChange={set('requiredCourse')} options={[{ value: '', label: t('opportunities.noCourse') }, ...courses.map((c) => ({ value: c.key, label: c.name }))]} error={errors.requiredCourse} />
      <CheckboxField id="opp-record-check" label={t('opportunities.fields.needsRecordCheck')} checked={v.needsRecordCheck} onChange={set('needsRecordCheck')} />
      <SelectField id={ids.status} label={fields.status!.label} value={v.status} onChange={(s) => set('status')(s as typeof v.status)} options={statuses.map((s) => ({ value: s, label: t(`opportunities.statuses.${s}`) }))} error={errors.status} />
      <FormActions busy={submission.busy} saveLabel={t('opportunities.save')} onCancel={() => onDone(null)} />
    </SubmitForm>
  );
}
