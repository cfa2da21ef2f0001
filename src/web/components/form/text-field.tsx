import { controlProps, FieldFrame, type FrameProps } from './field-frame.js';

interface Props extends FrameProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'search' | 'date';
  autoComplete?: string;
  /** A DKFDS width class such as input-width-l; inputs are full width otherwise. */
  width?: string;
}

export function TextField({ value, onChange, type = 'text', autoComplete, width, ...frame }: Props) {
  return (
    <FieldFrame {...frame}>
      <input className={`form-input ${width ?? ''}`} {...controlProps(frame)} type={type} value={value} onChange={(event) => onChange(event.target.value)} autoComplete={autoComplete} />
    </FieldFrame>
  );
}
