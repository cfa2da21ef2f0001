import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { councilMemberRoles } from '../../../domain/council-composition.js';
import { api } from '../../api/client.js';
import { SelectField } from '../../components/form/select-field.js';
import { TextField } from '../../components/form/text-field.js';
import { useSubmit } from '../../components/form/use-submit.js';
import { FormActions, SubmitForm } from '../casework/form.js';
import { councilPath, type CouncilView, type MemberView } from './api.js';

const empty = { name: '', role: 'member', organisation: '', userId: '', memberFrom: '', memberTo: '' };

/** The administration adds a member in a role, optionally linked to a login so the member can answer hearings. */
export function MemberForm({ council, onAdded }: { council: CouncilView; onAdded: (member: MemberView) => void }) {
  const { t } = useTranslation('councils');
  const [values, setValues] = useState({ ...empty, role: council.key === 'handicapraadet' ? 'dpo-representative' : 'member' });
  const submission = useSubmit();
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errors = submission.fieldErrors;
  const fields = {
    name: { id: 'member-name', label: t('memberForm.name') },
    role: { id: 'member-role', label: t('memberForm.role') },
    organisation: { id: 'member-organisation', label: t('memberForm.organisation') },
    userId: { id: 'member-user', label: t('memberForm.user') },
    memberFrom: { id: 'member-from', label: t('memberForm.from') },
    memberTo: { id: 'member-to', label: t('memberForm.to') },
  };
  return (
    <SubmitForm
      submission={submission}
      fields={fields}
      className="council-form"
      save={async () => {
        const added = await api.post<MemberView>(`${councilPath(council.id)}/members`, {
          name: values.name,
          role: values.role,
          organisation: values.organisation.trim() || null,
          userId: values.userId || null,
          memberFrom: values.memberFrom || null,
          memberTo: values.memberTo || null,
        });
        setValues({ ...empty, role: values.role });
        onAdded(added);
      }}
    >
      <TextField {...fields.name} value={values.name} onChange={set('name')} error={errors.name} required autoComplete="off" />
      <SelectField {...fields.role} value={values.role} onChange={set('role')} error={errors.role} required options={councilMemberRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      <TextField {...fields.organisation} hint={t('memberForm.organisationHint')} value={values.organisation} onChange={set('organisation')} error={errors.organisation} autoComplete="off" />
      <SelectField
        {...fields.userId}
        hint={t('memberForm.userHint')}
        value={values.userId}
        onChange={set('userId')}
        error={errors.userId}
        options={[{ value: '', label: t('memberForm.noUser') }, ...council.linkableUsers.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <TextField {...fields.memberFrom} type="date" hint={t('memberForm.dateHint')} value={values.memberFrom} onChange={set('memberFrom')} error={errors.memberFrom} width="input-width-s" />
      <TextField {...fields.memberTo} type="date" hint={t('memberForm.dateHint')} value={values.memberTo} onChange={set('memberTo')} error={errors.memberTo} width="input-width-s" />
      <FormActions busy={submission.busy} saveLabel={t('memberForm.submit')} />
    </SubmitForm>
  );
}
