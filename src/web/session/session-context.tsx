import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoginBody, MeResponse } from '../../contract/auth';
import { api } from '../api/client';

/** Who is using the app right now. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'unavailable' }
  | { status: 'signed-in'; me: MeResponse };

type SessionContextValue = {
  session: SessionState;
  /** Signs in with email and password; rejects with an ApiError on failure. */
  signIn(credentials: LoginBody): Promise<MeResponse>;
  signOut(): Promise<void>;
};

const SessionContext = createContext<SessionContextValue | null>(null);

async function loadSession(): Promise<SessionState> {
  try {
    const me = await api.me();
    return me ? { status: 'signed-in', me } : { status: 'signed-out' };
  } catch {
    return { status: 'unavailable' };
  }
}

/** Loads the session once (`GET /api/v1/auth/me`) and offers sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    void loadSession().then((state) => {
      if (isCurrent) setSession(state);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  const signIn = useCallback(async (credentials: LoginBody) => {
    await api.login(credentials);
    const me = await api.me();
    if (!me) throw new Error('signed in, but the session was not accepted');
    setSession({ status: 'signed-in', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      // Even if the server call failed, the interface must not pretend to be signed in.
      setSession({ status: 'signed-out' });
    }
  }, []);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
