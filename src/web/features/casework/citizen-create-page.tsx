import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import { BackLink } from '../../components/back-link.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { PageTitle } from '../../components/page-title.js';
import { communicationNeeds, targetGroups, type CitizenRecord } from './api-types.js';
import { CheckboxGroup } from '../../components/form/checkbox-group.js';
import { FormActions, SubmitForm } from './form.js';
import { needName, targetGroupName } from './labels.js';
import { citizenPath } from './shared.js';

const empty = { firstName: '', lastName: '', cpr: '', addressLine: '', postalCode: '', city: '', phone: '', email: '' };
type TextKey = keyof typeof empty;

/** "Opret borger": case officers create the record and join the team as its case officer. */
export function CitizenCreatePage() {
  const { t } = useTranslation('casework');
  const navigate = useNavigate();
  const [values, setValues] = useState(empty);
  const [needs, setNeeds] = useState<string[]>([]);
  const [groups, setGroups] = useState<string[]>([]);
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const set = (key: TextKey) => (value: string) => setValues({ ...values, [key]: value });
  const labels: Record<TextKey, string> = {
    firstName: t('record.firstName'),
    lastName: t('record.lastName'),
    cpr: t('record.cpr'),
    addressLine: t('record.addressLine'),
    postalCode: t('record.postalCode'),
    city: t('record.city'),
    phone: t('record.phone'),
    email: t('record.email'),
  };
  const fields = {
    ...Object.fromEntries((Object.keys(labels) as TextKey[]).map((key) => [key, { id: `new-citizen-${key}`, label: labels[key] }])),
    communicationNeeds: { id: `new-citizen-needs-${communicationNeeds[0]}`, label: t('record.needs') },
    targetGroups: { id: `new-citizen-groups-${targetGroups[0]}`, label: t('record.targetGroups') },
  };

  const save = async () => {
    const optional = (value: string) => value.trim() || undefined;
    const created = await api.post<CitizenRecord>('/citizens', {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      cpr: values.cpr.trim(),
      addressLine: optional(values.addressLine),
      postalCode: optional(values.postalCode),
      city: optional(values.city),
      phone: optional(values.phone),
      email: optional(values.email),
      communicationNeeds: needs,
      targetGroups: groups,
    });
    await navigate(citizenPath(created.id, 'stamdata'), { state: { notice: 'created' } });
  };

  const text = (key: TextKey, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={`new-citizen-${key}`} label={labels[key]} value={values[key]} onChange={set(key)} error={errors[key]} autoComplete="off" {...extra} />
  );

  return (
    <>
      <BackLink to="/borgere">{t('list.back')}</BackLink>
      <PageTitle>{t('create.title')}</PageTitle>
      <p className="readable">{t('create.intro')}</p>
      <SubmitForm submission={submission} fields={fields} save={save}>
        {text('firstName', { required: true })}
        {text('lastName', { required: true })}
        {text('cpr', { required: true, hint: t('record.cprHint'), width: 'input-width-s' })}
        {text('addressLine')}
        {text('postalCode', { width: 'input-width-xs' })}
        {text('city')}
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        <CheckboxGroup id="new-citizen-needs" legend={t('record.needs')} hint={t('record.needsHint')} error={errors.communicationNeeds} options={communicationNeeds.map((need) => ({ value: need, label: needName(t, need) }))} selected={needs} onChange={setNeeds} />
        <CheckboxGroup id="new-citizen-groups" legend={t('record.targetGroups')} hint={t('record.targetGroupsHint')} error={errors.targetGroups} options={targetGroups.map((group) => ({ value: group, label: targetGroupName(t, group) }))} selected={groups} onChange={setGroups} />
        <FormActions busy={submission.busy} saveLabel={t('create.submit')} />
      </SubmitForm>
    </>
  );
}
