import { Badge, Table, Text } from '@mantine/core';
import { type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { formatMoney, formatPercent, fullName } from '../../../shared/format';
import { segmentColor, segmentLabel } from '../segments';

export interface CustomerRow {
  id: string;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  city?: string | null;
  segment?: string | null;
  value?: { clv?: number | null; pAlive?: number | null } | null;
}

/** Rows are focusable: ↑/↓ move between them, Enter opens the customer. */
export function CustomerResultsTable({ rows }: { rows: CustomerRow[] }) {
  const navigate = useNavigate();
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    const row = event.currentTarget;
    if (event.key === 'Enter') navigate(`/customers/${id}`);
    if (event.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus();
    if (event.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') event.preventDefault();
  };
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Customers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>City</Table.Th>
            <Table.Th>Segment</Table.Th>
            <Table.Th ta="right">Lifetime value</Table.Th>
            <Table.Th ta="right">P(alive)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((customer) => (
            <Table.Tr
              key={customer.id}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(`/customers/${customer.id}`)}
              onKeyDown={(e) => onKeyDown(e, customer.id)}
              aria-label={`Open ${fullName(customer)}`}
              data-testid="customer-row"
            >
              <Table.Td>
                <Text fw={600} size="sm">
                  {fullName(customer)}
                </Text>
              </Table.Td>
              <Table.Td>{customer.email ?? '—'}</Table.Td>
              <Table.Td>{customer.phone ?? '—'}</Table.Td>
              <Table.Td>{customer.city ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={segmentColor(customer.segment)} variant="light">
                  {segmentLabel(customer.segment)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{formatMoney(customer.value?.clv)}</Table.Td>
              <Table.Td ta="right">{formatPercent(customer.value?.pAlive)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
