import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="center" py="xl">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">The address does not match any screen.</Text>
      <Button component={Link} to="/customers">
        Back to customer search
      </Button>
    </Stack>
  );
}
