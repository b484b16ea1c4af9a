import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { formatMoney, formatNumber } from '../../shared/format';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-state';
import { purchasesByMonth } from './purchase-months';
import { CustomerValueChartsQuery } from './value-charts.query';

/** Loaded lazily: recharts is the heaviest dependency and the 360 is usable without it. */
export default function ValueCharts({ customerId }: { customerId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerValueChartsQuery, variables: { id: customerId } });
  if (error) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching || !data?.customer) return <LoadingState label="Loading purchase history…" />;
  const { value, transactions } = data.customer;
  const months = purchasesByMonth(transactions.nodes);
  const spentSoFar = transactions.nodes.reduce((sum, t) => sum + t.amount, 0);
  const outlook = [
    { label: 'Spent so far', amount: Math.round(spentSoFar) },
    { label: 'Expected (CLV)', amount: Math.round(value?.clv ?? 0) },
  ];
  return (
    <Paper withBorder p="md" aria-labelledby="value-title" data-testid="value-charts">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} id="value-title">
            Purchases and value
          </Title>
          <Text size="xs" c="dimmed">
            {transactions.totalCount} purchases
            {transactions.totalCount > transactions.nodes.length ? ` (latest ${transactions.nodes.length} shown)` : ''}
          </Text>
        </Group>
        {months.length === 0 ? (
          <EmptyState title="No purchases yet" />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Stack gap={4}>
              <Text size="xs" c="dimmed" fw={600}>
                Spend per month
              </Text>
              <BarChart h={160} data={months} dataKey="month" series={[{ name: 'spend', color: 'indigo.6', label: 'Spend (€)' }]} tickLine="y" />
            </Stack>
            <Stack gap={4}>
              <Text size="xs" c="dimmed" fw={600}>
                Past vs expected value · {formatNumber(value?.expectedPurchases, 1)} purchases of ~{formatMoney(value?.expectedSpend)} expected
              </Text>
              <BarChart h={160} data={outlook} dataKey="label" series={[{ name: 'amount', color: 'teal.6', label: '€' }]} tickLine="y" />
            </Stack>
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
