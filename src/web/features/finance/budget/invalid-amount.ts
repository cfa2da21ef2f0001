import { ApiError } from '../../../api/client.js';

/** A typed amount the browser can already tell is wrong, reported like the server's field problems. */
export function invalidAmount(title: string, field: string, message: string): ApiError {
  return new ApiError(400, title, undefined, [{ path: field, message }], 'validation_failed', undefined);
}
