import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/error-message.js';
import { useSubmit } from '../../components/form/use-submit.js';

interface Props {
  /** Unique on the page: the confirmation's heading gets `${id}-heading`. */
  id: string;
  /** The button that opens the question, e.g. "Offentliggør". */
  open: string;
  /** The primary button opens an action that moves the report on (publishing); a secondary one, the rest. */
  kind: 'primary' | 'secondary';
  heading: string;
  /** What the action means, in plain words, before the person says yes. */
  text: string;
  confirm: string;
  busy: string;
  cancel: string;
  onConfirm: () => Promise<void>;
}

/**
 * An action that cannot be undone, asked first in words: the confirmation takes focus (so a screen reader reads the
 * question), "Fortryd" gives focus back to the button that opened it, and a failure is shown inside the question.
 */
export function ConfirmedAction({ id, open, kind, heading, text, confirm, busy, cancel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const submission = useSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) headingRef.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <p>
        <button ref={opener} type="button" className={`button button-${kind}`} onClick={() => setAsking(true)}>
          {open}
        </button>
      </p>
    );
  }
  return (
    <section className="status-report-confirm" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>{text}</p>
      {submission.error !== null && <ErrorMessage error={submission.error} />}
      <div className="status-report-actions">
        <button type="button" className="button button-primary" disabled={submission.busy} onClick={() => void submission.submit(onConfirm)}>
          {submission.busy ? busy : confirm}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {cancel}
        </button>
      </div>
    </section>
  );
}
