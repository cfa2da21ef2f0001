import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  booking,
  bookingIdParams,
  bookingList,
  bookingListQuery,
  cancelBookingBody,
  completeBookingBody,
  createBookingBody,
  createPeerGuideBody,
  guideIdParams,
  guideListQuery,
  hoursQuery,
  peerGuide,
  peerGuideHours,
  peerGuideList,
  signUpBody,
  updateMyGuideProfileBody,
  updatePeerGuideBody,
} from '../../contracts/peer-guides.js';
import { bookPeerGuide } from '../../features/peer-guides/book-peer-guide.js';
import { cancelBooking } from '../../features/peer-guides/cancel-booking.js';
import { completeBooking } from '../../features/peer-guides/complete-booking.js';
import { createPeerGuide } from '../../features/peer-guides/create-peer-guide.js';
import { getBooking } from '../../features/peer-guides/get-booking.js';
import { getMyGuideProfile } from '../../features/peer-guides/get-my-guide-profile.js';
import { getPeerGuide } from '../../features/peer-guides/get-peer-guide.js';
import { getPeerGuideHours } from '../../features/peer-guides/get-peer-guide-hours.js';
import { listPeerGuideBookings } from '../../features/peer-guides/list-bookings.js';
import { listMyGuideBookings } from '../../features/peer-guides/list-my-guide-bookings.js';
import { listPeerGuides } from '../../features/peer-guides/list-peer-guides.js';
import { hoursFileName, peerGuideHoursCsv } from '../../features/peer-guides/peer-guide-hours-csv.js';
import { signUpParticipant } from '../../features/peer-guides/sign-up-participant.js';
import { updateMyGuideProfile } from '../../features/peer-guides/update-my-guide-profile.js';
import { updatePeerGuide } from '../../features/peer-guides/update-peer-guide.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['peer-guides'];

/** Peer guides: profiles, bookings of conversations, talks and inspiration courses, hours by funding source. */
export const peerGuideRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/peer-guides', { schema: { tags, summary: 'The peer guides staff can book, with their busy times; by area of lived experience', querystring: guideListQuery, response: { 200: peerGuideList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listPeerGuides(ctx, request.query)),
  );
  app.post('/api/v1/peer-guides', { schema: { tags, summary: 'Add a peer guide: the user and the profile (the coordinator)', body: createPeerGuideBody, response: { 201: peerGuide, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createPeerGuide(ctx, request.body))),
  );
  app.get('/api/v1/peer-guides/:id', { schema: { tags, summary: "One peer guide's profile and busy times", params: guideIdParams, response: { 200: peerGuide, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getPeerGuide(ctx, request.params.id)),
  );
  app.put('/api/v1/peer-guides/:id', { schema: { tags, summary: "Edit a guide's profile, training and status (the coordinator)", params: guideIdParams, body: updatePeerGuideBody, response: { 200: peerGuide, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updatePeerGuide(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/me/peer-guide-profile', { schema: { tags, summary: "The logged-in guide's own profile", response: { 200: peerGuide, ...errors } } }, (request) => runAsUser(request, (ctx) => getMyGuideProfile(ctx)));
  app.put('/api/v1/me/peer-guide-profile', { schema: { tags, summary: 'The guide edits their presentation and availability', body: updateMyGuideProfileBody, response: { 200: peerGuide, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateMyGuideProfile(ctx, request.body)),
  );

  app.post('/api/v1/peer-guide-bookings', { schema: { tags, summary: 'Book a peer guide for a conversation, a talk or an inspiration course', body: createBookingBody, response: { 201: booking, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => bookPeerGuide(ctx, request.body))),
  );
  app.get('/api/v1/peer-guide-bookings', { schema: { tags, summary: "The bookings the actor made, or one guide's (the coordinator)", querystring: bookingListQuery, response: { 200: bookingList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listPeerGuideBookings(ctx, request.query)),
  );
  app.get('/api/v1/peer-guide-bookings/:id', { schema: { tags, summary: 'One booking (its guide, its booker, the coordinator)', params: bookingIdParams, response: { 200: booking, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getBooking(ctx, request.params.id)),
  );
  app.post('/api/v1/peer-guide-bookings/:id/cancellation', { schema: { tags, summary: 'Cancel a booking not yet held', params: bookingIdParams, body: cancelBookingBody, response: { 200: booking, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => cancelBooking(ctx, request.params.id, request.body.version)),
  );
  app.post('/api/v1/peer-guide-bookings/:id/completion', { schema: { tags, summary: 'The guide marks it held and logs the minutes', params: bookingIdParams, body: completeBookingBody, response: { 200: booking, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => completeBooking(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/peer-guide-bookings/:id/participants', { schema: { tags, summary: 'Sign someone up for an inspiration course; refused when full', params: bookingIdParams, body: signUpBody, response: { 201: booking, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => signUpParticipant(ctx, request.params.id, request.body.name))),
  );
  app.get('/api/v1/me/peer-guide-bookings', { schema: { tags, summary: "The logged-in guide's own bookings", response: { 200: bookingList, ...errors } } }, (request) => runAsUser(request, (ctx) => listMyGuideBookings(ctx)));

  app.get('/api/v1/peer-guide-hours', { schema: { tags, summary: 'Hours per peer guide and funding source in a period, with totals', querystring: hoursQuery, response: { 200: peerGuideHours, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getPeerGuideHours(ctx, request.query)),
  );
  app.get('/api/v1/peer-guide-hours.csv', { schema: { tags, summary: 'The hours as CSV (semicolons, UTF-8 with BOM)', querystring: hoursQuery, response: { ...errors } } }, async (request, reply) => {
    const report = await runAsUser(request, (ctx) => getPeerGuideHours(ctx, request.query));
    const language = request.language ?? 'da';
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${hoursFileName(report, language)}"`).send(peerGuideHoursCsv(report, language) as never);
  });
};
