import { describedBy } from './field-ids.js';
import { FieldMessages } from './field-messages.js';

interface Props {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
}

export function CheckboxField({ id, label, checked, onChange, hint, error }: Props) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id={id}
          name={id}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        <FieldMessages id={id} hint={hint} error={error} />
      </div>
    </div>
  );
}
