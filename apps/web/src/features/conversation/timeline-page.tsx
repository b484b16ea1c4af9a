import { Button, Center, Stack } from '@mantine/core';
import { useIntersection } from '@mantine/hooks';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { type ConversationEventFilter } from '../../graphql/generated/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-state';
import { TimelineEvent } from './timeline-event';
import { CustomerTimelineQuery } from './timeline.query';

export const TIMELINE_PAGE_SIZE = 20;

interface TimelinePageProps {
  customerId: string;
  filter: ConversationEventFilter;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  openTopics: ReadonlySet<string>;
  onLoadMore: (cursor: string) => void;
  onTotal?: (total: number) => void;
}

/**
 * One page of the timeline. The list renders one of these per cursor (urql's pattern for
 * infinite lists without a normalised cache); the last page watches a sentinel and asks for
 * the next page when it scrolls into view.
 */
export function TimelinePage({ customerId, filter, after, isFirst, isLast, openTopics, onLoadMore, onTotal }: TimelinePageProps) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CustomerTimelineQuery,
    variables: { id: customerId, filter, first: TIMELINE_PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.customer?.conversation.events;
  const { ref, entry } = useIntersection({ rootMargin: '200px' });
  const cursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (isFirst && connection) onTotal?.(connection.totalCount);
  }, [isFirst, connection, onTotal]);
  useEffect(() => {
    if (isLast && cursor && entry?.isIntersecting && !fetching) onLoadMore(cursor);
  }, [isLast, cursor, entry?.isIntersecting, fetching, onLoadMore]);

  if (error) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!connection) return <LoadingState label="Loading conversation…" />;
  if (isFirst && connection.edges.length === 0) {
    return <EmptyState title="No contacts yet">Nothing matches these filters in this customer&apos;s conversation.</EmptyState>;
  }
  return (
    <Stack gap="xs">
      {connection.edges.map(({ node }) => (
        <TimelineEvent key={node.id} event={node} openTopic={!!node.topic && openTopics.has(node.topic) && node.kind === 'COMPLAINT'} />
      ))}
      {isLast && cursor && (
        <Center ref={ref}>
          <Button variant="subtle" size="xs" onClick={() => onLoadMore(cursor)} loading={fetching}>
            Load older contacts
          </Button>
        </Center>
      )}
    </Stack>
  );
}
