import type { Role } from '../domain/roles.js';
import type { Tx } from './db/tenant-transaction.js';
import type { Language } from './i18n/server-messages.js';

export interface Actor {
  userId: string;
  tenantId: string;
  displayName: string;
  kind: 'staff' | 'citizen' | 'relative' | 'volunteer' | 'external';
  roles: Role[];
  orgUnitId: string | null;
  language: Language;
}

/** What every use case receives: who acts, in which municipality, in which transaction, and when. */
export interface Ctx {
  trx: Tx;
  tenantId: string;
  actor: Actor;
  requestId: string;
  now: Date;
  language: Language;
}
