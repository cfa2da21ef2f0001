/**
 * The one way the app talks to the server: JSON in and out, the session cookie, the CSRF token on every
 * state-changing request, and RFC 9457 problem details turned into an ApiError the screens can show.
 */

const base = '/api/v1';

export interface FieldProblem {
  /** JSON path of the field, e.g. "name" or "roles.0". */
  path: string;
  /** Already translated by the server. */
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** Translated title from the server; empty when the answer was not problem details (then the screen says something general). */
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldProblem[],
    readonly code: string | undefined,
    readonly requestId: string | undefined,
  ) {
    super(title || `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

/** The token from the current /me; sent as x-csrf-token so the server knows the request came from this app. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can send the user to the login page. */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    // The page's language (kept in step with the language switch), so errors the server finds before it
    // knows the user, such as a badly filled-in form, come back in the language on the screen.
    'accept-language': document.documentElement.lang || 'da',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(base + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const problem = response.headers.get('content-type')?.includes('json') ? await response.json().catch(() => null) : null;
  const error = new ApiError(
    response.status,
    typeof problem?.title === 'string' ? problem.title : '',
    typeof problem?.detail === 'string' ? problem.detail : undefined,
    Array.isArray(problem?.errors) ? problem.errors : [],
    typeof problem?.code === 'string' ? problem.code : undefined,
    typeof problem?.requestId === 'string' ? problem.requestId : undefined,
  );
  if (response.status === 401) onUnauthenticated();
  return error;
}

/** A query string from the filled-in values only, so empty filters are not sent. */
export function withQuery(path: string, params: Record<string, string | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
