import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { ErrorMessage } from '../error-message.js';
import { fieldOfPath } from './field-errors.js';

/** A field of the form: the id of the control to jump to and the label to name it by. */
export interface SummaryField {
  id: string;
  label: string;
}

interface Props {
  error: unknown;
  fields: Record<string, SummaryField>;
  children?: ReactNode;
}

/**
 * The error summary at the top of a form. It takes focus when a save fails, so the user hears what is
 * wrong and can follow a link straight to each field.
 */
export function ErrorSummary({ error, fields, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  if (!error) return null;

  const problems = error instanceof ApiError ? error.errors : [];
  return (
    <ErrorMessage error={error} ref={box}>
      {problems.length > 0 && (
        <ul className="alert-text nobullet-list">
          {problems.map((problem) => {
            const field = fields[fieldOfPath(problem.path)];
            return (
              <li key={`${problem.path}-${problem.message}`}>
                {field ? (
                  <a
                    href={`#${field.id}`}
                    className="function-link"
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(field.id)?.focus();
                    }}
                  >
                    {field.label}: {problem.message}
                  </a>
                ) : (
                  problem.message
                )}
              </li>
            );
          })}
        </ul>
      )}
      {children}
    </ErrorMessage>
  );
}
