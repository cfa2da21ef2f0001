import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditEventPage,
  auditQuery,
  createOrgUnitBody,
  createUserBody,
  listUsersQuery,
  orgUnit,
  orgUnitList,
  setRolesBody,
  staffUser,
  staffUserList,
  updateOrgUnitBody,
  updateUserBody,
} from '../../contracts/admin.js';
import { authenticatedErrors, idParams, problemSchema } from '../../contracts/common.js';
import { createOrgUnit } from '../../features/admin/create-org-unit.js';
import { createUser } from '../../features/admin/create-user.js';
import { getUser } from '../../features/admin/get-user.js';
import { listAuditEvents } from '../../features/admin/list-audit-events.js';
import { listOrgUnits } from '../../features/admin/list-org-units.js';
import { listUsers } from '../../features/admin/list-users.js';
import { setUserRoles } from '../../features/admin/set-user-roles.js';
import { updateOrgUnit } from '../../features/admin/update-org-unit.js';
import { updateUser } from '../../features/admin/update-user.js';
import { runAsUser } from '../run-as-user.js';

const errors = { ...authenticatedErrors, 409: problemSchema };
const tags = ['admin'];

/** The municipality's administration: organisation units, staff users and their roles, the audit log. */
export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/admin/org-units', { schema: { tags, summary: 'Organisation units', response: { 200: orgUnitList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listOrgUnits(ctx)),
  );
  app.post('/api/v1/admin/org-units', { schema: { tags, summary: 'Create an organisation unit', body: createOrgUnitBody, response: { 201: orgUnit, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createOrgUnit(ctx, request.body))),
  );
  app.patch('/api/v1/admin/org-units/:id', { schema: { tags, summary: 'Change an organisation unit', params: idParams, body: updateOrgUnitBody, response: { 200: orgUnit, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateOrgUnit(ctx, request.params.id, request.body)),
  );
  app.get('/api/v1/admin/users', { schema: { tags, summary: 'Staff users', querystring: listUsersQuery, response: { 200: staffUserList, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listUsers(ctx, request.query)),
  );
  app.get('/api/v1/admin/users/:id', { schema: { tags, summary: 'One staff user', params: idParams, response: { 200: staffUser, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getUser(ctx, request.params.id)),
  );
  app.post('/api/v1/admin/users', { schema: { tags, summary: 'Create a staff user', body: createUserBody, response: { 201: staffUser, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await runAsUser(request, (ctx) => createUser(ctx, request.body))),
  );
  app.patch('/api/v1/admin/users/:id', { schema: { tags, summary: 'Change a staff user', params: idParams, body: updateUserBody, response: { 200: staffUser, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => updateUser(ctx, request.params.id, request.body)),
  );
  app.put('/api/v1/admin/users/:id/roles', { schema: { tags, summary: "Replace a staff user's role grants", params: idParams, body: setRolesBody, response: { 200: staffUser, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => setUserRoles(ctx, request.params.id, request.body.roles)),
  );
  app.get('/api/v1/admin/audit-events', { schema: { tags, summary: 'The audit log', querystring: auditQuery, response: { 200: auditEventPage, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listAuditEvents(ctx, request.query)),
  );
};
