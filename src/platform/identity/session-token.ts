import { createHash, randomBytes } from 'node:crypto';

/**
 * The session cookie is `<tenant id>.<256-bit random secret>`. The tenant part lets the server open the
 * request's transaction in the right municipality without a cross-tenant lookup; the secret is what
 * authenticates, and only its SHA-256 is stored, so a database leak yields no usable cookies.
 */
export interface SessionToken {
  tenantId: string;
  secret: string;
}

const tokenPattern = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export function newSessionToken(tenantId: string): SessionToken {
  return { tenantId, secret: randomBytes(32).toString('base64url') };
}

export function formatSessionToken(token: SessionToken): string {
  return `${token.tenantId}.${token.secret}`;
}

export function parseSessionToken(value: string | undefined): SessionToken | null {
  if (!value) return null;
  const match = tokenPattern.exec(value);
  return match ? { tenantId: match[1]!, secret: match[2]! } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}
