import { Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { emptyGroup, newCondition, type RuleCondition, type RuleGroup } from './rule-model';
import { RuleConditionRow } from './rule-condition-row';
import { updateNode } from './rule-tree-update';

const MAX_DEPTH = 3;

export function RuleGroupEditor({
  group,
  depth,
  disabled,
  onChange,
  onRemove,
}: {
  group: RuleGroup;
  depth: number;
  disabled: boolean;
  onChange: (next: RuleGroup) => void;
  onRemove?: () => void;
}) {
  const replaceChild = (id: string, next: RuleCondition | RuleGroup | null) => onChange(updateNode(group, id, () => next));
  return (
    <Paper withBorder={depth > 0} p={depth > 0 ? 'xs' : 0} bg={depth > 0 ? 'gray.0' : undefined}>
      <Stack gap="xs">
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label="Combine conditions with"
            data={[
              { value: 'and', label: 'All of' },
              { value: 'or', label: 'Any of' },
            ]}
            value={group.combinator}
            onChange={(combinator) => onChange({ ...group, combinator: combinator as 'and' | 'or' })}
            disabled={disabled}
          />
          {onRemove && !disabled && (
            <Button variant="subtle" color="red" size="compact-xs" onClick={onRemove}>
              Remove group
            </Button>
          )}
        </Group>
        {group.children.length === 0 && (
          <Text size="xs" c="dimmed">
            No conditions: always true.
          </Text>
        )}
        {group.children.map((child, index) =>
          child.type === 'condition' ? (
            <RuleConditionRow
              key={child.id}
              condition={child}
              index={index}
              disabled={disabled}
              onChange={(next) => replaceChild(child.id, next)}
              onRemove={() => replaceChild(child.id, null)}
            />
          ) : (
            <RuleGroupEditor
              key={child.id}
              group={child}
              depth={depth + 1}
              disabled={disabled}
              onChange={(next) => replaceChild(child.id, next)}
              onRemove={() => replaceChild(child.id, null)}
            />
          ),
        )}
        {!disabled && (
          <Group gap="xs">
            <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={() => onChange({ ...group, children: [...group.children, newCondition()] })}>
              Add condition
            </Button>
            {depth + 1 < MAX_DEPTH && (
              <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={() => onChange({ ...group, children: [...group.children, emptyGroup(group.combinator === 'and' ? 'or' : 'and')] })}>
                Add group
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
