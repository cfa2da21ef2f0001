import { z } from 'zod';

/** Shapes shared by many contracts. */
export const idSchema = z.uuid().describe('A UUIDv7 identifier');
export const idParams = z.strictObject({ id: idSchema });
export const languageSchema = z.enum(['da', 'en']).describe('User interface language: Danish first, English second');

export const problemSchema = z
  .object({
    type: z.string().describe('URN of the problem type: urn:mestring:problem:<code>'),
    title: z.string().describe("Short translated summary in the user's language"),
    status: z.number().int().describe('HTTP status code'),
    detail: z.string().optional().describe('Translated explanation, when there is more to say'),
    code: z.string().describe('Stable machine-readable error code'),
    requestId: z.string().describe('Quote this to support; it finds the request in the logs'),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('Per-field problems, translated'),
  })
  .describe('RFC 9457 problem details');

/** Responses every authenticated route can give besides its success. */
export const authenticatedErrors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
