import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit, StaffUser } from '../../../api/types.js';
import { CheckboxField } from '../../../components/form/checkbox-field.js';
import { ErrorSummary } from '../../../components/form/error-summary.js';
import { SelectField } from '../../../components/form/select-field.js';
import { TextField } from '../../../components/form/text-field.js';
import type { Submission } from '../../../components/form/use-submit.js';
import { unitsInTreeOrder } from '../units/unit-tree.js';
import { firstRoleId, RoleChoices } from './role-choices.js';

export interface UserFormValues {
  displayName: string;
  email: string;
  title: string;
  /** Empty until a unit is chosen. */
  orgUnitId: string;
  active: boolean;
  roles: string[];
}

export function userFormValues(user: StaffUser): UserFormValues {
  return { displayName: user.displayName, email: user.email ?? '', title: user.title ?? '', orgUnitId: user.orgUnitId ?? '', active: user.active, roles: [...user.roles] };
}

interface Props {
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  units: readonly OrgUnit[];
  /** A new user is always active, so the choice is only shown when editing. */
  creating: boolean;
  submission: Submission;
  onSubmit: () => void;
  errorActions?: ReactNode;
}

export function UserForm({ values, onChange, units, creating, submission, onSubmit, errorActions }: Props) {
  const { t } = useTranslation();
  const errors = submission.fieldErrors;
  const set = <K extends keyof UserFormValues>(key: K) => (value: UserFormValues[K]) => onChange({ ...values, [key]: value });

  // Closed units are left out, except the one the user is in now.
  const unitOptions = [
    { value: '', label: t('users.chooseUnit') },
    ...unitsInTreeOrder(units)
      .filter(({ unit }) => unit.active || unit.id === values.orgUnitId)
      .map(({ unit, depth }) => ({ value: unit.id, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name}` })),
  ];
  const summaryFields = {
    displayName: { id: 'user-name', label: t('users.name') },
    email: { id: 'user-email', label: t('users.email') },
    title: { id: 'user-title', label: t('users.title') },
    orgUnitId: { id: 'user-unit', label: t('users.unit') },
    active: { id: 'user-active', label: t('users.active') },
    roles: { id: firstRoleId, label: t('users.roles') },
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary error={submission.error} fields={summaryFields}>
        {errorActions}
      </ErrorSummary>
      <TextField id="user-name" label={t('users.name')} value={values.displayName} onChange={set('displayName')} error={errors.displayName} required autoComplete="off" />
      <TextField id="user-email" type="email" label={t('users.email')} value={values.email} onChange={set('email')} error={errors.email} required={creating} autoComplete="off" />
      <TextField id="user-title" label={t('users.title')} value={values.title} onChange={set('title')} error={errors.title} autoComplete="off" />
      <SelectField id="user-unit" label={t('users.unit')} value={values.orgUnitId} onChange={set('orgUnitId')} options={unitOptions} error={errors.orgUnitId} required />
      {!creating && <CheckboxField id="user-active" label={t('users.active')} hint={t('users.activeHint')} checked={values.active} onChange={set('active')} error={errors.active} />}
      <RoleChoices selected={values.roles} onChange={set('roles')} error={errors.roles} />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {submission.busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
