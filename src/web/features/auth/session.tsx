import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from '../../api/client.js';
import type { Me } from '../../api/types.js';
import i18n, { rememberLanguage, type Language } from '../../i18n/index.js';

export interface Session {
  /** The logged-in user, or null when nobody is logged in. */
  me: Me | null;
  /** False until the first /me has answered; pages wait for it before deciding where to send the user. */
  ready: boolean;
  /** An error other than "not logged in" from reading /me. */
  error: Error | undefined;
  refresh: () => Promise<Me | null>;
  logout: () => Promise<void>;
  changeLanguage: (language: Language) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<Error>();

  const setMe = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setMeState(next);
    // The language saved on the user wins over the one chosen before logging in.
    if (next && next.language !== i18n.language) void i18n.changeLanguage(next.language);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const current = await api.get<Me>('/me');
      setMe(current);
      setError(undefined);
      return current;
    } catch (reason) {
      setMe(null);
      if (!(reason instanceof ApiError && reason.status === 401)) setError(reason instanceof Error ? reason : new Error(String(reason)));
      return null;
    } finally {
      setReady(true);
    }
  }, [setMe]);

  useEffect(() => {
    setUnauthenticatedHandler(() => setMe(null));
    void refresh();
  }, [refresh, setMe]);

  const logout = useCallback(async () => {
    try {
      await api.post<void>('/auth/logout');
    } catch (reason) {
      // A session that has already ended is as logged out as the user wants to be.
      if (!(reason instanceof ApiError && reason.status === 401)) throw reason;
    }
    setMe(null);
  }, [setMe]);

  const changeLanguage = useCallback(
    async (language: Language) => {
      await i18n.changeLanguage(language);
      if (me) setMe(await api.patch<Me>('/me', { language }));
      else rememberLanguage(language);
    },
    [me, setMe],
  );

  const value = useMemo(() => ({ me, ready, error, refresh, logout, changeLanguage }), [me, ready, error, refresh, logout, changeLanguage]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
