import { controlProps, FieldFrame, type FrameProps } from './field-frame.js';

interface Props extends FrameProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}

export function TextAreaField({ value, onChange, rows = 4, ...frame }: Props) {
  return (
    <FieldFrame {...frame}>
      <textarea className="form-input" {...controlProps(frame)} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
    </FieldFrame>
  );
}
