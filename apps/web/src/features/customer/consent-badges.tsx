import { Badge, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { formatDate, humanise } from '../../shared/format';
import { channelLabel } from '../conversation/channels';

export interface ConsentView {
  channel: string;
  purpose: string;
  status: string;
  updatedAt?: string | null;
}

/** One badge per channel × purpose: green when granted, red (struck) when denied. */
export function ConsentBadges({ consents }: { consents: ConsentView[] }) {
  if (consents.length === 0) {
    return (
      <Badge color="gray" variant="outline">
        No consents recorded
      </Badge>
    );
  }
  return (
    <Group gap={6} aria-label="Consents">
      {consents.map((consent) => {
        const granted = consent.status === 'GRANTED';
        const label = `${channelLabel(consent.channel)} · ${humanise(consent.purpose)}`;
        return (
          <Tooltip key={`${consent.channel}-${consent.purpose}`} label={`${granted ? 'Granted' : 'Denied'} ${formatDate(consent.updatedAt)}`}>
            <Badge
              color={granted ? 'teal' : 'red'}
              variant="light"
              leftSection={granted ? <IconCheck size={12} /> : <IconX size={12} />}
              aria-label={`${label}: ${granted ? 'granted' : 'denied'}`}
              style={granted ? undefined : { textDecoration: 'line-through' }}
            >
              {label}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
