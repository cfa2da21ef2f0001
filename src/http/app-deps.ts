import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../platform/config.js';
import type { DatabaseHandle } from '../platform/db/connect.js';
import type { Language } from '../platform/i18n/server-messages.js';
import type { OidcLogin } from '../platform/identity/oidc-login.js';
import type { TenantDirectory } from '../platform/tenancy/tenant-directory.js';

/** What the HTTP layer needs from the rest of the process; tests build it with their own database and clock. */
export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  clock: () => Date;
  oidc: OidcLogin;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** The municipalities, for requests without a session (run-public.ts). */
    tenants: TenantDirectory;
  }
  interface FastifyRequest {
    /** Set once the session is known; before that the Accept-Language header decides. */
    language?: Language;
  }
}

export type { FastifyBaseLogger };
