import { isGrantableToStaff, type Role } from '../../domain/roles.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessage, type Language } from '../../platform/i18n/server-messages.js';

/** Refuses citizen and relative roles for staff: those come from a person's relation to a citizen, not a grant. */
export function assertGrantableToStaff(roles: readonly Role[], language: Language): void {
  const refused = roles.filter((role) => !isGrantableToStaff(role));
  if (refused.length === 0) return;
  throw new AppError('validation_failed', undefined, [{ path: 'roles', message: fieldMessage(language, 'role.not_for_staff', refused.join(', ')) }]);
}
