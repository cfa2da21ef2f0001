import { z } from 'zod';

export const oidcProviderParams = z.strictObject({
  provider: z.string().min(1).max(100).describe('Provider id from GET /api/v1/auth/providers'),
});

export const oidcLoginQuery = z.object({
  returnTo: z.string().max(2000).optional().describe('Path on this site to land on after login; anything else means /min-side'),
});

/** What the identity provider sends back; the raw query is what gets verified, this only documents and bounds it. */
export const oidcCallbackQuery = z.looseObject({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  iss: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

export const loginRedirect = z.null().describe('Redirect: Location names the next step');
