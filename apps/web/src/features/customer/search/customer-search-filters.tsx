import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type RefObject } from 'react';
import { SEGMENTS } from '../segments';

export interface SearchFilters {
  search: string;
  segment: string | null;
  minValue: number | null;
  maxValue: number | null;
  orderBy: string;
}

const ORDERS = [
  { value: 'VALUE_DESC', label: 'Highest value first' },
  { value: 'VALUE_ASC', label: 'Lowest value first' },
  { value: 'LAST_NAME_ASC', label: 'Last name A–Z' },
  { value: 'UPDATED_AT_DESC', label: 'Recently updated' },
];

const toNumber = (value: string | number): number | null => (typeof value === 'number' ? value : null);

export function CustomerSearchFilters({
  filters,
  onChange,
  searchRef,
}: {
  filters: SearchFilters;
  onChange: (next: Partial<SearchFilters>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        ref={searchRef}
        label="Search"
        description="Name, email, phone or source key — press / to focus"
        placeholder="e.g. Jane Doe, jane@example.com, +44 20…"
        leftSection={<IconSearch size={16} />}
        value={filters.search}
        onChange={(e) => onChange({ search: e.currentTarget.value })}
        style={{ flex: '1 1 320px' }}
        autoFocus
        data-testid="customer-search-input"
      />
      <Select
        label="Segment"
        placeholder="Any segment"
        data={SEGMENTS.map(({ value, label }) => ({ value, label }))}
        value={filters.segment}
        onChange={(segment) => onChange({ segment })}
        clearable
        w={170}
      />
      <NumberInput
        label="Min. value (€)"
        value={filters.minValue ?? ''}
        onChange={(v) => onChange({ minValue: toNumber(v) })}
        min={0}
        step={100}
        w={140}
      />
      <NumberInput
        label="Max. value (€)"
        value={filters.maxValue ?? ''}
        onChange={(v) => onChange({ maxValue: toNumber(v) })}
        min={0}
        step={100}
        w={140}
      />
      <Select
        label="Sort by"
        data={ORDERS}
        value={filters.orderBy}
        onChange={(orderBy) => onChange({ orderBy: orderBy ?? 'VALUE_DESC' })}
        allowDeselect={false}
        w={190}
      />
    </Group>
  );
}
