import { useCallback, useEffect, useState } from 'react';
import { api } from './client.js';

export interface ApiState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
  /** Shows a fresh copy the server has just returned (e.g. from a POST), so the page never shows the old one after a save. */
  replace: (data: T) => void;
}

/** Reads one resource and reloads it when the path changes; a null path reads nothing (yet). */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    api
      .get<T>(path, controller.signal)
      .then((result) => setData(result))
      .catch((reason: unknown) => {
        if (!controller.signal.aborted) setError(reason instanceof Error ? reason : new Error(String(reason)));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const replace = useCallback((fresh: T) => setData(fresh), []);
  return { data, error, loading, reload, replace };
}
