import { Alert, Button, Group, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';

/** Shown when the gateway answers CONFLICT: someone saved this offer after it was loaded here. */
export function ConflictAlert({ myVersion, onReload, onDismiss }: { myVersion: number; onReload: () => void; onDismiss: () => void }) {
  return (
    <Alert color="orange" icon={<IconGitMerge size={18} />} title="This offer was changed by someone else" role="alert" data-testid="conflict-alert">
      <Text size="sm">
        You were editing version {myVersion}, but a newer version has been saved since. Your changes were not saved and nothing
        was overwritten. Reload to see the latest version (the revision history shows what changed), then apply your edit again.
      </Text>
      <Group gap="xs" mt="sm">
        <Button size="xs" color="orange" onClick={onReload}>
          Reload latest version
        </Button>
        <Button size="xs" variant="subtle" color="orange" onClick={onDismiss}>
          Keep my edits on screen
        </Button>
      </Group>
    </Alert>
  );
}
