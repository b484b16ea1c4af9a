import { Badge, Code, Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { formatDateTime, humanise } from '../../shared/format';
import { EmptyState } from '../../shared/query-state';

export interface RevisionView {
  id: string;
  version: number;
  action: string;
  actor: string;
  changes: unknown;
  createdAt: string;
}

interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** `changes` is JSON: field → { from, to } (OfferRevision in the gateway). */
export function changesOf(changes: unknown): FieldChange[] {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    const { from, to } = (change && typeof change === 'object' ? change : {}) as { from?: unknown; to?: unknown };
    return { field, from, to };
  });
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const ACTION_COLORS: Record<string, string> = { CREATE: 'indigo', UPDATE: 'gray', PUBLISH: 'teal', RETIRE: 'red' };

export function RevisionHistory({ revisions }: { revisions: RevisionView[] }) {
  const sorted = [...revisions].sort((a, b) => b.version - a.version);
  return (
    <Paper withBorder p="md" aria-labelledby="revisions-title" data-testid="revision-history">
      <Stack gap="sm">
        <Title order={4} id="revisions-title">
          Revision history
        </Title>
        {sorted.length === 0 ? (
          <EmptyState title="No revisions yet" />
        ) : (
          <Timeline bulletSize={18} lineWidth={2}>
            {sorted.map((revision) => {
              const changes = changesOf(revision.changes);
              return (
                <Timeline.Item
                  key={revision.id}
                  title={
                    <Group gap={6}>
                      <Badge size="sm" color={ACTION_COLORS[revision.action] ?? 'gray'} variant="light">
                        {humanise(revision.action)}
                      </Badge>
                      <Text size="sm" fw={600}>
                        v{revision.version}
                      </Text>
                    </Group>
                  }
                >
                  <Text size="xs" c="dimmed">
                    {revision.actor} · {formatDateTime(revision.createdAt)}
                  </Text>
                  {changes.length > 0 && revision.action !== 'CREATE' && (
                    <Table fz="xs" verticalSpacing={2} withRowBorders={false} aria-label={`Changes in version ${revision.version}`}>
                      <Table.Tbody>
                        {changes.map((change) => (
                          <Table.Tr key={change.field}>
                            <Table.Td fw={600} w={110}>
                              {change.field}
                            </Table.Td>
                            <Table.Td>
                              <Code color="red.1" style={{ textDecoration: 'line-through', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                                {show(change.from)}
                              </Code>{' '}
                              →{' '}
                              <Code color="teal.1" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                                {show(change.to)}
                              </Code>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
