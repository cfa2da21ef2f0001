import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  acceptGuidelinesBody,
  application,
  applicationBody,
  applicationIdParams,
  applicationList,
  applicationListQuery,
  applicationReceipt,
  courseBody,
  decideApplicationBody,
  exceptionBody,
  exceptionIdParams,
  guidelinesOverview,
  managedOpportunity,
  managedOpportunityList,
  opportunityBody,
  opportunityIdParams,
  publicMunicipalityQuery,
  publicOpportunity,
  publicOpportunityList,
  publicOpportunityQuery,
  publishGuidelinesBody,
  updateMyProfileBody,
  updateOpportunityBody,
  updateVolunteerBody,
  volunteerCourseParams,
  volunteerIdParams,
  volunteerList,
  volunteerListQuery,
  volunteerProfile,
} from '../../contracts/volunteers.js';
import { getVolunteer, listVolunteers, updateVolunteer } from '../../features/volunteers/coordinate-volunteers.js';
import { decideApplication, listVolunteerApplications } from '../../features/volunteers/decide-application.js';
import { getGuidelinesOverview, publishGuidelines } from '../../features/volunteers/guidelines.js';
import { getPublicOpportunity, listPublicOpportunities } from '../../features/volunteers/list-public-opportunities.js';
import { createOpportunity, listManagedOpportunities, updateOpportunity } from '../../features/volunteers/manage-opportunities.js';
import { acceptGuidelines, addMyAvailabilityException, getMyVolunteerProfile, removeMyAvailabilityException, updateMyVolunteerProfile } from '../../features/volunteers/my-volunteer-profile.js';
import { recordVolunteerCourse, removeVolunteerCourse } from '../../features/volunteers/record-volunteer-course.js';
import { submitApplication } from '../../features/volunteers/submit-application.js';
import { runAsUser } from '../run-as-user.js';
import { runPublic } from '../run-public.js';

const tags = ['volunteers'];
const publicErrors = { 400: problemSchema, 404: problemSchema };
const errors = { ...authenticatedErrors, 409: problemSchema };

