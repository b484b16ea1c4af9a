import { Stack, Text, Tooltip } from '@mantine/core';

/**
 * A labelled headline figure (customer header, models and lift): a small upper-case label over a
 * large value. `hint` explains the value on hover; `caption` is a line shown under it.
 */
export function Figure({
  label,
  value,
  hint,
  caption,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  caption?: string;
  testId?: string;
}) {
  return (
    <Stack gap={caption ? 2 : 0} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Tooltip label={hint} disabled={!hint}>
        <Text size="xl" fw={700}>
          {value}
        </Text>
      </Tooltip>
      {caption && (
        <Text size="xs" c="dimmed">
          {caption}
        </Text>
      )}
    </Stack>
  );
}
