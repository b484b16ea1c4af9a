import { type FieldError } from './rule-expression';
import { FORBIDDEN_PATH_SEGMENTS, isKnownRuleVariable } from './rule-variables';

const OPERATOR_ARITY: Readonly<Record<string, readonly [number, number]>> = {
  var: [0, 2],
  missing: [0, Infinity],
  '==': [2, 2],
  '===': [2, 2],
  '!=': [2, 2],
  '!==': [2, 2],
  '!': [1, 1],
  '!!': [1, 1],
  '>': [2, 2],
  '>=': [2, 2],
  '<': [2, 3],
  '<=': [2, 3],
  and: [1, Infinity],
  or: [1, Infinity],
  if: [1, Infinity],
  '?:': [1, Infinity],
  in: [2, 2],
  cat: [1, Infinity],
  '+': [1, Infinity],
  '*': [1, Infinity],
  '-': [1, 2],
  '/': [2, 2],
  '%': [2, 2],
  max: [1, Infinity],
  min: [1, Infinity],
  merge: [0, Infinity],
  some: [2, 2],
  all: [2, 2],
  none: [2, 2],
  filter: [2, 2],
  map: [2, 2],
};

/** The JSON Logic operators the engine evaluates. */
export const SUPPORTED_RULE_OPERATORS: readonly string[] = Object.keys(OPERATOR_ARITY);

const SCOPED_OPERATORS = new Set(['some', 'all', 'none', 'filter', 'map']);

/**
 * Validates a rule before an offer is published: only supported operators with the right number
 * of arguments, variables the engine provides (see RULE_VARIABLES), no prototype paths, and a
 * bounded depth so a hostile rule cannot blow the stack. Returns every problem with its path.
 */
export function validateRule(rule: unknown, field: string, maxDepth = 32): FieldError[] {
  const errors: FieldError[] = [];
  if (rule === null || rule === undefined || typeof rule === 'boolean') return errors;
  if (typeof rule !== 'object' || Array.isArray(rule)) {
    return [{ field, message: 'a rule must be a JSON Logic object, true, false or null' }];
  }
  visit(rule, field, 0, false, errors, maxDepth);
  return errors;
}

function visit(node: unknown, path: string, depth: number, scoped: boolean, errors: FieldError[], maxDepth: number): void {
  if (depth > maxDepth) {
    errors.push({ field: path, message: `rule is nested deeper than ${maxDepth} levels` });
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => visit(item, `${path}.${i}`, depth + 1, scoped, errors, maxDepth));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    errors.push({ field: path, message: `an operation must have exactly one operator key, found ${keys.length}` });
    return;
  }
  const op = keys[0];
  const raw = (node as Record<string, unknown>)[op];
  const opPath = `${path}.${op}`;
  const arity = OPERATOR_ARITY[op];
  if (!arity) {
    errors.push({ field: opPath, message: `unknown operator "${op}"; supported: ${SUPPORTED_RULE_OPERATORS.join(' ')}` });
    return;
  }
  const args = Array.isArray(raw) ? raw : [raw];
  if (args.length < arity[0] || args.length > arity[1]) {
    const expected = arity[0] === arity[1] ? `${arity[0]}` : `${arity[0]}..${arity[1] === Infinity ? 'n' : arity[1]}`;
    errors.push({ field: opPath, message: `"${op}" takes ${expected} argument(s), got ${args.length}` });
    return;
  }
  if (op === 'var') {
    checkVariable(args[0], opPath, scoped, errors);
    if (args[0] !== null && typeof args[0] === 'object') visit(args[0], `${opPath}.0`, depth + 1, scoped, errors, maxDepth);
    return;
  }
  if (SCOPED_OPERATORS.has(op)) {
    visit(args[0], `${opPath}.0`, depth + 1, scoped, errors, maxDepth);
    // Inside the body `var` names fields of each element, which we cannot know statically.
    visit(args[1], `${opPath}.1`, depth + 1, true, errors, maxDepth);
    return;
  }
  if (Array.isArray(raw)) args.forEach((arg, i) => visit(arg, `${opPath}.${i}`, depth + 1, scoped, errors, maxDepth));
  else visit(raw, opPath, depth + 1, scoped, errors, maxDepth);
}

function checkVariable(path: unknown, field: string, scoped: boolean, errors: FieldError[]): void {
  if (path === undefined || path === null || path === '' || typeof path === 'object') return;
  if (typeof path !== 'string' && typeof path !== 'number') {
    errors.push({ field, message: 'a variable name must be a string' });
    return;
  }
  const name = String(path);
  if (name.split('.').some((segment) => FORBIDDEN_PATH_SEGMENTS.has(segment))) {
    errors.push({ field, message: `variable "${name}" is not allowed` });
    return;
  }
  if (!scoped && !isKnownRuleVariable(name)) {
    errors.push({ field, message: `unknown variable "${name}"; use customer.*, conversation.* or context.* (see RULE_VARIABLES)` });
  }
}
