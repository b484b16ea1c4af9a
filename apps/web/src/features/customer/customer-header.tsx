import { Alert, Badge, Group, Paper, RingProgress, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconMoodSad, IconMoodSmile, IconMoodEmpty } from '@tabler/icons-react';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, fullName, humanise } from '../../shared/format';
import { channelLabel } from '../conversation/channels';
import { Figure } from '../../shared/figure';
import { ConsentBadges, type ConsentView } from './consent-badges';
import { segmentColor, segmentLabel } from './segments';

export interface CustomerHeaderData {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  contactMasked: boolean;
  dateOfBirth?: string | null;
  city?: string | null;
  segment?: string | null;
  value?: { clv?: number | null; pAlive?: number | null; expectedPurchases?: number | null; expectedSpend?: number | null; updatedAt?: string | null } | null;
  consents: ConsentView[];
  conversation: {
    openTopics: Array<{ topic: string; kind: string; channel: string; openedAt: string }>;
    mood: { score?: number | null; trend: string };
    lastContactAt?: string | null;
    quietUntil?: string | null;
  };
}

function MoodIcon({ score }: { score: number | null | undefined }) {
  if (score == null) return <IconMoodEmpty size={18} aria-hidden />;
  return score < -0.2 ? <IconMoodSad size={18} color="var(--mantine-color-red-6)" aria-hidden /> : <IconMoodSmile size={18} color="var(--mantine-color-teal-6)" aria-hidden />;
}

export function CustomerHeader({ customer }: { customer: CustomerHeaderData }) {
  const { value, conversation } = customer;
  const pAlive = value?.pAlive ?? null;
  const pAliveColor = pAlive == null ? 'gray' : pAlive < 0.3 ? 'red' : pAlive < 0.6 ? 'orange' : 'teal';
  const quiet = conversation.quietUntil && new Date(conversation.quietUntil) > new Date();
  return (
    <Paper withBorder p="md" data-testid="customer-header">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2}>{fullName(customer)}</Title>
              <Badge color={segmentColor(customer.segment)} size="lg" variant="filled">
                {segmentLabel(customer.segment)}
              </Badge>
            </Group>
            <Group gap="md" c="dimmed">
              <Group gap={4}>
                {customer.contactMasked && (
                  <Tooltip label="Contact details are masked for your role">
                    <IconLock size={14} aria-label="Masked" />
                  </Tooltip>
                )}
                <Text size="sm" data-testid="customer-email">
                  {customer.email ?? 'No email'}
                </Text>
              </Group>
              <Text size="sm" data-testid="customer-phone">
                {customer.phone ?? 'No phone'}
              </Text>
              {customer.city && <Text size="sm">{customer.city}</Text>}
              {customer.dateOfBirth && <Text size="sm">Born {formatDate(customer.dateOfBirth)}</Text>}
            </Group>
          </Stack>
          <Group gap="xl" wrap="wrap">
            <Figure label="Lifetime value" value={formatMoney(value?.clv)} hint={`Scored ${formatDateTime(value?.updatedAt)}`} />
            <Group gap={6}>
              <RingProgress
                size={54}
                thickness={6}
                roundCaps
                sections={[{ value: (pAlive ?? 0) * 100, color: pAliveColor }]}
                aria-label={`Probability alive ${formatPercent(pAlive)}`}
              />
              <Figure label="P(alive)" value={formatPercent(pAlive)} hint="Probability the customer is still active (BG/NBD)" />
            </Group>
            <Figure label="Exp. purchases" value={formatNumber(value?.expectedPurchases, 1)} hint="Expected purchases over the value horizon" />
            <Group gap={6}>
              <MoodIcon score={conversation.mood.score} />
              <Figure label="Mood" value={humanise(conversation.mood.trend)} hint={`Mean sentiment ${formatNumber(conversation.mood.score)}`} />
            </Group>
          </Group>
        </Group>
        <ConsentBadges consents={customer.consents} />
        {conversation.openTopics.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Open topics — help first" p="xs">
            <Group gap="xs">
              {conversation.openTopics.map((topic) => (
                <Badge key={`${topic.topic}-${topic.openedAt}`} color="red" variant="outline">
                  {humanise(topic.kind)}: {topic.topic} · {channelLabel(topic.channel)} · since {formatDate(topic.openedAt)}
                </Badge>
              ))}
            </Group>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4}>
          <Text size="xs" c="dimmed">
            Last contact {formatDateTime(conversation.lastContactAt)}
          </Text>
          {quiet && (
            <Text size="xs" c="orange.8" fw={600}>
              Quiet period: no outbound selling until {formatDateTime(conversation.quietUntil)}
            </Text>
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
