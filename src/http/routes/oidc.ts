import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** OpenID Connect login routes (authorization code + PKCE). */
export const oidcRoutes: FastifyPluginAsyncZod = async () => {};
