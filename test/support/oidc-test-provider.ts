import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** People who can log in at the test identity provider; the login form's user name is the key, which is also the subject. */
export const testAccounts = {
  /** A seeded staff member of Randers, with the seed's e-mail address. */
  anders: { email: 'anders.holm@randers.demo', email_verified: true, name: 'Anders Holm' },
  /** Nobody the municipality knows. */
  stranger: { email: 'stranger@example.test', email_verified: true, name: 'Ukendt Person' },
  /** A staff member's address, but not verified by the provider: not enough to link. */
  unverified: { email: 'mette.lund@randers.demo', email_verified: false, name: 'Mette Lund' },
} as const;

export type TestAccount = keyof typeof testAccounts;

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the one client with the app's callback URL; the app's port is often known only after the provider's. */
  registerClient(redirectUri: string): void;
  stop(): Promise<void>;
}

/** An ID token just issued by the provider, and the means to forge a variant of it. */
export interface IssuedIdToken {
  token: string;
  claims: Record<string, unknown>;
  /** Signs the claims with the provider's own key, or with a stranger's key under the provider's key id. */
  resign(claims: Record<string, unknown>, key?: 'provider' | 'stranger'): string;
}

export type IdTokenTampering = (issued: IssuedIdToken) => string;

export interface TamperingOidcTestProvider extends OidcTestProvider {
  /** From now on, the token endpoint hands out what this returns instead of the real ID token (null: the real one). */
  tamperIdTokens(tampering: IdTokenTampering | null): void;
}

const KEY_ID = 'test-signing-key';

function newSigningKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function issuedIdToken(token: string, keys: Record<'provider' | 'stranger', KeyObject>): IssuedIdToken {
  const [header = '', payload = ''] = token.split('.');
  return {
    token,
    claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
    resign(claims, key = 'provider') {
      const signingInput = `${header}.${base64urlJson(claims)}`;
      return `${signingInput}.${sign('sha256', Buffer.from(signingInput), keys[key]).toString('base64url')}`;
    },
  };
}

async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * A real `oidc-provider` on a free loopback port: authorization code flow with PKCE required, its
 * built-in login and consent pages (any password is accepted for the test accounts), RS256 ID tokens
 * carrying the e-mail claims. The provider itself is built when the client is registered.
 */
async function startProvider(configure?: (provider: Provider, keys: Record<'provider' | 'stranger', KeyObject>) => void): Promise<OidcTestProvider> {
  let provider: Provider | undefined;
  const server = createServer((request, response) => {
    if (provider) return provider.callback()(request, response);
    response.writeHead(503).end('no client registered yet');
  });
  const issuer = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  const clientId = `mestring-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const keys = { provider: newSigningKey(), stranger: newSigningKey() };

  return {
    issuer,
    clientId,
    clientSecret,
    registerClient(redirectUri) {
      provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
        jwks: { keys: [{ ...keys.provider.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' }] },
        cookies: { keys: [randomBytes(32).toString('hex')] },
        pkce: { required: () => true },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        // Like most staff identity providers, put the e-mail claims in the ID token itself, not only behind userinfo.
        conformIdTokenClaims: false,
        features: { devInteractions: { enabled: true } },
        // Explicit lifetimes, which also keeps the provider from printing a notice for each default it uses.
        ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
        findAccount: (_ctx: unknown, id: string) => {
          if (!Object.hasOwn(testAccounts, id)) return undefined;
          const account = testAccounts[id as TestAccount];
          return { accountId: id, claims: async () => ({ sub: id, ...account }) };
        },
      });
      configure?.(provider, keys);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The real provider, unmodified: what a successful login goes through. */
export function startOidcTestProvider(): Promise<OidcTestProvider> {
  return startProvider();
}

/**
 * A second real provider whose token endpoint can be made to lie, for the refusals: the app must reject
 * a forged ID token whatever the rest of the exchange looks like.
 */
export async function startTamperingOidcTestProvider(): Promise<TamperingOidcTestProvider> {
  let tampering: IdTokenTampering | null = null;
  const started = await startProvider((provider, keys) => {
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: unknown } | undefined;
      if (!tampering || ctx.path !== '/token' || ctx.status !== 200 || typeof body?.id_token !== 'string') return;
      body.id_token = tampering(issuedIdToken(body.id_token, keys));
    });
  });
  return {
    ...started,
    tamperIdTokens(next) {
      tampering = next;
    },
  };
}
