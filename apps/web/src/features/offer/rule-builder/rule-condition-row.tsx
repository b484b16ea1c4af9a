import { ActionIcon, Autocomplete, Group, Select, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { OPERATORS, type Operator, type RuleCondition } from './rule-model';
import { RULE_VARIABLES } from './rule-variables';

const VARIABLE_OPTIONS = RULE_VARIABLES.map((v) => v.value);

export function RuleConditionRow({
  condition,
  index,
  disabled,
  onChange,
  onRemove,
}: {
  condition: RuleCondition;
  index: number;
  disabled: boolean;
  onChange: (next: RuleCondition) => void;
  onRemove: () => void;
}) {
  const needsValue = condition.operator !== 'true' && condition.operator !== 'false';
  const hint = RULE_VARIABLES.find((v) => v.value === condition.variable)?.description;
  return (
    <Group gap="xs" wrap="wrap" align="flex-start" data-testid="rule-condition">
      <Autocomplete
        aria-label={`Variable of condition ${index + 1}`}
        placeholder="customer.segment"
        data={VARIABLE_OPTIONS}
        value={condition.variable}
        onChange={(variable) => onChange({ ...condition, variable })}
        description={hint}
        disabled={disabled}
        size="xs"
        style={{ flex: '1 1 220px' }}
      />
      <Select
        aria-label={`Operator of condition ${index + 1}`}
        data={OPERATORS.map((o) => ({ value: o.value, label: o.label }))}
        value={condition.operator}
        onChange={(operator) => operator && onChange({ ...condition, operator: operator as Operator })}
        allowDeselect={false}
        disabled={disabled}
        size="xs"
        w={140}
      />
      {needsValue && (
        <TextInput
          aria-label={`Value of condition ${index + 1}`}
          placeholder={condition.operator === 'in' ? 'a, b, c' : 'value'}
          value={condition.value}
          onChange={(e) => onChange({ ...condition, value: e.currentTarget.value })}
          disabled={disabled}
          size="xs"
          style={{ flex: '1 1 120px' }}
        />
      )}
      {!disabled && (
        <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={`Remove condition ${index + 1}`} mt={2}>
          <IconTrash size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}
