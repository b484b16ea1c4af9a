import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createGraphqlClient } from '../../graphql/graphql-client';
import { SessionContext, type Session } from './session-context';
import { parseToken, type SessionToken } from './token';

// sessionStorage, not localStorage: a token on a shared agent desk should not outlive the tab.
const STORAGE_KEY = 'rapport.token';

function restore(): SessionToken | null {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  if (!saved) return null;
  const parsed = parseToken(saved);
  return 'error' in parsed ? null : parsed;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<SessionToken | null>(restore);
  const signIn = useCallback((token: SessionToken) => {
    sessionStorage.setItem(STORAGE_KEY, token.token);
    setCurrent(token);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setCurrent(null);
  }, []);
  // A new client per token: nothing cached under one role leaks into another's view.
  const client = useMemo(() => createGraphqlClient(() => current?.token ?? null, signOut), [current, signOut]);
  const session = useMemo<Session>(() => ({ current, signIn, signOut }), [current, signIn, signOut]);
  return (
    <SessionContext.Provider value={session}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}
