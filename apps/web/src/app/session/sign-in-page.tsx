import { Alert, Button, Center, Code, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useSession } from './session-context';
import { parseToken } from './token';

/**
 * Development sign-in: paste one of the tokens the gateway prints at start-up (one per role).
 * A production deployment puts an identity provider in front and hands the client its token.
 */
export function SignInPage() {
  const { current, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/customers';
  if (current) return <Navigate to={from} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseToken(value);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    signIn(parsed);
    navigate(from, { replace: true });
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" maw={520} w="100%" component="form" onSubmit={submit}>
        <Stack>
          <Title order={2}>Sign in to Rapport</Title>
          <Text size="sm" c="dimmed">
            In development the gateway prints one token per role when it starts (viewer, agent, offer manager,
            admin, service). Paste one to sign in with that role.
          </Text>
          <Textarea
            label="Access token"
            description="A JWT, with or without the “Bearer ” prefix"
            placeholder="eyJhbGciOi…"
            autosize
            minRows={3}
            maxRows={6}
            value={value}
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            required
            data-autofocus
            autoFocus
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          />
          <Button type="submit" leftSection={<IconKey size={16} />}>
            Sign in
          </Button>
          <Alert variant="light" color="gray" title="Where do I find a token?">
            <List size="sm" spacing={4}>
              <List.Item>
                Run <Code>npm start</Code> and look for the tokens in the gateway&apos;s start-up output.
              </List.Item>
              <List.Item>
                <Code>apps/web/README.md</Code> explains how to point the client at another gateway.
              </List.Item>
            </List>
          </Alert>
        </Stack>
      </Paper>
    </Center>
  );
}
