import { sql } from 'kysely';

/** A user's role ids as a sorted array column, for a query over the given table alias with tenant_id and user_id. */
export function grantedRoles(alias: string) {
  return sql<string[]>`coalesce((SELECT array_agg(g.role ORDER BY g.role) FROM role_grant g WHERE g.tenant_id = ${sql.ref(`${alias}.tenant_id`)} AND g.user_id = ${sql.ref(`${alias}.user_id`)}), '{}')`;
}
