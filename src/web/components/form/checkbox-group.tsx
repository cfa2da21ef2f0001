import { describedBy } from './field-ids.js';
import { FieldMessages } from './field-messages.js';

interface Props {
  /** Prefix of the checkboxes' ids; the first checkbox is `${id}-${first option}`, for the error summary's link. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Several choices under one legend; the order of the options is kept in what is sent. */
export function CheckboxGroup({ id, legend, hint, error, options, selected, onChange }: Props) {
  const toggle = (value: string, on: boolean) => onChange(options.map((option) => option.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend className="form-label">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <ul className="nobullet-list">
          {options.map((option) => (
            <li key={option.value}>
              <div className="form-group-checkbox">
                <input className="form-checkbox" type="checkbox" id={`${id}-${option.value}`} checked={selected.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
                <label className="form-label" htmlFor={`${id}-${option.value}`}>
                  {option.label}
                </label>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
