import { z } from 'zod';

export const demoPersona = z.object({
  id: z.string().describe('Persona key to log in with'),
  name: z.string(),
  role: z.string().describe('Role id of the persona'),
  tenant: z.object({ slug: z.string(), name: z.string() }),
  unit: z.string().nullable().describe('Organisation unit, for staff'),
});
export const demoPersonasResponse = z.array(demoPersona);

export const demoLoginBody = z.strictObject({
  persona: z.string().min(1).max(100).describe('Persona id from GET /api/v1/auth/demo/personas'),
});

export const providersResponse = z.object({
  demo: z.boolean().describe('Whether the demo login with seeded personas is on'),
  oidc: z.array(z.object({ id: z.string(), kind: z.enum(['staff', 'citizen']), label: z.string(), loginUrl: z.string() })),
});
