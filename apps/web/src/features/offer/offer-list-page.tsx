import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { can } from '../../app/session/role';
import { useSignedIn } from '../../app/session/session-context';
import { type Channel, type OfferKind, type OfferStatus } from '../../graphql/generated/graphql';
import { formatDate, formatMoney, humanise } from '../../shared/format';
import { EmptyState, ErrorState, LoadingState } from '../../shared/query-state';
import { CHANNELS, ChannelIcon, channelLabel } from '../conversation/channels';
import { OFFER_KINDS, OFFER_STATUSES, statusColor } from './offer-labels';
import { OfferListQuery } from './offer.queries';

const PAGE_SIZE = 25;

export default function OfferListPage() {
  const { role } = useSignedIn();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const variables = useMemo(
    () => ({
      filter: {
        search: debouncedSearch || null,
        status: status as OfferStatus | null,
        kind: kind as OfferKind | null,
        channel: channel as Channel | null,
      },
      first: PAGE_SIZE,
      after: cursors[cursors.length - 1] ?? null,
    }),
    [debouncedSearch, status, kind, channel, cursors],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: OfferListQuery, variables, requestPolicy: 'cache-and-network' });
  const connection = data?.offers;
  const resetPaging = <T,>(setter: (v: T) => void) => (v: T) => {
    setCursors([null]);
    setter(v);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Offer catalog</Title>
        {can.editOffers(role) && (
          <Button component={Link} to="/offers/new" leftSection={<IconPlus size={16} />}>
            New offer
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Search"
            placeholder="Code or name"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => resetPaging(setSearch)(e.currentTarget.value)}
            style={{ flex: '1 1 240px' }}
          />
          <Select label="Status" placeholder="Any" data={OFFER_STATUSES.map(({ value, label }) => ({ value, label }))} value={status} onChange={resetPaging(setStatus)} clearable w={140} />
          <Select label="Kind" placeholder="Any" data={[...OFFER_KINDS]} value={kind} onChange={resetPaging(setKind)} clearable w={150} />
          <Select label="Channel" placeholder="Any" data={CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))} value={channel} onChange={resetPaging(setChannel)} clearable w={150} />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
        {!error && !connection && fetching && <LoadingState label="Loading offers…" />}
        {!error && connection && connection.nodes.length === 0 && <EmptyState title="No offers match">Change the filters or create a new offer.</EmptyState>}
        {!error && connection && connection.nodes.length > 0 && (
          <Stack gap="sm">
            <Table.ScrollContainer minWidth={760}>
              <Table highlightOnHover verticalSpacing="sm" aria-label="Offers">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Code</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Issue / group</Table.Th>
                    <Table.Th>Channels</Table.Th>
                    <Table.Th ta="right">Value</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Updated</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.nodes.map((offer) => (
                    <Table.Tr
                      key={offer.id}
                      tabIndex={0}
                      style={{ cursor: 'pointer' }}
                      onClick={() => navigate(`/offers/${offer.id}`)}
                      onKeyDown={(e) => e.key === 'Enter' && navigate(`/offers/${offer.id}`)}
                      data-testid="offer-row"
                    >
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {offer.code}
                        </Text>
                      </Table.Td>
                      <Table.Td>{offer.name}</Table.Td>
                      <Table.Td>{humanise(offer.kind)}</Table.Td>
                      <Table.Td>
                        {offer.issue} / {offer.group}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {offer.channels.map((c) => (
                            <ChannelIcon key={c} channel={c} size={16} />
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(offer.value)}</Table.Td>
                      <Table.Td>
                        <Badge color={statusColor(offer.status)} variant="light">
                          {humanise(offer.status)} · v{offer.version}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatDate(offer.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {connection.totalCount} offers · page {cursors.length}
              </Text>
              <Group gap="xs">
                <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} />} disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  Previous
                </Button>
                <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} />} disabled={!connection.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, connection.pageInfo.endCursor ?? null])}>
                  Next
                </Button>
              </Group>
            </Group>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
