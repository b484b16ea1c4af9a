import { Alert, Group, Input, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { incompleteConditions, parseRule, toJsonLogic, type RuleGroup } from './rule-model';
import { RuleGroupEditor } from './rule-group-editor';

const pretty = (rule: unknown): string => (rule === null || rule === undefined ? '' : JSON.stringify(rule, null, 2));

/**
 * Edits one JSON Logic rule (eligibility, applicability or suitability) visually, or as JSON
 * when the rule uses operators the visual editor cannot show. Emits the rule on every change;
 * null means "no rule" (always true).
 */
export function RuleBuilder({
  label,
  description,
  value,
  onChange,
  error,
  disabled = false,
}: {
  label: string;
  description?: string;
  value: unknown;
  onChange: (rule: unknown) => void;
  error?: string;
  disabled?: boolean;
}) {
  const [group, setGroup] = useState<RuleGroup | null>(() => parseRule(value));
  const [mode, setMode] = useState<'visual' | 'json'>(() => (group ? 'visual' : 'json'));
  const [jsonText, setJsonText] = useState(() => pretty(value));
  const [jsonError, setJsonError] = useState<string | null>(null);

  const changeGroup = (next: RuleGroup) => {
    setGroup(next);
    const rule = toJsonLogic(next);
    setJsonText(pretty(rule));
    onChange(rule);
  };
  const changeJson = (text: string) => {
    setJsonText(text);
    if (text.trim() === '') {
      setJsonError(null);
      onChange(null);
      return;
    }
    try {
      const rule: unknown = JSON.parse(text);
      setJsonError(null);
      onChange(rule);
    } catch {
      setJsonError('Not valid JSON yet');
    }
  };
  const switchMode = (next: string) => {
    if (next === 'visual') {
      const parsed = jsonError ? null : parseRule(jsonText.trim() === '' ? null : JSON.parse(jsonText));
      if (!parsed) return;
      setGroup(parsed);
    }
    setMode(next === 'visual' ? 'visual' : 'json');
  };
  const visualPossible = !jsonError && (mode === 'visual' || parseRule(jsonText.trim() === '' ? null : safeParse(jsonText)) !== null);
  const incomplete = mode === 'visual' && group ? incompleteConditions(group) : 0;

  return (
    <Input.Wrapper label={label} description={description} error={error} data-testid={`rule-builder-${label.toLowerCase()}`}>
      <Stack gap="xs" mt={6}>
        <Group justify="space-between">
          <SegmentedControl
            size="xs"
            aria-label={`${label} editor mode`}
            data={[
              { value: 'visual', label: 'Builder', disabled: !visualPossible },
              { value: 'json', label: 'JSON' },
            ]}
            value={mode}
            onChange={switchMode}
          />
          {!visualPossible && (
            <Text size="xs" c="dimmed">
              This rule uses operators the builder cannot show; edit it as JSON Logic.
            </Text>
          )}
        </Group>
        {mode === 'visual' && group ? (
          <RuleGroupEditor group={group} depth={0} disabled={disabled} onChange={changeGroup} />
        ) : (
          <Textarea
            aria-label={`${label} as JSON Logic`}
            value={jsonText}
            onChange={(e) => changeJson(e.currentTarget.value)}
            placeholder='{"==": [{"var": "customer.segment"}, "champions"]}'
            autosize
            minRows={3}
            error={jsonError}
            disabled={disabled}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          />
        )}
        {incomplete > 0 && (
          <Alert color="yellow" variant="light" p={6}>
            <Text size="xs">
              {incomplete} condition{incomplete === 1 ? ' is' : 's are'} incomplete.
            </Text>
          </Alert>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
