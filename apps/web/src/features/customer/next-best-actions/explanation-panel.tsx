import { Badge, Group, List, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconFlask, IconInfoCircle } from '@tabler/icons-react';
import { formatDateTime, formatMoney, formatNumber, formatPercent } from '../../../shared/format';

export interface ExplainedRecommendation {
  priority: number;
  propensity: number;
  contextWeight: number;
  value: number;
  lever: number;
  reasons: readonly string[];
  modelVersion: string;
  source: string;
  control: boolean;
  generatedAt: string;
}

function Factor({ label, value, hint, bar }: { label: string; value: string; hint: string; bar?: number }) {
  return (
    <Tooltip label={hint} multiline w={240}>
      <Stack gap={2} data-testid={`factor-${label}`}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text fw={700} size="sm">
          {value}
        </Text>
        {bar != null && <Progress value={Math.max(0, Math.min(1, bar)) * 100} size="xs" aria-hidden />}
      </Stack>
    </Tooltip>
  );
}

/**
 * Why the engine chose this action: priority = propensity × context weight × value × lever
 * (design §4), each factor, the engine's reasons, and where the decision came from.
 */
export function ExplanationPanel({ recommendation }: { recommendation: ExplainedRecommendation }) {
  const r = recommendation;
  return (
    <Stack gap="xs" data-testid="explanation-panel" aria-label="Explanation">
      <Text size="xs" c="dimmed">
        Priority {formatNumber(r.priority, 2)} = P {formatNumber(r.propensity, 3)} × C {formatNumber(r.contextWeight, 2)} × V{' '}
        {formatNumber(r.value, 2)} × L {formatNumber(r.lever, 2)}
      </Text>
      <SimpleGrid cols={4} spacing="xs">
        <Factor label="Propensity" value={formatPercent(r.propensity, 1)} bar={r.propensity} hint="Learned probability that the customer accepts on this channel" />
        <Factor label="Context" value={`× ${formatNumber(r.contextWeight, 2)}`} hint="Weight from the situation, e.g. an inbound complaint call up-weights service" />
        <Factor label="Value" value={formatMoney(r.value)} hint="Margin adjusted for what the action does to lifetime value" />
        <Factor label="Lever" value={`× ${formatNumber(r.lever, 2)}`} hint="Business weight from the catalog; 1 is neutral" />
      </SimpleGrid>
      {r.reasons.length > 0 ? (
        <List size="sm" spacing={2} icon={<IconInfoCircle size={14} color="var(--mantine-color-indigo-6)" />} aria-label="Reasons">
          {r.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          The engine gave no further reasons.
        </Text>
      )}
      <Group gap="xs">
        <Badge size="xs" variant="outline" color="gray">
          {r.source === 'batch' ? 'Batch' : 'Real time'} · model {r.modelVersion}
        </Badge>
        <Text size="xs" c="dimmed">
          Decided {formatDateTime(r.generatedAt)}
        </Text>
        {r.control && (
          <Tooltip label="Chosen at random for the control group that measures the engine's lift">
            <Badge size="xs" color="grape" variant="light" leftSection={<IconFlask size={10} />}>
              Control group
            </Badge>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}
