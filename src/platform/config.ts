import { z } from 'zod';
import type { MessagingSettings } from './messaging/messenger-from-config.js';

/**
 * Runtime configuration, read once from the environment at start-up.
 * Every bad value is reported with its variable name so an operator can fix all of them in one go.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const positiveInt = z.coerce.number().int().positive();

const oidcIssuerSchema = z.strictObject({
  /** Issuer URL exactly as the provider announces it in its discovery document. */
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1).optional(),
  /** Slug of the municipality whose users this provider logs in. */
  tenant: z.string().min(1),
});

const envSchema = z
  .object({
    MESTRING_MODE: z.enum(['demo', 'production']).default('demo'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    /** Public base URL, used for OIDC redirect URIs and the Secure cookie decision. */
    MESTRING_PUBLIC_URL: z.url().optional(),
    MESTRING_DATA_DIR: z.string().default('./data'),
    /** When set, PostgreSQL through `pg`; otherwise the embedded PGlite database in MESTRING_DATA_DIR. */
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    DATABASE_POOL_SIZE: positiveInt.default(10),
    MESTRING_DEMO_LOGIN: booleanFlag.optional(),
    MESTRING_SESSION_IDLE_MINUTES: positiveInt.default(30),
    MESTRING_SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
    MESTRING_AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(6, 'must be at least 6 months').default(24),
    /** Secret that signs audit checkpoints (HMAC-SHA256). Required in production. */
    MESTRING_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    MESTRING_AUDIT_SEAL_INTERVAL_MS: positiveInt.default(2000),
    /** Secret that encrypts CPR numbers (AES-256-GCM) and keys their search hash (HMAC-SHA256). Required in production. */
    MESTRING_CPR_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    MESTRING_LOGIN_RATE_LIMIT: positiveInt.default(20),
    MESTRING_API_RATE_LIMIT: positiveInt.default(6000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** JSON list of staff identity providers: [{issuer, clientId, clientSecret, tenant}]. */
    MESTRING_OIDC_STAFF: z.string().optional(),
    /** JSON list of citizen identity providers (a MitID broker): [{issuer, clientId, clientSecret, tenant}]. */
    MESTRING_OIDC_CITIZEN: z.string().optional(),
    /** Slug of the municipality whose public catalogue a visitor without a session sees; default the oldest. */
    MESTRING_DEFAULT_MUNICIPALITY: z.string().regex(/^[a-z0-9-]+$/, 'must be a municipality slug').optional(),
    /** Working days a receiver has to answer a referral before the sender sees it flagged. */
    MESTRING_REFERRAL_ANSWER_DAYS: positiveInt.default(5),
    /** How long an answer of the public offer search is kept (0: not kept). */
    MESTRING_SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    /** How long a citizen's whole-situation overview is kept between changes (0: not kept). */
    MESTRING_OVERVIEW_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
    /** E-mail through this SMTP server (smtp://user:pass@host:587 or smtps://…:465); unset: the local sink in demo, none in production. */
    MESTRING_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' }).optional(),
    /** The e-mails' sender, "Name <address>" or an address; required with MESTRING_SMTP_URL. */
    MESTRING_MAIL_FROM: z.string().regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an e-mail address or "Name <address>"').optional(),
    /** Text messages through this gateway (POST {to, text, reference} as JSON); https, or http to this machine only. */
    MESTRING_SMS_GATEWAY_URL: z.url({ protocol: /^https?$/, error: 'must be an https:// address' }).optional(),
    /** The gateway's bearer token; required with MESTRING_SMS_GATEWAY_URL. */
    MESTRING_SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  })
  .superRefine((env, issues) => {
    for (const key of ['MESTRING_OIDC_STAFF', 'MESTRING_OIDC_CITIZEN'] as const) {
      const raw = env[key];
      if (raw === undefined) continue;
      const parsed = safeJson(raw);
      const result = z.array(oidcIssuerSchema).safeParse(parsed);
      if (!result.success) issues.addIssue({ code: 'custom', path: [key], message: 'must be a JSON list of {issuer, clientId, clientSecret?, tenant}' });
    }
    if (env.MESTRING_MODE === 'production') {
      if (env.MESTRING_DEMO_LOGIN === true) issues.addIssue({ code: 'custom', path: ['MESTRING_DEMO_LOGIN'], message: 'demo login is not allowed in production mode' });
      if (!env.MESTRING_AUDIT_KEY) issues.addIssue({ code: 'custom', path: ['MESTRING_AUDIT_KEY'], message: 'is required in production mode' });
      if (!env.MESTRING_CPR_KEY) issues.addIssue({ code: 'custom', path: ['MESTRING_CPR_KEY'], message: 'is required in production mode' });
      if (!env.MESTRING_PUBLIC_URL) issues.addIssue({ code: 'custom', path: ['MESTRING_PUBLIC_URL'], message: 'is required in production mode' });
    }
    messagingIssues(env).forEach(([variable, message]) => issues.addIssue({ code: 'custom', path: [variable], message }));
  });

export type OidcIssuerConfig = z.infer<typeof oidcIssuerSchema>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The messaging variables come in pairs; a gateway token must not travel in clear over the network. */
function messagingIssues(env: { MESTRING_SMTP_URL?: string | undefined; MESTRING_MAIL_FROM?: string | undefined; MESTRING_SMS_GATEWAY_URL?: string | undefined; MESTRING_SMS_GATEWAY_TOKEN?: string | undefined }): [string, string][] {
  const problems: [string, string][] = [];
  if (env.MESTRING_SMTP_URL && !env.MESTRING_MAIL_FROM) problems.push(['MESTRING_MAIL_FROM', 'is required when MESTRING_SMTP_URL is set']);
  if (env.MESTRING_SMS_GATEWAY_URL && !env.MESTRING_SMS_GATEWAY_TOKEN) problems.push(['MESTRING_SMS_GATEWAY_TOKEN', 'is required when MESTRING_SMS_GATEWAY_URL is set']);
  if (env.MESTRING_SMS_GATEWAY_TOKEN && !env.MESTRING_SMS_GATEWAY_URL) problems.push(['MESTRING_SMS_GATEWAY_URL', 'is required when MESTRING_SMS_GATEWAY_TOKEN is set']);
  // The field's own check names a URL that cannot be parsed; this one only adds the rule about http.
  if (env.MESTRING_SMS_GATEWAY_URL && URL.canParse(env.MESTRING_SMS_GATEWAY_URL)) {
    const url = new URL(env.MESTRING_SMS_GATEWAY_URL);
    if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) problems.push(['MESTRING_SMS_GATEWAY_URL', 'must be an https:// address (http only to this machine)']);
  }
  return problems;
}

export interface Config {
  mode: 'demo' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  demoLogin: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  audit: { retentionMonths: number; key: string; sealIntervalMs: number };
  /** The secret behind CPR encryption and the CPR search hash. */
  cprKey: string;
  rateLimit: { loginPerMinute: number; apiPerMinute: number };
  logLevel: string;
  oidc: { staff: OidcIssuerConfig[]; citizen: OidcIssuerConfig[] };
  defaultMunicipality: string | undefined;
  referralAnswerWorkingDays: number;
  searchCacheSeconds: number;
  overviewCacheSeconds: number;
  /** E-mail and text-message transports; null: none configured (the local sink in demo mode, off in production). */
  messaging: MessagingSettings;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** A fixed development key: only demo mode may run without MESTRING_AUDIT_KEY. */
const DEMO_AUDIT_KEY = 'mestring-demo-audit-key-not-for-production-use';
/** A fixed development key: only demo mode may run without MESTRING_CPR_KEY. */
const DEMO_CPR_KEY = 'mestring-demo-cpr-key-not-for-production-use';

/** Validates the environment and returns the typed configuration, or throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError(problems);
  }
  const e = result.data;
  const publicUrl = e.MESTRING_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    mode: e.MESTRING_MODE,
    port: e.PORT,
    host: e.HOST,
    publicUrl: publicUrl.replace(/\/$/, ''),
    dataDir: e.MESTRING_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    demoLogin: e.MESTRING_DEMO_LOGIN ?? e.MESTRING_MODE === 'demo',
    session: { idleMinutes: e.MESTRING_SESSION_IDLE_MINUTES, absoluteHours: e.MESTRING_SESSION_ABSOLUTE_HOURS },
    audit: { retentionMonths: e.MESTRING_AUDIT_RETENTION_MONTHS, key: e.MESTRING_AUDIT_KEY ?? DEMO_AUDIT_KEY, sealIntervalMs: e.MESTRING_AUDIT_SEAL_INTERVAL_MS },
    cprKey: e.MESTRING_CPR_KEY ?? DEMO_CPR_KEY,
    rateLimit: { loginPerMinute: e.MESTRING_LOGIN_RATE_LIMIT, apiPerMinute: e.MESTRING_API_RATE_LIMIT },
    logLevel: e.LOG_LEVEL,
    oidc: {
      staff: e.MESTRING_OIDC_STAFF ? (JSON.parse(e.MESTRING_OIDC_STAFF) as OidcIssuerConfig[]) : [],
      citizen: e.MESTRING_OIDC_CITIZEN ? (JSON.parse(e.MESTRING_OIDC_CITIZEN) as OidcIssuerConfig[]) : [],
    },
    defaultMunicipality: e.MESTRING_DEFAULT_MUNICIPALITY,
    referralAnswerWorkingDays: e.MESTRING_REFERRAL_ANSWER_DAYS,
    searchCacheSeconds: e.MESTRING_SEARCH_CACHE_SECONDS,
    overviewCacheSeconds: e.MESTRING_OVERVIEW_CACHE_SECONDS,
    messaging: {
      smtp: e.MESTRING_SMTP_URL && e.MESTRING_MAIL_FROM ? { url: e.MESTRING_SMTP_URL, from: e.MESTRING_MAIL_FROM } : null,
      smsGateway: e.MESTRING_SMS_GATEWAY_URL && e.MESTRING_SMS_GATEWAY_TOKEN ? { url: e.MESTRING_SMS_GATEWAY_URL, token: e.MESTRING_SMS_GATEWAY_TOKEN } : null,
    },
  };
}
