import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChartDots3, IconLogout, IconScale, IconTags, IconUsers } from '@tabler/icons-react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ROLE_LABELS } from './session/role';
import { useSession } from './session/session-context';

const NAV = [
  { to: '/customers', label: 'Customers', icon: IconUsers },
  { to: '/offers', label: 'Offer catalog', icon: IconTags },
  { to: '/models', label: 'Models and lift', icon: IconScale },
  { to: '/runs', label: 'Batch runs', icon: IconChartDots3 },
];

/** The signed-in frame: header with the role, navigation (a drawer on tablets), the screen. */
export function AppLayout() {
  const { current, signOut } = useSession();
  const location = useLocation();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  if (!current) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="md" size="sm" aria-label="Toggle navigation" />
            <Title order={3} c="indigo.7">
              Rapport
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              One conversation with every customer
            </Text>
          </Group>
          <Group gap="sm">
            <Badge variant="light" size="lg" data-testid="current-role">
              {ROLE_LABELS[current.role]}
            </Badge>
            <Button variant="subtle" size="xs" leftSection={<IconLogout size={16} />} onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {NAV.map(({ to, label, icon: Icon }) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={label}
            leftSection={<Icon size={18} />}
            active={location.pathname.startsWith(to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
