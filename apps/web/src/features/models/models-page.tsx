import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatNumber, formatPercent, humanise } from '../../shared/format';
import { Figure } from '../../shared/figure';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-state';
import { DecisioningInsightsQuery } from './models.query';

const WINDOWS = [
  { label: '7 days', value: '7' },
  { label: '30 days', value: '30' },
  { label: '90 days', value: '90' },
];
const MODELS_SHOWN = 200;
const DAY_MS = 86_400_000;

/** AUC colour: 0.5 is a coin toss. */
const aucColor = (auc: number) => (auc >= 0.7 ? 'teal' : auc >= 0.55 ? 'yellow' : 'red');

/**
 * What the decisioning engine learned and what it earns, for marketers: the lift of model-driven
 * recommendations over the random control group, and every propensity model with its evidence and AUC.
 */
export default function ModelsPage() {
  const [days, setDays] = useState('30');
  // The window is fixed when it is chosen, so the query (and urql's cache key) does not change on every render.
  const since = useMemo(() => new Date(Date.now() - Number(days) * DAY_MS).toISOString(), [days]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DecisioningInsightsQuery,
    variables: { since, first: MODELS_SHOWN },
    requestPolicy: 'cache-and-network',
  });
  const lift = data?.decisionLift;
  const report = data?.propensityModels;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Models and lift</Title>
        <SegmentedControl data={WINDOWS} value={days} onChange={setDays} aria-label="Lift window" />
      </Group>
      {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {!error && !data && fetching && <LoadingState label="Loading models…" />}
      {lift && (
        <Paper withBorder p="md" data-testid="lift-card">
          <Title order={4} mb="sm">
            Lift over the control group
          </Title>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure
              label="Model-driven"
              value={formatPercent(lift.model.rate, 1)}
              caption={`${lift.model.positives} of ${lift.model.recommendations} answered ${lift.positiveOutcomes.join(' or ')}`}
              testId="lift-model"
            />
            <Figure
              label="Control (random)"
              value={formatPercent(lift.control.rate, 1)}
              caption={`${lift.control.positives} of ${lift.control.recommendations}`}
              testId="lift-control"
            />
            <Figure
              label="Lift"
              value={lift.lift == null ? '—' : `${lift.lift >= 0 ? '+' : ''}${formatPercent(lift.lift)}`}
              caption={lift.lift == null ? 'no success in the control group yet' : 'model rate ÷ control rate − 1'}
            />
            {lift.control.recommendations === 0 ? (
              <Figure label="Difference" value="—" caption="no control decisions in this window yet" />
            ) : (
              <Figure
                label={`Difference, ${formatPercent(lift.confidence)} interval`}
                value={formatPercent(lift.difference, 1)}
                caption={`${formatPercent(lift.differenceLower, 1)} to ${formatPercent(lift.differenceUpper, 1)}`}
              />
            )}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="sm">
            Real-time recommendations generated in the last {days} days. About 2 % of decisions are drawn at random:
            they show what the models add.
          </Text>
        </Paper>
      )}
      {report && (
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={4}>Propensity models</Title>
            <Group gap="xs">
              <Badge variant="light" color="gray">
                {report.totalCount.toLocaleString('en-GB')} models
              </Badge>
              {report.pooledAuc != null && (
                <Badge variant="light" color={aucColor(report.pooledAuc)}>
                  AUC over all models {formatNumber(report.pooledAuc)}
                </Badge>
              )}
            </Group>
          </Group>
          {report.models.length === 0 ? (
            <EmptyState title="No model has learned yet">
              Models learn from the answers agents and customers give.
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" aria-label="Propensity models">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Offer</Table.Th>
                    <Table.Th>Channel</Table.Th>
                    <Table.Th>Segment</Table.Th>
                    <Table.Th ta="right">Evidence</Table.Th>
                    <Table.Th ta="right">Successes</Table.Th>
                    <Table.Th ta="right">Propensity</Table.Th>
                    <Table.Th ta="right">AUC</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.models.map((model) => (
                    <Table.Tr
                      key={`${model.offerId}:${model.channel ?? '*'}:${model.segment ?? '*'}`}
                      data-testid="model-row"
                    >
                      <Table.Td>
                        {model.offer ? <Link to={`/offers/${model.offer.id}`}>{model.offer.name}</Link> : model.offerId}
                      </Table.Td>
                      <Table.Td>
                        {model.channel ? humanise(model.channel) : <Text c="dimmed">All channels</Text>}
                      </Table.Td>
                      <Table.Td>{model.segment ? humanise(model.segment) : <Text c="dimmed">All</Text>}</Table.Td>
                      <Table.Td ta="right">{model.evidence.toLocaleString('en-GB')}</Table.Td>
                      <Table.Td ta="right">{model.positives.toLocaleString('en-GB')}</Table.Td>
                      <Table.Td ta="right">{formatPercent(model.propensity, 1)}</Table.Td>
                      <Table.Td ta="right">
                        {model.auc == null ? (
                          <Text c="dimmed" size="sm" title="Needs both a success and a failure">
                            —
                          </Text>
                        ) : (
                          <Badge variant="light" color={aucColor(model.auc)}>
                            {formatNumber(model.auc)}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      )}
    </Stack>
  );
}
