import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Peer guides: profiles, bookings of conversations, talks and inspiration courses, hours by funding source. */
export const peerGuideRoutes: FastifyPluginAsyncZod = async () => {};
