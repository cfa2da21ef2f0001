import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticatedErrors, problemSchema } from '../../contracts/common.js';
import {
  budgetCycle,
  centreBudget,
  centreBudgetParams,
  centreBudgets,
  cycleStep,
  cycleStepParams,
  economicInitiative,
  economicPlan,
  followUp,
  followUpList,
  initiativeIdParams,
  setCentreBudgetBody,
  takeFollowUpBody,
  updateCycleStepBody,
  updateInitiativeBody,
  yearQuery,
} from '../../contracts/finance-budget.js';
import { getEconomicPlan } from '../../features/finance/budget/get-economic-plan.js';
import { listBudgetCycle } from '../../features/finance/budget/list-budget-cycle.js';
import { listCentreBudgets } from '../../features/finance/budget/list-centre-budgets.js';
import { listYearFollowUps } from '../../features/finance/budget/list-follow-ups.js';
import { setCentreBudget } from '../../features/finance/budget/set-centre-budget.js';
import { takeFollowUp } from '../../features/finance/budget/take-follow-up.js';
import { updateBudgetCycleStep } from '../../features/finance/budget/update-budget-cycle-step.js';
import { updateEconomicInitiative } from '../../features/finance/budget/update-economic-initiative.js';
import { runAsUser } from '../run-as-user.js';

const tags = ['finance: budget'];
const errors = { ...authenticatedErrors, 409: problemSchema };

/**
 * Budget follow-up (DOMAIN §5.7): the year wheel, the centres' budgets, the follow-ups and the economic plan. Finance
 * and leaders read (finance.read); finance changes (finance.manage).
 */
export const financeBudgetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/v1/finance/budget-cycle', { schema: { tags, summary: 'The economic year wheel of a year: its dated steps in order', querystring: yearQuery, response: { 200: budgetCycle, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listBudgetCycle(ctx, request.query.year)),
  );
  app.put(
    '/api/v1/finance/budget-cycle/:year/:stepKey',
    { schema: { tags, summary: 'Move (and rename) a step of the year wheel; the date must lie within the year', params: cycleStepParams, body: updateCycleStepBody, response: { 200: cycleStep, ...errors } } },
    (request) => runAsUser(request, (ctx) => updateBudgetCycleStep(ctx, request.params, request.body)),
  );
  app.get('/api/v1/finance/budgets', { schema: { tags, summary: 'The budgets of the centres for a year', querystring: yearQuery, response: { 200: centreBudgets, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => listCentreBudgets(ctx, request.query.year)),
  );
  app.put(
    '/api/v1/finance/budgets/:year/:unitId',
    { schema: { tags, summary: "Set a centre's budget for a year (on the version read)", params: centreBudgetParams, body: setCentreBudgetBody, response: { 200: centreBudget, ...errors } } },
    (request) => runAsUser(request, (ctx) => setCentreBudget(ctx, request.params, request.body)),
  );
  app.get(
    '/api/v1/finance/follow-ups',
    { schema: { tags, summary: "The saved follow-ups of a year, and the current year's live figures", querystring: yearQuery, response: { 200: followUpList, ...errors } } },
    (request) => runAsUser(request, (ctx) => listYearFollowUps(ctx, request.query.year)),
  );
  app.post(
    '/api/v1/finance/follow-ups',
    { schema: { tags, summary: 'Take the follow-up of a step: save budget, committed cost and forecast per centre (409 when taken, unless replace)', body: takeFollowUpBody, response: { 201: followUp, ...errors } } },
    async (request, reply) => reply.status(201).send(await runAsUser(request, (ctx) => takeFollowUp(ctx, request.body))),
  );
  app.get('/api/v1/finance/economic-plan', { schema: { tags, summary: "The social area's economic plan: tracks, initiatives, expected effects", response: { 200: economicPlan, ...errors } } }, (request) =>
    runAsUser(request, (ctx) => getEconomicPlan(ctx)),
  );
  app.patch(
    '/api/v1/finance/economic-initiatives/:id',
    { schema: { tags, summary: "Change an initiative's status or expected effect (on the version read)", params: initiativeIdParams, body: updateInitiativeBody, response: { 200: economicInitiative, ...errors } } },
    (request) => runAsUser(request, (ctx) => updateEconomicInitiative(ctx, request.params.id, request.body)),
  );
};
