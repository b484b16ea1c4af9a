import { createContext, useContext } from 'react';
import { type SessionToken } from './token';

export interface Session {
  current: SessionToken | null;
  signIn(token: SessionToken): void;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in user's token; only rendered inside the signed-in part of the app. */
export function useSignedIn(): SessionToken {
  const { current } = useSession();
  if (!current) throw new Error('useSignedIn used outside a signed-in route');
  return current;
}
