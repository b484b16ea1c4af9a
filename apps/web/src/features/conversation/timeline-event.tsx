import { Badge, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import { formatDateTime, formatMoneyPrecise, humanise } from '../../shared/format';
import { ChannelIcon, channelLabel } from './channels';
import { ALERT_KINDS } from './event-kinds';

export interface TimelineEventData {
  id: string;
  channel: string;
  direction: string;
  kind: string;
  topic?: string | null;
  occurredAt: string;
  summary?: string | null;
  sentiment?: number | null;
  amount?: number | null;
  agent?: string | null;
}

function sentimentBadge(sentiment: number | null | undefined) {
  if (sentiment == null) return null;
  const color = sentiment <= -0.3 ? 'red' : sentiment >= 0.3 ? 'teal' : 'gray';
  const label = sentiment <= -0.3 ? 'Negative' : sentiment >= 0.3 ? 'Positive' : 'Neutral';
  return (
    <Tooltip label={`Sentiment ${sentiment.toFixed(2)} (−1 angry … 1 delighted)`}>
      <Badge size="xs" color={color} variant="light">
        {label}
      </Badge>
    </Tooltip>
  );
}

/** One turn of the conversation; complaints and still-open topics stand out in red. */
export function TimelineEvent({ event, openTopic }: { event: TimelineEventData; openTopic: boolean }) {
  const alert = ALERT_KINDS.includes(event.kind) || openTopic;
  const inbound = event.direction === 'INBOUND';
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid="timeline-event"
      data-kind={event.kind}
      style={alert ? { borderColor: 'var(--mantine-color-red-4)', background: 'var(--mantine-color-red-0)' } : undefined}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <ThemeIcon variant="light" color={alert ? 'red' : 'indigo'} size="lg" radius="xl">
          <ChannelIcon channel={event.channel} size={18} />
        </ThemeIcon>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} justify="space-between" wrap="wrap">
            <Group gap={6}>
              <Text fw={600} size="sm" c={alert ? 'red.8' : undefined}>
                {humanise(event.kind)}
              </Text>
              <Tooltip label={inbound ? 'From the customer' : 'From us'}>
                {inbound ? <IconArrowDownLeft size={14} aria-label="Inbound" /> : <IconArrowUpRight size={14} aria-label="Outbound" />}
              </Tooltip>
              <Text size="xs" c="dimmed">
                {channelLabel(event.channel)}
              </Text>
              {event.topic && (
                <Badge size="xs" variant={openTopic ? 'filled' : 'outline'} color={openTopic ? 'red' : 'gray'}>
                  {openTopic ? `Open: ${event.topic}` : event.topic}
                </Badge>
              )}
              {sentimentBadge(event.sentiment)}
            </Group>
            <Text size="xs" c="dimmed">
              {formatDateTime(event.occurredAt)}
            </Text>
          </Group>
          {event.summary && <Text size="sm">{event.summary}</Text>}
          <Group gap="md">
            {event.amount != null && (
              <Text size="xs" fw={600}>
                {formatMoneyPrecise(event.amount)}
              </Text>
            )}
            {event.agent && (
              <Text size="xs" c="dimmed">
                Agent: {event.agent}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
