import { ApiError } from '../../api/client.js';

/** The form field a server problem belongs to: "roles.2" is about the roles. */
export function fieldOfPath(path: string): string {
  return path.split('.')[0] ?? '';
}

/** The server's per-field messages by field name; the first message for a field wins. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  if (!(error instanceof ApiError)) return byField;
  for (const problem of error.errors) byField[fieldOfPath(problem.path)] ??= problem.message;
  return byField;
}
