import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  calendarFeed,
  calendarFeedParams,
  calendarFeedStatus,
  cancelEventBody,
  createEventBody,
  eventIdParams,
  eventList,
  eventListQuery,
  eventSummary,
  managedEventChoices,
  managedEvents,
  municipalityQuery,
  myEvents,
  offerIdParams,
  signup,
  signupBody,
  signupParams,
  updateEventBody,
} from '../../contracts/events.js';
import { cancelEvent } from '../../features/events/cancel-event.js';
import { cancelSignup } from '../../features/events/cancel-signup.js';
import { createEvent } from '../../features/events/create-event.js';
import { getCalendarFeedStatus } from '../../features/events/get-calendar-feed-status.js';
import { getEventCalendar } from '../../features/events/get-event-calendar.js';
import { getEventChoices } from '../../features/events/get-event-choices.js';
import { getEvent } from '../../features/events/get-event.js';
import { getKeptEvent } from '../../features/events/get-kept-event.js';
import { getOfferCalendar } from '../../features/events/get-offer-calendar.js';
import { listEvents } from '../../features/events/list-events.js';
import { listKeptEventsOf } from '../../features/events/list-kept-events.js';
import { listMyEvents } from '../../features/events/list-my-events.js';
import { readCitizenCalendar } from '../../features/events/read-citizen-calendar.js';
import { renewCalendarFeed } from '../../features/events/renew-calendar-feed.js';
import { signUpForEvent } from '../../features/events/sign-up-for-event.js';
import { stopCalendarFeed } from '../../features/events/stop-calendar-feed.js';
import { updateEvent } from '../../features/events/update-event.js';
import { runAsUser } from '../run-as-user.js';
import { runCalendarFeed } from '../run-calendar-feed.js';
import { runPublic } from '../run-public.js';
import { CALENDAR_TYPE } from '../../interop/ical/write-calendar.js';

const tags = ['events'];
const errors = { ...authenticatedErrors, 409: problemSchema };
const publicErrors = { 400: problemSchema, 404: problemSchema };
const noContent = z.null().describe('Done');

