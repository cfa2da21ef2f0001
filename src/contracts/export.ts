import { z } from 'zod';
import { citizenRecord } from './citizens.js';
import { consentsView } from './consents.js';
import { networkMember } from './network.js';

/** The right-of-access export (GDPR art. 15): everything held about one citizen. */

export const exportBody = z.strictObject({
  format: z.enum(['json', 'html']).describe('json: a complete download; html: a readable, printable page in Danish'),
});

const rows = z.array(z.record(z.string(), z.unknown()));

export const accessExport = z.object({
  exportedAt: z.iso.datetime(),
  municipality: z.string(),
  record: citizenRecord.describe('With the full CPR number'),
  network: z.array(networkMember.extend({ removedAt: z.iso.datetime().nullable() })).describe('Including people removed from the network'),
  consents: consentsView,
  dreams: rows,
  goals: rows,
  steps: rows,
  meetings: rows,
  comments: rows,
  planHistory: rows,
  transitionPlan: z.record(z.string(), z.unknown()).nullable(),
  accessLog: z
    .array(z.object({ at: z.iso.datetime(), actorName: z.string().nullable(), role: z.string().nullable(), unitName: z.string().nullable(), action: z.string(), purpose: z.string(), outcome: z.string() }))
    .describe('Every access to the citizen’s data, with names: the export is for the citizen'),
});
export type AccessExport = z.infer<typeof accessExport>;
