import { Anchor, Breadcrumbs, Grid, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { can } from '../../app/session/role';
import { useSignedIn } from '../../app/session/session-context';
import { fullName } from '../../shared/format';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-state';
import { ConversationTimeline } from '../conversation/conversation-timeline';
import { CustomerHeader } from './customer-header';
import { Customer360Query } from './customer-360.query';
import { IdentitiesPanel } from './identities-panel';
import { NextBestActionsPanel } from './next-best-actions/next-best-actions-panel';

const ValueCharts = lazy(() => import('./value-charts'));

export default function Customer360Page() {
  const { customerId = '' } = useParams();
  const { role } = useSignedIn();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Customer360Query, variables: { id: customerId } });
  // Bumped when the agent records an answer: the timeline, actions and header refresh.
  const [refreshKey, setRefreshKey] = useState(0);
  const onRecorded = useCallback(() => {
    setRefreshKey((k) => k + 1);
    refetch({ requestPolicy: 'network-only' });
  }, [refetch]);

  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} title="The customer could not be loaded" />;
  if (fetching && !data) return <LoadingState label="Loading customer…" />;
  const customer = data?.customer;
  if (!customer) {
    return (
      <EmptyState title="Customer not found">
        No customer has this id; they may have been merged into another. <Anchor component={Link} to="/customers">Search again</Anchor>
      </EmptyState>
    );
  }
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/customers" size="sm">
          Customers
        </Anchor>
        <Text size="sm">{fullName(customer)}</Text>
      </Breadcrumbs>
      <CustomerHeader customer={customer} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ConversationTimeline
            customerId={customer.id}
            openTopics={customer.conversation.openTopics.map((t) => t.topic)}
            refreshKey={refreshKey}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <NextBestActionsPanel customerId={customer.id} canRecord={can.recordOutcome(role)} refreshKey={refreshKey} onRecorded={onRecorded} />
            <Suspense fallback={<LoadingState label="Loading charts…" />}>
              <ValueCharts customerId={customer.id} />
            </Suspense>
            <IdentitiesPanel
              identities={customer.identities.nodes}
              total={customer.identities.totalCount}
              canSplit={can.splitIdentities(role)}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
