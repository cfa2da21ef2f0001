import type { FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.js';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery, first line: a state-changing API request must come from our own origin.
 * Browsers always send Origin on such requests; the per-session CSRF token (run-as-user) is the second line.
 */
export function checkOrigin(request: FastifyRequest, publicUrl: string): void {
  if (!stateChanging.has(request.method) || !request.url.startsWith('/api/')) return;
  const origin = request.headers.origin ?? originOf(request.headers.referer);
  const own = `${request.protocol}://${request.host}`;
  if (!origin || (origin !== new URL(publicUrl).origin && origin !== own)) throw new AppError('csrf_failed');
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
