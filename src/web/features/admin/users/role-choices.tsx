import { useTranslation } from 'react-i18next';
import { roles } from '../../../../domain/roles.js';
import { describedBy } from '../../../components/form/field-ids.js';
import { FieldMessages } from '../../../components/form/field-messages.js';
import { roleName } from '../../../components/labels.js';

// Citizen and relative are not handed out by an administrator: they follow from a person's own login and
// from what the citizen shares. A user who already holds one keeps seeing it, so a save never drops it silently.
const grantable = roles.filter((role) => role !== 'citizen' && role !== 'relative');

export const firstRoleId = `user-role-${grantable[0]}`;

interface Props {
  selected: readonly string[];
  onChange: (roles: string[]) => void;
  error?: string;
}

export function RoleChoices({ selected, onChange, error }: Props) {
  const { t } = useTranslation();
  const shown = [...grantable, ...selected.filter((role) => !(grantable as readonly string[]).includes(role))];
  const toggle = (role: string, on: boolean) => onChange(on ? [...selected, role] : selected.filter((held) => held !== role));

  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy('user-roles', t('users.rolesHint'), error)}>
        <legend className="form-label">{t('users.roles')}</legend>
        <FieldMessages id="user-roles" hint={t('users.rolesHint')} error={error} />
        {shown.map((role) => (
          <div key={role} className="form-group-checkbox">
            <input className="form-checkbox" type="checkbox" id={`user-role-${role}`} name="roles" value={role} checked={selected.includes(role)} onChange={(event) => toggle(role, event.target.checked)} />
            <label className="form-label" htmlFor={`user-role-${role}`}>
              {roleName(t, role)}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
