import { isRole, rolesAllow, type Permission } from '../../../domain/roles.js';
import { useSession } from '../auth/session.js';

/** Whether the logged-in user's roles allow a permission (the server decides; this only hides what would be refused). */
export function useCan(permission: Permission): boolean {
  const { me } = useSession();
  return rolesAllow((me?.roles ?? []).filter(isRole), permission);
}