/** Volunteers: public opportunities and applications, the coordinator's work, the volunteer's own profile (docs/volunteers.md). */
export const volunteerRoutes: FastifyPluginAsyncZod = async (app) => {
  // Public, no login: the municipality is chosen as for the public offer search (run-public.ts).
  app.get('/api/v1/volunteer-opportunities', { schema: { tags, summary: 'The published volunteer opportunities (no login needed)', security: [], querystring: publicOpportunityQuery, response: { 200: publicOpportunityList, ...publicErrors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => listPublicOpportunities(ctx, request.query)),
  );
  app.get('/api/v1/volunteer-opportunities/:id', { schema: { tags, summary: 'A published volunteer opportunity (no login needed)', security: [], params: opportunityIdParams, querystring: publicMunicipalityQuery, response: { 200: publicOpportunity, ...publicErrors } } }, (request) =>
    runPublic(request, request.query.municipality, (ctx) => getPublicOpportunity(ctx, request.params.id)),
  );
  // Anyone may apply; the login rate limit keeps a script from filling the coordinator's list.
  const { config } = app.deps;
  app.post(
    '/api/v1/volunteer-applications',
    {
      config: { rateLimit: { max: config.rateLimit.loginPerMinute, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Apply to become a volunteer (no login needed)', security: [], querystring: publicMunicipalityQuery, body: applicationBody, response: { 201: applicationReceipt, ...publicErrors, 429: problemSchema } },
    },
    async (request, reply) => reply.status(201).send(await runPublic(request, request.query.municipality, (ctx) => submitApplication(ctx, request.body))),
  );

  // The coordinator (volunteer.manage).
  app.get('/api/v1/managed-volunteer-opportunities', { schema: { tags, summary: "The coordinator's opportunities in every state", response: { 200: managedOpportunityList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listManagedOpportunities(ctx)),
  );
  app.post('/api/v1/managed-volunteer-opportunities', { schema: { tags, summary: 'Create an opportunity (draft or published)', body: opportunityBody, response: { 201: managedOpportunity, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createOpportunity(ctx, request.body))),
  );
  app.put('/api/v1/managed-volunteer-opportunities/:id', { schema: { tags, summary: 'Change an opportunity, publish or archive it (on the version read)', params: opportunityIdParams, body: updateOpportunityBody, response: { 200: managedOpportunity, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateOpportunity(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/volunteer-applications', { schema: { tags, summary: 'Applications in one state, for the coordinator', querystring: applicationListQuery, response: { 200: applicationList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listVolunteerApplications(ctx, request.query)),
  );
  app.post('/api/v1/volunteer-applications/:id/decision', { schema: { tags, summary: "Approve (creates the volunteer's user and profile) or decline an application", params: applicationIdParams, body: decideApplicationBody, response: { 200: application, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => decideApplication(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/volunteers', { schema: { tags, summary: 'Volunteers, filtered by status, interest, course or expiring checks', querystring: volunteerListQuery, response: { 200: volunteerList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listVolunteers(ctx, request.query)),
  );
  app.get('/api/v1/volunteers/:id', { schema: { tags, summary: "A volunteer's profile, for the coordinator", params: volunteerIdParams, response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getVolunteer(ctx, request.params.id)),
  );
  app.patch('/api/v1/volunteers/:id', { schema: { tags, summary: 'Record the criminal-record check dates or the status (on the version read)', params: volunteerIdParams, body: updateVolunteerBody, response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateVolunteer(ctx, request.params.id, request.body)),
  );
  app.put('/api/v1/volunteers/:id/courses/:courseKey', { schema: { tags, summary: 'Record a completed course (again, when renewed)', params: volunteerCourseParams, body: courseBody, response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => recordVolunteerCourse(ctx, request.params.id, request.params.courseKey, request.body)),
  );
  app.delete('/api/v1/volunteers/:id/courses/:courseKey', { schema: { tags, summary: 'Remove a course recorded by mistake', params: volunteerCourseParams, response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => removeVolunteerCourse(ctx, request.params.id, request.params.courseKey)),
  );
  app.get('/api/v1/volunteer-guidelines', { schema: { tags, summary: 'The guidelines: current and earlier versions, and how many have accepted', response: { 200: guidelinesOverview, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getGuidelinesOverview(ctx)),
  );
  app.post('/api/v1/volunteer-guidelines', { schema: { tags, summary: 'Publish a new version of the guidelines', body: publishGuidelinesBody, response: { 201: guidelinesOverview, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => publishGuidelines(ctx, request.body))),
  );

  // The volunteer themself (volunteer.profile).
  app.get('/api/v1/me/volunteer-profile', { schema: { tags, summary: 'My volunteer profile', response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getMyVolunteerProfile(ctx)),
  );
  app.put('/api/v1/me/volunteer-profile', { schema: { tags, summary: 'Change my interests, languages, area, availability, or pause me', body: updateMyProfileBody, response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateMyVolunteerProfile(ctx, request.body)),
  );
  app.post('/api/v1/me/volunteer-profile/exceptions', { schema: { tags, summary: 'Add a time I am away, or extra time', body: exceptionBody, response: { 201: volunteerProfile, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => addMyAvailabilityException(ctx, request.body))),
  );
  app.delete('/api/v1/me/volunteer-profile/exceptions/:id', { schema: { tags, summary: 'Remove an exception', params: exceptionIdParams, response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => removeMyAvailabilityException(ctx, request.params.id)),
  );
  app.post('/api/v1/me/volunteer-guidelines/accept', { schema: { tags, summary: 'Accept the current guidelines (the version read)', body: acceptGuidelinesBody, response: { 200: volunteerProfile, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => acceptGuidelines(ctx, request.body)),
  );
};
