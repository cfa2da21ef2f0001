import type { ReactNode } from 'react';
import { describedBy } from './field-ids.js';
import { FieldMessages, RequiredMark } from './field-messages.js';

export interface FrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

/** The DKFDS form group around one control: the label (with the required mark), then the hint and the error. */
export function FieldFrame({ id, label, hint, error, required, children }: FrameProps & { children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** What ties a control to its frame: its id and name, whether it is invalid, and the hint and error it is described by. */
export function controlProps({ id, hint, error, required }: FrameProps) {
  return { id, name: id, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error) };
}
