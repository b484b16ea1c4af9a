import { useQuery, type CombinedError } from 'urql';
import { type Channel, type RecommendationFieldsFragment } from '../../../graphql/generated/graphql';
import { isMissingField } from '../../../graphql/gateway-error';
import { type SuppressedOfferView } from './suppressed-offers';
import { NextBestActionsQuery, StoredRecommendationsQuery } from './next-best-actions.query';

export interface NextBestActionsResult {
  /** realtime: a fresh decision; stored: the last batch run's recommendations; unavailable: neither. */
  mode: 'realtime' | 'stored' | 'unavailable';
  recommendations: RecommendationFieldsFragment[];
  suppressed: SuppressedOfferView[];
  fetching: boolean;
  error: CombinedError | undefined;
  refetch: () => void;
}

/**
 * Asks the gateway for a real-time decision; when the gateway does not serve `nextBestActions`
 * yet (issue 6), falls back to the customer's stored recommendations for the channel, and when
 * those are missing too, reports "unavailable" instead of an error.
 */
export function useNextBestActions(customerId: string, channel: Channel, limit = 3): NextBestActionsResult {
  const [live, refetchLive] = useQuery({ query: NextBestActionsQuery, variables: { customerId, channel, limit } });
  const liveMissing = !!live.error && isMissingField(live.error, 'nextBestActions');
  const [stored, refetchStored] = useQuery({
    query: StoredRecommendationsQuery,
    variables: { id: customerId, channel },
    pause: !liveMissing,
  });
  if (!liveMissing) {
    return {
      mode: 'realtime',
      recommendations: live.data?.nextBestActions.recommendations ?? [],
      suppressed: live.data?.nextBestActions.suppressed ?? [],
      fetching: live.fetching,
      error: live.error,
      refetch: () => refetchLive({ requestPolicy: 'network-only' }),
    };
  }
  const storedMissing = !!stored.error && isMissingField(stored.error, 'recommendations');
  return {
    mode: storedMissing ? 'unavailable' : 'stored',
    recommendations: stored.data?.customer?.recommendations.nodes ?? [],
    suppressed: [],
    fetching: stored.fetching,
    error: storedMissing ? undefined : stored.error,
    refetch: () => refetchStored({ requestPolicy: 'network-only' }),
  };
}
