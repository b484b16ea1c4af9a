import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { type CustomerOrder } from '../../../graphql/generated/graphql';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/query-state';
import { CustomerResultsTable } from './customer-results-table';
import { CustomerSearchFilters, type SearchFilters } from './customer-search-filters';
import { CustomerSearchQuery } from './customer-search.query';

const PAGE_SIZE = 25;
const ORDERS: readonly CustomerOrder[] = ['VALUE_DESC', 'VALUE_ASC', 'LAST_NAME_ASC', 'CREATED_AT_DESC', 'UPDATED_AT_DESC'];
const asOrder = (value: string): CustomerOrder => ORDERS.find((o) => o === value) ?? 'VALUE_DESC';
const numberParam = (value: string | null): number | null => (value && !Number.isNaN(Number(value)) ? Number(value) : null);

/** Filters live in the URL so a search can be bookmarked, shared and restored with Back. */
function useFiltersInUrl(): [SearchFilters, (next: Partial<SearchFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: SearchFilters = {
    search: params.get('q') ?? '',
    segment: params.get('segment'),
    minValue: numberParam(params.get('min')),
    maxValue: numberParam(params.get('max')),
    orderBy: params.get('order') ?? 'VALUE_DESC',
  };
  const update = (next: Partial<SearchFilters>) => {
    const merged = { ...filters, ...next };
    const entries: Record<string, string> = {};
    if (merged.search) entries['q'] = merged.search;
    if (merged.segment) entries['segment'] = merged.segment;
    if (merged.minValue != null) entries['min'] = String(merged.minValue);
    if (merged.maxValue != null) entries['max'] = String(merged.maxValue);
    if (merged.orderBy !== 'VALUE_DESC') entries['order'] = merged.orderBy;
    setParams(entries, { replace: true });
  };
  return [filters, update];
}

export default function CustomerSearchPage() {
  const [filters, setFilters] = useFiltersInUrl();
  const [search] = useDebouncedValue(filters.search.trim(), 250);
  // Cursors of the pages before the current one, for "Previous" on a forward-only connection.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const variables = useMemo(
    () => ({
      filter: {
        search: search || null,
        segment: filters.segment,
        minValue: filters.minValue,
        maxValue: filters.maxValue,
      },
      orderBy: asOrder(filters.orderBy),
      first: PAGE_SIZE,
      after: cursors[cursors.length - 1] ?? null,
    }),
    [search, filters.segment, filters.minValue, filters.maxValue, filters.orderBy, cursors],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: CustomerSearchQuery, variables });
  const connection = data?.customers;
  const page = cursors.length;

  const changeFilters = (next: Partial<SearchFilters>) => {
    setCursors([null]);
    setFilters(next);
  };

  return (
    <Stack gap="md">
      <Title order={2}>Customers</Title>
      <Paper withBorder p="md">
        <CustomerSearchFilters filters={filters} onChange={changeFilters} searchRef={searchRef} />
      </Paper>
      <Paper withBorder p="md">
        {error && <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
        {!error && fetching && !connection && <LoadingState label="Searching customers…" />}
        {!error && connection && connection.edges.length === 0 && (
          <EmptyState title="No customers match">Try a shorter name, another spelling, or clear the filters.</EmptyState>
        )}
        {!error && connection && connection.edges.length > 0 && (
          <Stack gap="sm" style={{ opacity: fetching ? 0.6 : 1 }}>
            <CustomerResultsTable rows={connection.edges.map((edge) => edge.node)} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {connection.totalCount.toLocaleString('en-GB')} customers · page {page}
              </Text>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconChevronLeft size={14} />}
                  disabled={page === 1}
                  onClick={() => setCursors((c) => c.slice(0, -1))}
                >
                  Previous
                </Button>
                <Button
                  variant="default"
                  size="xs"
                  rightSection={<IconChevronRight size={14} />}
                  disabled={!connection.pageInfo.hasNextPage}
                  onClick={() => setCursors((c) => [...c, connection.pageInfo.endCursor ?? null])}
                >
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
