import { describedBy } from '../../components/form/field-ids.js';
import { FieldMessages, RequiredMark } from '../../components/form/field-messages.js';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  rows?: number;
}

export function TextArea({ id, label, value, onChange, hint, error, required, rows = 4 }: Props) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        className="form-input"
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
