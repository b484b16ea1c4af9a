import { Button, Chip, Group, Stack, Text } from '@mantine/core';
import { CHANNELS, channelLabel, type ChannelValue } from './channels';
import { KIND_GROUPS, type KindGroupId } from './event-kinds';

export interface TimelineFilterValue {
  channels: ChannelValue[];
  kindGroups: KindGroupId[];
}

export const NO_TIMELINE_FILTER: TimelineFilterValue = { channels: [], kindGroups: [] };

/** Chips for channels and kinds; nothing selected in a row means "all" for that row. */
export function TimelineFilters({ value, onChange }: { value: TimelineFilterValue; onChange: (next: TimelineFilterValue) => void }) {
  const active = value.channels.length + value.kindGroups.length > 0;
  return (
    <Stack gap={6}>
      <Group gap={6} wrap="wrap" role="group" aria-label="Filter by channel">
        <Text size="xs" c="dimmed" w={56}>
          Channel
        </Text>
        <Chip.Group multiple value={value.channels} onChange={(channels) => onChange({ ...value, channels: channels as ChannelValue[] })}>
          {CHANNELS.map((channel) => (
            <Chip key={channel} value={channel} size="xs">
              {channelLabel(channel)}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
      <Group gap={6} wrap="wrap" role="group" aria-label="Filter by kind">
        <Text size="xs" c="dimmed" w={56}>
          Kind
        </Text>
        <Chip.Group multiple value={value.kindGroups} onChange={(groups) => onChange({ ...value, kindGroups: groups as KindGroupId[] })}>
          {KIND_GROUPS.map((group) => (
            <Chip key={group.id} value={group.id} size="xs" color={group.id === 'complaints' ? 'red' : undefined}>
              {group.label}
            </Chip>
          ))}
        </Chip.Group>
        {active && (
          <Button variant="subtle" size="compact-xs" onClick={() => onChange(NO_TIMELINE_FILTER)}>
            Clear filters
          </Button>
        )}
      </Group>
    </Stack>
  );
}
