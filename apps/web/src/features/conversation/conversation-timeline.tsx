import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { type ConversationEventFilter } from '../../graphql/generated/graphql';
import { kindsOfGroups } from './event-kinds';
import { NO_TIMELINE_FILTER, TimelineFilters, type TimelineFilterValue } from './timeline-filters';
import { TimelinePage } from './timeline-page';

export function toEventFilter(value: TimelineFilterValue): ConversationEventFilter {
  return {
    channels: value.channels.length ? value.channels : null,
    kinds: value.kindGroups.length ? kindsOfGroups(value.kindGroups) : null,
  };
}

/**
 * The one conversation across every channel, newest first. `refreshKey` changes after the agent
 * records something, so the list starts again from the newest page.
 */
export function ConversationTimeline({ customerId, openTopics, refreshKey }: { customerId: string; openTopics: string[]; refreshKey: number }) {
  const [filterValue, setFilterValue] = useState<TimelineFilterValue>(NO_TIMELINE_FILTER);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [total, setTotal] = useState<number | null>(null);
  const filter = useMemo(() => toEventFilter(filterValue), [filterValue]);
  const openTopicSet = useMemo(() => new Set(openTopics), [openTopics]);
  const loadMore = useCallback((cursor: string) => setCursors((c) => (c.includes(cursor) ? c : [...c, cursor])), []);
  const [seenRefresh, setSeenRefresh] = useState(refreshKey);
  if (seenRefresh !== refreshKey) {
    // Adjusting state during render (React's documented alternative to an effect) restarts paging.
    setSeenRefresh(refreshKey);
    setCursors([null]);
  }

  return (
    <Paper withBorder p="md" aria-labelledby="timeline-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} id="timeline-title">
            Conversation
          </Title>
          {total != null && <Badge variant="light">{total} contacts</Badge>}
        </Group>
        <TimelineFilters
          value={filterValue}
          onChange={(next) => {
            setFilterValue(next);
            setCursors([null]);
          }}
        />
        <Stack gap="xs" key={`${refreshKey}`} data-testid="timeline">
          {cursors.map((after, index) => (
            <TimelinePage
              key={after ?? 'first'}
              customerId={customerId}
              filter={filter}
              after={after}
              isFirst={index === 0}
              isLast={index === cursors.length - 1}
              openTopics={openTopicSet}
              onLoadMore={loadMore}
              onTotal={setTotal}
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
