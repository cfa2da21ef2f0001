import { useRef, useState } from 'react';
import { fieldErrorsOf } from './field-errors.js';

export interface Submission {
  busy: boolean;
  error: unknown;
  /** The server's per-field messages by top-level field name ("roles.2" counts for "roles"). */
  fieldErrors: Record<string, string>;
  submit: (action: () => Promise<void>) => Promise<void>;
  /** Forget the last error, e.g. after fetching the newest version following a conflict. */
  reset: () => void;
}

/** Runs a form's save once at a time and keeps the error it ended with. */
export function useSubmit(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);

  const submit = async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (reason) {
      setError(reason);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return { busy, error, fieldErrors: fieldErrorsOf(error), submit, reset: () => setError(null) };
}
