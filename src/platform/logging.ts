import type { FastifyServerOptions } from 'fastify';

/**
 * Structured logs with pino. Requests are logged by method, route and status only: no query strings (they may
 * carry search terms such as names), no cookies, no bodies. Anything that slips into a log object under these
 * keys is censored.
 */
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.cpr',
  '*.cprNumber',
  '*.password',
  '*.token',
  '*.email',
  '*.phone',
  '*.name',
  '*.displayName',
];

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
        id: req.id,
      }),
    },
  };
}
