import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { errorCode } from './gateway-error';

/**
 * The gateway's GraphQL endpoint. By default the page's own origin (`/graphql`), which the Vite
 * dev server, `vite preview` and the e2e static server proxy to the gateway; set
 * VITE_RAPPORT_GATEWAY_URL at build time to call a gateway on another origin directly (CORS).
 */
export const gatewayUrl: string = import.meta.env['VITE_RAPPORT_GATEWAY_URL'] || '/graphql';

export function createGraphqlClient(getToken: () => string | null, onUnauthenticated: () => void): Client {
  return new Client({
    url: gatewayUrl,
    // POST only: urql would send queries as GET, which Apollo's CSRF prevention rejects
    // without a preflight header, and which caches bearer-token requests in proxies.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          // An expired or revoked token: back to the sign-in screen rather than a page of errors.
          if (errorCode(error) === 'UNAUTHENTICATED') onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => {
      const token = getToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
