import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from 'urql';
import { isMissingField } from '../../graphql/gateway-error';
import { formatDateTime, humanise } from '../../shared/format';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-state';
import { BatchRunsQuery } from './runs.query';

const STATUS_COLORS: Record<string, string> = { running: 'blue', completed: 'teal', failed: 'red', stopped: 'orange' };

function countsOf(counts: unknown): Array<[string, number]> {
  if (!counts || typeof counts !== 'object') return [];
  return Object.entries(counts as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number');
}

function duration(startedAt: string, finishedAt: string | null | undefined): string {
  const ms = (finishedAt ? new Date(finishedAt).getTime() : Date.now()) - new Date(startedAt).getTime();
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

export default function RunsPage() {
  // Poll while on this screen: runs report progress as they go.
  const [{ data, fetching, error }, refetch] = useQuery({ query: BatchRunsQuery, variables: { first: 50 }, requestPolicy: 'cache-and-network' });
  const missing = !!error && isMissingField(error, 'batchRuns');
  return (
    <Stack gap="md">
      <Title order={2}>Batch runs</Title>
      <Paper withBorder p="md">
        {missing && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title="Batch runs are not available">
            This gateway does not expose refresh runs yet. Runs started with the <code>rapport</code> CLI report their progress on
            the terminal.
          </Alert>
        )}
        {error && !missing && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
        {!error && !data && fetching && <LoadingState label="Loading runs…" />}
        {data && data.batchRuns.length === 0 && <EmptyState title="No runs yet">Start a refresh with the rapport CLI.</EmptyState>}
        {data && data.batchRuns.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" aria-label="Batch runs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Started</Table.Th>
                  <Table.Th>Duration</Table.Th>
                  <Table.Th>Figures</Table.Th>
                  <Table.Th ta="right">Errors</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.batchRuns.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td>{humanise(run.kind)}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[run.status] ?? 'gray'} variant="light">
                        {humanise(run.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(run.startedAt)}</Table.Td>
                    <Table.Td>{duration(run.startedAt, run.finishedAt)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {countsOf(run.counts).map(([name, count]) => (
                          <Badge key={name} variant="outline" color="gray" size="sm">
                            {humanise(name)}: {count.toLocaleString('en-GB')}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" c={run.errorCount > 0 ? 'red' : undefined}>
                        {run.errorCount}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
