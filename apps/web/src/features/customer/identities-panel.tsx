import { Accordion, Badge, Button, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { formatDate, formatNumber, fullName, humanise } from '../../shared/format';
import { EmptyState } from '../../shared/query-state';

export interface IdentityView {
  id: string;
  source: string;
  sourceKey: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  city?: string | null;
  createdAt: string;
  matchEvidence?: { score?: number | null; method: string; comparisons?: unknown; matchedIdentityId?: string | null } | null;
}

interface Comparison {
  name: string;
  level: string;
  weight: number;
}

/** comparisons arrive as JSON: name → { level, weight } (identity resolution's explanation). */
function comparisonsOf(value: unknown): Comparison[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([name, raw]) => {
    if (!raw || typeof raw !== 'object') return [];
    const { level, weight } = raw as { level?: unknown; weight?: unknown };
    return [{ name, level: String(level ?? '?'), weight: typeof weight === 'number' ? weight : 0 }];
  });
}

function MethodBadge({ evidence }: { evidence: IdentityView['matchEvidence'] }) {
  if (!evidence) return <Badge color="gray" variant="outline">No evidence</Badge>;
  const color = evidence.method === 'probabilistic' ? 'indigo' : evidence.method === 'deterministic' ? 'teal' : 'gray';
  return (
    <Badge color={color} variant="light">
      {humanise(evidence.method)}
      {evidence.score != null ? ` · ${formatNumber(evidence.score, 1)}` : ''}
    </Badge>
  );
}

export function IdentitiesPanel({ identities, total, canSplit }: { identities: IdentityView[]; total: number; canSplit: boolean }) {
  return (
    <Paper withBorder p="md" aria-labelledby="identities-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} id="identities-title">
            Identities
          </Title>
          <Badge variant="light">{total} source records</Badge>
        </Group>
        {identities.length === 0 ? (
          <EmptyState title="No source records" />
        ) : (
          <Accordion variant="separated" multiple>
            {identities.map((identity) => {
              const comparisons = comparisonsOf(identity.matchEvidence?.comparisons);
              return (
                <Accordion.Item key={identity.id} value={identity.id}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="nowrap" pr="xs">
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Group gap={6}>
                          <Badge size="sm" variant="outline">
                            {humanise(identity.source)}
                          </Badge>
                          <Text size="sm" fw={600} truncate>
                            {fullName(identity)}
                          </Text>
                        </Group>
                        <Text size="xs" c="dimmed" truncate>
                          {identity.sourceKey} · {identity.email ?? identity.phone ?? 'no contact'}
                        </Text>
                      </Stack>
                      <MethodBadge evidence={identity.matchEvidence} />
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="xs">
                      <Text size="xs" c="dimmed">
                        Received {formatDate(identity.createdAt)} · {identity.email ?? '—'} · {identity.phone ?? '—'} · {identity.city ?? '—'}
                      </Text>
                      {comparisons.length > 0 ? (
                        <Table withRowBorders={false} verticalSpacing={2} fz="xs" aria-label="Match evidence">
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th>Comparison</Table.Th>
                              <Table.Th>Agreement</Table.Th>
                              <Table.Th ta="right">Weight</Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {comparisons.map((c) => (
                              <Table.Tr key={c.name}>
                                <Table.Td>{humanise(c.name)}</Table.Td>
                                <Table.Td>{humanise(c.level)}</Table.Td>
                                <Table.Td ta="right" c={c.weight >= 0 ? 'teal.8' : 'red.8'}>
                                  {c.weight >= 0 ? '+' : ''}
                                  {formatNumber(c.weight, 1)}
                                </Table.Td>
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {identity.matchEvidence?.method === 'new' ? 'First record of this customer.' : 'Linked by rule; no comparisons recorded.'}
                        </Text>
                      )}
                      {canSplit && (
                        <Tooltip label="The gateway does not offer splitting an identity yet">
                          <Button size="xs" variant="default" leftSection={<IconArrowsSplit size={14} />} disabled w="fit-content">
                            Split off
                          </Button>
                        </Tooltip>
                      )}
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        )}
      </Stack>
    </Paper>
  );
}
