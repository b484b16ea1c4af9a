import { Alert, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { type Channel } from '../../../graphql/generated/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/query-state';
import { CHANNELS, channelLabel } from '../../conversation/channels';
import { ActionCard } from './action-card';
import { SuppressedOffers } from './suppressed-offers';
import { useNextBestActions } from './use-next-best-actions';

export function NextBestActionsPanel({
  customerId,
  canRecord,
  refreshKey,
  onRecorded,
}: {
  customerId: string;
  canRecord: boolean;
  refreshKey: number;
  onRecorded: () => void;
}) {
  const [channel, setChannel] = useState<Channel>('CALL_CENTER');
  const result = useNextBestActions(customerId, channel);
  const { refetch } = result;
  const lastRefresh = useRef(refreshKey);
  useEffect(() => {
    // After an answer is recorded the engine decides again (contact policies may now apply).
    if (lastRefresh.current !== refreshKey) {
      lastRefresh.current = refreshKey;
      refetch();
    }
  }, [refreshKey, refetch]);

  return (
    <Paper withBorder p="md" aria-labelledby="nba-title" data-testid="next-best-actions">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4} id="nba-title">
            Next best actions
          </Title>
          <Select
            aria-label="Channel"
            size="xs"
            w={150}
            data={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
            value={channel}
            onChange={(value) => value && setChannel(value as Channel)}
            allowDeselect={false}
          />
        </Group>
        {result.mode === 'stored' && (
          <Text size="xs" c="dimmed">
            Showing the last batch run&apos;s recommendations (real-time decisions are not available from this gateway).
          </Text>
        )}
        {result.error && <ErrorState error={result.error} onRetry={refetch} />}
        {!result.error && result.mode === 'unavailable' && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title="Next best actions are not available">
            This gateway serves neither real-time decisions nor stored recommendations.
          </Alert>
        )}
        {!result.error && result.mode !== 'unavailable' && result.fetching && result.recommendations.length === 0 && (
          <LoadingState label="Deciding…" />
        )}
        {!result.error && result.mode !== 'unavailable' && !result.fetching && result.recommendations.length === 0 && (
          <EmptyState title="Nothing to offer right now">
            On {channelLabel(channel)} the best action is no action — often the right call.
          </EmptyState>
        )}
        {result.recommendations.map((recommendation) => (
          <ActionCard key={recommendation.id} recommendation={recommendation} canRecord={canRecord} onRecorded={onRecorded} />
        ))}
        <SuppressedOffers suppressed={result.suppressed} />
      </Stack>
    </Paper>
  );
}