/** Det sker: dated activities, sign-ups and iCalendar feeds. */
export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  const publicUrl = app.deps.config.publicUrl;

  // Public: anyone may read the coming events and subscribe to an offer's calendar.
  app.get('/api/v1/events', { schema: { tags, summary: '"Det sker": the coming events (default the next 8 weeks), no login needed', security: [], querystring: eventListQuery, response: { 200: eventList, ...publicErrors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => listEvents(ctx, request.query)),
  );
  app.get('/api/v1/events/:id', { schema: { tags, summary: 'One public event', security: [], params: eventIdParams, querystring: municipalityQuery, response: { 200: eventSummary, ...publicErrors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getEvent(ctx, request.params.id)),
  );
  app.get(
    '/api/v1/offers/:id/calendar.ics',
    { schema: { tags, summary: "A published offer's opening hours and coming events as an iCalendar feed (text/calendar)", security: [], params: offerIdParams, querystring: municipalityQuery, response: publicErrors } },
    async (request, reply) => {
      const calendar = await runPublic(request, request.query.municipality, (ctx) => getOfferCalendar(ctx, request.params.id, publicUrl));
      return reply.type(CALENDAR_TYPE).header('content-disposition', 'inline; filename="tilbud.ics"').send(calendar as never);
    },
  );
  app.get(
    '/api/v1/events/:id/calendar.ics',
    { schema: { tags, summary: 'One public event as an iCalendar file, to add to a calendar', security: [], params: eventIdParams, querystring: municipalityQuery, response: publicErrors } },
    async (request, reply) => {
      const calendar = await runPublic(request, request.query.municipality, (ctx) => getEventCalendar(ctx, request.params.id, publicUrl));
      return reply.type(CALENDAR_TYPE).header('content-disposition', 'attachment; filename="aktivitet.ics"').send(calendar as never);
    },
  );
  app.get(
    '/api/v1/calendar/:file',
    { schema: { tags, summary: "A citizen's own calendar at their secret address (no login; every fetch is audited)", security: [], params: calendarFeedParams, response: publicErrors } },
    async (request, reply) => {
      const calendar = await runCalendarFeed(request, request.params.file, (ctx, secret) => readCitizenCalendar(ctx, secret, publicUrl));
      return reply.type(CALENDAR_TYPE).header('content-disposition', 'inline; filename="mine-aktiviteter.ics"').send(calendar as never);
    },
  );

  // Keeping events: those who keep the offer (domain/event-keeper.ts).
  app.post('/api/v1/events', { schema: { tags, summary: 'Create an event of an offer, or an organisation\'s own event', body: createEventBody, response: { 201: eventSummary, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createEvent(ctx, request.body))),
  );
  app.patch('/api/v1/events/:id', { schema: { tags, summary: 'Change an event (version check)', params: eventIdParams, body: updateEventBody, response: { 200: eventSummary, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateEvent(ctx, request.params.id, request.body)),
  );
  app.post('/api/v1/events/:id/cancel', { schema: { tags, summary: 'Cancel an event; it stays listed as cancelled', params: eventIdParams, body: cancelEventBody, response: { 200: eventSummary, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => cancelEvent(ctx, request.params.id, request.body.version)),
  );
  app.get('/api/v1/managed-events', { schema: { tags, summary: 'The events the logged-in user keeps', response: { 200: managedEvents, ...errors } } }, (request) => runAsUser(request, (ctx) => listKeptEventsOf(ctx)));
  app.get('/api/v1/managed-events/choices', { schema: { tags, summary: 'Offers, organisations and places the event form offers', response: { 200: managedEventChoices, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getEventChoices(ctx)),
  );
  app.get('/api/v1/managed-events/:id', { schema: { tags, summary: 'One event the logged-in user keeps, also of a draft offer', params: eventIdParams, response: { 200: managedEvents.shape.items.element, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getKeptEvent(ctx, request.params.id)),
  );

  // Sign-ups: the citizen's own data (the citizen themself, or a worker on their team).
  app.post('/api/v1/events/:id/signups', { schema: { tags, summary: 'Sign a citizen up (201; 200 when already signed up); full: 409', params: eventIdParams, body: signupBody.optional(), response: { 200: signup, 201: signup, ...errors } } }, async (request, reply) => {
    const result = await runAsUser(request, (ctx) => signUpForEvent(ctx, request.params.id, request.body ?? {}));
    return reply.status(result.created ? 201 : 200).send(result.signup);
  });
  app.delete('/api/v1/events/:id/signups/:citizenId', { schema: { tags, summary: 'Take back a sign-up', params: signupParams, response: { 204: noContent, ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => cancelSignup(ctx, request.params.id, request.params.citizenId));
    return reply.status(204).send(null);
  });
  app.get('/api/v1/me/events', { schema: { tags, summary: "The logged-in citizen's sign-ups", response: { 200: myEvents, ...errors } } }, (request) => runAsUser(request, (ctx) => listMyEvents(ctx)));

  // The citizen's own calendar address.
  app.get('/api/v1/me/calendar-feed', { schema: { tags, summary: 'Whether the citizen has a calendar address', response: { 200: calendarFeedStatus, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getCalendarFeedStatus(ctx)),
  );
  app.post('/api/v1/me/calendar-feed', { schema: { tags, summary: 'Make a new secret calendar address (the old one stops working)', response: { 201: calendarFeed, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => renewCalendarFeed(ctx, publicUrl))),
  );
  app.delete('/api/v1/me/calendar-feed', { schema: { tags, summary: 'Switch the calendar address off', response: { 204: noContent, ...errors } } }, async (request, reply) => {
    await runAsUser(request, (ctx) => stopCalendarFeed(ctx));
    return reply.status(204).send(null);
  });
};
