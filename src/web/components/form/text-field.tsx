import { describedBy } from './field-ids.js';
import { FieldMessages, RequiredMark } from './field-messages.js';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'search' | 'date';
  hint?: string;
  error?: string;
  required?: boolean;
  autoComplete?: string;
  /** A DKFDS width class such as input-width-l; inputs are full width otherwise. */
  width?: string;
}

export function TextField({ id, label, value, onChange, type = 'text', hint, error, required, autoComplete, width }: Props) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        className={`form-input ${width ?? ''}`}
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
