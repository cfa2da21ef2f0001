import { controlProps, FieldFrame, type FrameProps } from './field-frame.js';

export interface SelectOption {
  value: string;
  label: string;
}

interface Props extends FrameProps {
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
}

export function SelectField({ value, onChange, options, ...frame }: Props) {
  return (
    <FieldFrame {...frame}>
      <select className="form-select" {...controlProps(frame)} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
