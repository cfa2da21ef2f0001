import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldProblem } from '../platform/errors.js';
import { errorDetail, errorTitle, pickLanguage, type Language } from '../platform/i18n/server-messages.js';
import { RequestValidationError, translateIssues } from './validation.js';

/** RFC 9457 problem details, with our stable code and the request id a person can quote to support. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  requestId: string;
  errors?: FieldProblem[];
}

export function requestLanguage(request: FastifyRequest): Language {
  return request.language ?? pickLanguage(undefined, request.headers['accept-language']);
}

/** Keeps only the stack's frame lines: a message, however many lines it has, may quote SQL or input values. */
export function stackFrames(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

function fastifyErrorCode(error: FastifyError): ErrorCode | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'malformed_json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'body_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'unsupported_media_type';
    default:
      break;
  }
  if (error.statusCode === 429) return 'rate_limited';
  if (error instanceof SyntaxError && error.statusCode === 400) return 'malformed_json';
  return null;
}

/** Turns any thrown error into problem+json. Unknown errors become a bare 500: no stack, SQL or personal data. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const language = requestLanguage(request);
  let code: ErrorCode = 'internal';
  let detail: string | undefined;
  let errors: FieldProblem[] | undefined;
  if (error instanceof AppError) {
    code = error.code;
    detail = errorDetail(language, error.detailKey);
    if (error.fieldProblems.length > 0) errors = error.fieldProblems;
  } else if (error instanceof RequestValidationError) {
    code = 'validation_failed';
    errors = translateIssues(error.issues, language);
  } else {
    code = fastifyErrorCode(error as FastifyError) ?? 'internal';
  }
  const problem: Problem = {
    type: `urn:mestring:problem:${code}`,
    title: errorTitle(language, code),
    status: new AppError(code).status,
    code,
    requestId: request.id,
    ...(detail !== undefined && { detail }),
    ...(errors !== undefined && { errors }),
  };
  if (problem.status >= 500) {
    // Log only the error's class, code and stack frames, never its message.
    const err = error as Error & { code?: unknown };
    request.log.error({ errorName: err?.name, errorCode: typeof err?.code === 'string' ? err.code : undefined, frames: stackFrames(err?.stack) }, 'unexpected error');
  }
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
