import * as client from 'openid-client';
import type { Config, OidcIssuerConfig } from '../config.js';
import { AppError } from '../errors.js';

export interface OidcProviderInfo {
  id: string;
  kind: 'staff' | 'citizen';
  label: string;
  loginUrl: string;
}

export interface OidcProvider {
  id: string;
  kind: 'staff' | 'citizen';
  /** Slug of the municipality whose users this provider logs in. */
  tenant: string;
}

/** The per-attempt secrets the callback is checked against; kept server-side between start and finish. */
export interface LoginSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What the ID token says about the person, once its signature, issuer, audience, expiry and nonce are verified. */
export interface VerifiedClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

/** OpenID Connect login for staff and citizens (authorization code + PKCE). */
export interface OidcLogin {
  providers(): OidcProviderInfo[];
  provider(id: string): OidcProvider | undefined;
  /** The identity provider's authorization URL for a fresh attempt, and the secrets to keep for its callback. */
  start(providerId: string): Promise<{ authorizationUrl: URL; secrets: LoginSecrets }>;
  /** Redeems the code from the callback's query and verifies the ID token; any failure is a login_failed AppError. */
  finish(providerId: string, callbackQuery: URLSearchParams, secrets: LoginSecrets): Promise<VerifiedClaims>;
}

interface ConfiguredProvider extends OidcProvider {
  settings: OidcIssuerConfig;
  redirectUri: string;
}

function providerId(kind: 'staff' | 'citizen', index: number, issuer: OidcIssuerConfig) {
  return `${kind}-${issuer.tenant}-${index}`;
}

/** Plain http is accepted only for an identity provider on this machine, which is what the tests run. */
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

function providerError(cause: unknown): AppError {
  const error = new AppError('login_failed', 'login.provider_error');
  error.cause = cause;
  return error;
}

export function createOidcLogin(config: Config): OidcLogin {
  const configure = (kind: 'staff' | 'citizen') => (settings: OidcIssuerConfig, index: number): ConfiguredProvider => {
    const id = providerId(kind, index, settings);
    return { id, kind, tenant: settings.tenant, settings, redirectUri: `${config.publicUrl}/api/v1/auth/oidc/${id}/callback` };
  };
  const all = [...config.oidc.staff.map(configure('staff')), ...config.oidc.citizen.map(configure('citizen'))];
  const byId = new Map(all.map((provider) => [provider.id, provider]));

  // Discovery once per provider; a failed attempt is forgotten so the next login tries again.
  const discovered = new Map<string, Promise<client.Configuration>>();
  const configurationOf = (provider: ConfiguredProvider): Promise<client.Configuration> => {
    let configuration = discovered.get(provider.id);
    if (!configuration) {
      const server = new URL(provider.settings.issuer);
      const { clientId, clientSecret } = provider.settings;
      // client_secret_basic is OpenID Connect's default; without a secret the client is public and PKCE alone binds the code.
      const authentication = clientSecret ? client.ClientSecretBasic(clientSecret) : client.None();
      configuration = client.discovery(server, clientId, undefined, authentication, {
        // openid-client trusts TLS alone for a token-endpoint ID token; verifying its signature as well means a
        // compromised path to the provider still cannot hand us a forged identity.
        execute: [client.enableNonRepudiationChecks, ...(isLoopbackHttp(server) ? [client.allowInsecureRequests] : [])],
        timeout: 10,
      });
      configuration.catch(() => discovered.delete(provider.id));
      discovered.set(provider.id, configuration);
    }
    return configuration;
  };

  const find = (id: string): ConfiguredProvider => {
    const provider = byId.get(id);
    if (!provider) throw new AppError('not_found');
    return provider;
  };

  return {
    providers: () =>
      all.map(({ id, kind }) => ({ id, kind, label: kind === 'citizen' ? 'MitID' : 'Medarbejderlogin', loginUrl: `/api/v1/auth/oidc/${id}/login` })),

    provider: (id) => {
      const provider = byId.get(id);
      return provider && { id: provider.id, kind: provider.kind, tenant: provider.tenant };
    },

    async start(id) {
      const provider = find(id);
      const configuration = await configurationOf(provider).catch((error: unknown) => {
        throw providerError(error);
      });
      const secrets: LoginSecrets = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const authorizationUrl = client.buildAuthorizationUrl(configuration, {
        redirect_uri: provider.redirectUri,
        scope: 'openid email profile',
        state: secrets.state,
        nonce: secrets.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { authorizationUrl, secrets };
    },

    async finish(id, callbackQuery, secrets) {
      const provider = find(id);
      // The callback URL is rebuilt from the configured redirect URI, not from the request's Host header,
      // so the token request names exactly the redirect URI the authorization request did.
      const callbackUrl = new URL(provider.redirectUri);
      callbackUrl.search = callbackQuery.toString();
      try {
        const configuration = await configurationOf(provider);
        const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
          expectedState: secrets.state,
          expectedNonce: secrets.nonce,
          pkceCodeVerifier: secrets.codeVerifier,
        });
        const claims = tokens.claims();
        if (!claims) throw new Error('no ID token in the token response');
        return {
          issuer: claims.iss,
          subject: claims.sub,
          email: typeof claims.email === 'string' ? claims.email : null,
          emailVerified: claims.email_verified === true,
        };
      } catch (error) {
        throw providerError(error);
      }
    },
  };
}
