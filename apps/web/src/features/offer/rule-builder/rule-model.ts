/**
 * The rule builder's model of a JSON Logic rule: nested AND/OR groups of conditions
 * "variable operator value". Only this subset is edited visually; anything else (arithmetic,
 * `some`/`all`, nested `if`) stays editable as JSON.
 */
export const OPERATORS = [
  { value: '==', label: 'equals' },
  { value: '!=', label: 'does not equal' },
  { value: '<', label: 'is less than' },
  { value: '<=', label: 'is at most' },
  { value: '>', label: 'is more than' },
  { value: '>=', label: 'is at least' },
  { value: 'in', label: 'is one of' },
  { value: 'true', label: 'is true' },
  { value: 'false', label: 'is false' },
] as const;
export type Operator = (typeof OPERATORS)[number]['value'];

export interface RuleCondition {
  type: 'condition';
  id: string;
  variable: string;
  operator: Operator;
  /** As typed; converted to a number, boolean or list when the rule is written. */
  value: string;
}

export interface RuleGroup {
  type: 'group';
  id: string;
  combinator: 'and' | 'or';
  children: Array<RuleCondition | RuleGroup>;
}

let nextId = 0;
export const newId = (): string => `r${++nextId}`;

export const emptyGroup = (combinator: 'and' | 'or' = 'and'): RuleGroup => ({ type: 'group', id: newId(), combinator, children: [] });
export const newCondition = (): RuleCondition => ({ type: 'condition', id: newId(), variable: '', operator: '==', value: '' });

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=', '===', '!==']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function varName(operand: unknown): string | null {
  if (!isObject(operand) || Object.keys(operand).length !== 1 || !('var' in operand)) return null;
  const name = operand['var'];
  return typeof name === 'string' ? name : null;
}

function literalText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return null;
}

function parseNode(node: unknown): RuleCondition | RuleGroup | null {
  if (!isObject(node) || Object.keys(node).length !== 1) return null;
  const [op] = Object.keys(node) as [string];
  const args = node[op];
  if (op === 'and' || op === 'or') {
    if (!Array.isArray(args)) return null;
    const children = args.map(parseNode);
    if (children.some((c) => c === null)) return null;
    return { type: 'group', id: newId(), combinator: op, children: children as Array<RuleCondition | RuleGroup> };
  }
  if (op === 'var') {
    const name = varName(node);
    return name ? { type: 'condition', id: newId(), variable: name, operator: 'true', value: '' } : null;
  }
  if (op === '!' || op === '!!') {
    const name = varName(Array.isArray(args) ? args[0] : args);
    return name ? { type: 'condition', id: newId(), variable: name, operator: op === '!' ? 'false' : 'true', value: '' } : null;
  }
  if (!Array.isArray(args) || args.length !== 2) return null;
  const name = varName(args[0]);
  if (!name) return null;
  if (op === 'in') {
    if (!Array.isArray(args[1])) return null;
    const items = args[1].map(literalText);
    if (items.some((i) => i === null)) return null;
    return { type: 'condition', id: newId(), variable: name, operator: 'in', value: items.join(', ') };
  }
  if (!COMPARISONS.has(op)) return null;
  const text = literalText(args[1]);
  if (text === null) return null;
  const operator = (op === '===' ? '==' : op === '!==' ? '!=' : op) as Operator;
  return { type: 'condition', id: newId(), variable: name, operator, value: text };
}

/** The visual model of a rule, or null when the rule uses more than the builder can show. */
export function parseRule(rule: unknown): RuleGroup | null {
  if (rule === null || rule === undefined || rule === true) return emptyGroup();
  const parsed = parseNode(rule);
  if (!parsed) return null;
  return parsed.type === 'group' ? parsed : { ...emptyGroup(), children: [parsed] };
}

function typedValue(text: string): string | number | boolean | null {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed === 'null') return null;
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  return trimmed;
}

function conditionToJson(c: RuleCondition): unknown {
  const variable = { var: c.variable.trim() };
  if (c.operator === 'true') return { '!!': [variable] };
  if (c.operator === 'false') return { '!': [variable] };
  if (c.operator === 'in') {
    const items = c.value.split(',').map((s) => s.trim()).filter(Boolean).map(typedValue);
    return { in: [variable, items] };
  }
  return { [c.operator]: [variable, typedValue(c.value)] };
}

function nodeToJson(node: RuleCondition | RuleGroup): unknown {
  if (node.type === 'condition') return conditionToJson(node);
  return { [node.combinator]: node.children.map(nodeToJson) };
}

/** JSON Logic for the model; null ("always true") when there are no conditions. */
export function toJsonLogic(group: RuleGroup): unknown {
  if (group.children.length === 0) return null;
  if (group.children.length === 1 && group.combinator === 'and') return nodeToJson(group.children[0] as RuleCondition | RuleGroup);
  return nodeToJson(group);
}

/** Conditions the user has not finished (no variable, or a value missing). */
export function incompleteConditions(group: RuleGroup): number {
  return group.children.reduce((count, child) => {
    if (child.type === 'group') return count + incompleteConditions(child);
    const needsValue = child.operator !== 'true' && child.operator !== 'false';
    return count + (child.variable.trim() === '' || (needsValue && child.value.trim() === '') ? 1 : 0);
  }, 0);
}
