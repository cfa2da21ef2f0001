/** The ids a field's label, hint and error message hang together by. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The form field a server problem belongs to: "roles.2" is about the roles. */
export function fieldOfPath(path: string): string {
  return path.split('.')[0] ?? '';
}
