import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import da from 'zod/v4/locales/da.js';
import en from 'zod/v4/locales/en.js';
import type { FieldProblem } from '../platform/errors.js';
import type { Language } from '../platform/i18n/server-messages.js';
import { plainIssueMessage } from '../platform/i18n/validation-messages.js';

/** A failed request validation; the issues are translated only once the request's language is known. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: $ZodIssue[]) {
    super('Request validation failed');
    this.name = 'RequestValidationError';
  }
}

/**
 * Validates params, query and body with the route's zod contract. `reportInput` lets the translated message
 * name the type that was received; the input itself never leaves this process (not in responses, not in logs).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => (data) => {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
};

const locales = { da: da(), en: en() };

function zodLocaleMessage(issue: $ZodIssue, language: Language): string {
  const translated = locales[language].localeError(issue as never);
  return typeof translated === 'string' ? translated : (translated?.message ?? issue.message);
}

export function translateIssues(issues: $ZodIssue[], language: Language): FieldProblem[] {
  return issues.map((issue) => {
    const message = plainIssueMessage(issue, language) ?? zodLocaleMessage(issue, language);
    const path = issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys.join(',') : issue.path.join('.');
    return { path, message };
  });
}
