import { RapportError } from '@rapport/shared-util';
import { type CompiledRule, type RuleExpression, isTruthy } from './rule-expression';
import { FORBIDDEN_PATH_SEGMENTS } from './rule-variables';

/*
 * A compiler from JSON Logic to closures. json-logic-js interprets the tree on every call
 * (Object.keys, operator lookup, String.split of each var path); the decision path evaluates up
 * to three rules for each of hundreds of offers per request, so we compile once at catalog load
 * and keep evaluation allocation-free for the common operators. Semantics follow json-logic-js
 * 2.0.5 (checked against it in compile-rule.spec.ts); unknown operators are rejected, never
 * ignored, and paths that could reach a prototype are refused.
 */

type Compiled = (data: unknown) => unknown;

const constant =
  (value: unknown): Compiled =>
  () =>
    value;

function compileVarPath(path: unknown, fallback: unknown): Compiled {
  if (path === undefined || path === null || path === '') return (data) => data;
  const segments = String(path).split('.');
  for (const segment of segments) {
    if (FORBIDDEN_PATH_SEGMENTS.has(segment)) {
      throw new RapportError('BAD_USER_INPUT', `rule variable "${String(path)}" is not allowed`);
    }
  }
  const notFound = fallback === undefined ? null : fallback;
  if (segments.length === 1) {
    const [a] = segments;
    return (data) => {
      if (data === null || data === undefined) return notFound;
      const v = (data as Record<string, unknown>)[a];
      return v === undefined ? notFound : v;
    };
  }
  if (segments.length === 2) {
    const [a, b] = segments;
    return (data) => {
      if (data === null || data === undefined) return notFound;
      const mid = (data as Record<string, unknown>)[a];
      if (mid === null || mid === undefined) return notFound;
      const v = (mid as Record<string, unknown>)[b];
      return v === undefined ? notFound : v;
    };
  }
  return (data) => {
    let current = data;
    for (let i = 0; i < segments.length; i++) {
      if (current === null || current === undefined) return notFound;
      current = (current as Record<string, unknown>)[segments[i]];
      if (current === undefined) return notFound;
    }
    return current;
  };
}

function argsOf(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw : [raw];
}

const toNumber = (v: unknown): number => parseFloat(v as string);

function compileOperator(op: string, rawArgs: unknown): Compiled {
  if (op === 'var') {
    const args = argsOf(rawArgs);
    if (args[0] !== null && typeof args[0] === 'object') {
      // A computed path: rare, so interpreted.
      const pathOf = compileNode(args[0]);
      const fallback = args[1];
      return (data) => compileVarPath(pathOf(data), fallback)(data);
    }
    return compileVarPath(args[0], args[1]);
  }
  const args = argsOf(rawArgs);
  // Array operators evaluate their second argument against each element, not the root data.
  if (op === 'some' || op === 'all' || op === 'none' || op === 'filter' || op === 'map') {
    const list = compileNode(args[0]);
    const body = compileNode(args[1]);
    switch (op) {
      case 'some':
        return (data) => {
          const items = list(data);
          if (!Array.isArray(items)) return false;
          for (const item of items) if (isTruthy(body(item))) return true;
          return false;
        };
      case 'none':
        return (data) => {
          const items = list(data);
          if (!Array.isArray(items)) return true;
          for (const item of items) if (isTruthy(body(item))) return false;
          return true;
        };
      case 'all':
        return (data) => {
          const items = list(data);
          if (!Array.isArray(items) || items.length === 0) return false;
          for (const item of items) if (!isTruthy(body(item))) return false;
          return true;
        };
      case 'filter':
        return (data) => {
          const items = list(data);
          return Array.isArray(items) ? items.filter((item) => isTruthy(body(item))) : [];
        };
      default:
        return (data) => {
          const items = list(data);
          return Array.isArray(items) ? items.map((item) => body(item)) : [];
        };
    }
  }
  const specialised = specialiseComparison(op, args);
  if (specialised) return specialised;
  const c = args.map(compileNode);
  const [a, b, d] = c;
  switch (op) {
    case '==':
      // JSON Logic's == is JavaScript's loose equality.
      return (x) => a(x) == b(x);
    case '===':
      return (x) => a(x) === b(x);
    case '!=':
      return (x) => a(x) != b(x);
    case '!==':
      return (x) => a(x) !== b(x);
    case '!':
      return (x) => !isTruthy(a(x));
    case '!!':
      return (x) => isTruthy(a(x));
    case '>':
      return (x) => (a(x) as number) > (b(x) as number);
    case '>=':
      return (x) => (a(x) as number) >= (b(x) as number);
    case '<':
      if (d) return (x) => (a(x) as number) < (b(x) as number) && (b(x) as number) < (d(x) as number);
      return (x) => (a(x) as number) < (b(x) as number);
    case '<=':
      if (d) return (x) => (a(x) as number) <= (b(x) as number) && (b(x) as number) <= (d(x) as number);
      return (x) => (a(x) as number) <= (b(x) as number);
    case 'and':
      if (c.length === 2) {
        return (x) => {
          const first = a(x);
          return isTruthy(first) ? b(x) : first;
        };
      }
      return (x) => {
        let current: unknown;
        for (let i = 0; i < c.length; i++) {
          current = c[i](x);
          if (!isTruthy(current)) return current;
        }
        return current;
      };
    case 'or':
      return (x) => {
        let current: unknown;
        for (let i = 0; i < c.length; i++) {
          current = c[i](x);
          if (isTruthy(current)) return current;
        }
        return current;
      };
    case 'if':
    case '?:':
      return (x) => {
        let i = 0;
        for (; i < c.length - 1; i += 2) if (isTruthy(c[i](x))) return c[i + 1](x);
        if (c.length === i + 1) return c[i](x);
        return null;
      };
    case 'in':
      return (x) => {
        const haystack = b(x);
        if (!haystack || typeof (haystack as { indexOf?: unknown }).indexOf !== 'function') return false;
        return (haystack as unknown[]).indexOf(a(x)) !== -1;
      };
    case 'cat':
      return (x) => c.map((f) => String(f(x))).join('');
    case '+':
      return (x) => {
        let sum = 0;
        for (let i = 0; i < c.length; i++) sum += toNumber(c[i](x));
        return sum;
      };
    case '*':
      return (x) => {
        let product = 1;
        for (let i = 0; i < c.length; i++) product *= toNumber(c[i](x));
        return product;
      };
    case '-':
      if (!b) return (x) => -(a(x) as number);
      return (x) => (a(x) as number) - (b(x) as number);
    case '/':
      return (x) => (a(x) as number) / (b(x) as number);
    case '%':
      return (x) => (a(x) as number) % (b(x) as number);
    case 'max':
      return (x) => Math.max(...c.map((f) => f(x) as number));
    case 'min':
      return (x) => Math.min(...c.map((f) => f(x) as number));
    case 'merge':
      return (x) => c.reduce<unknown[]>((all, f) => all.concat(f(x)), []);
    case 'missing':
      return (x) => {
        const wanted = Array.isArray(args[0]) ? (c[0](x) as unknown[]) : c.map((f) => f(x));
        return wanted.filter((key) => {
          const v = compileVarPath(key, undefined)(x);
          return v === null || v === '';
        });
      };
    default:
      throw new RapportError('BAD_USER_INPUT', `unknown rule operator "${op}"`);
  }
}

const isPrimitive = (v: unknown): boolean => v === null || (typeof v !== 'object' && typeof v !== 'function');
const isPlainVar = (v: unknown): v is { var: string } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { var?: unknown }).var === 'string';

/**
 * The most common rule shape, a variable compared with a constant (`{">=": [{"var": "customer.clv"}, 100]}`),
 * compiled into one closure instead of three: rules run hundreds of times per decision.
 */
function specialiseComparison(op: string, args: unknown[]): Compiled | null {
  if (args.length !== 2 || !isPlainVar(args[0])) return null;
  const get = compileVarPath(args[0].var, undefined);
  const k = args[1];
  if (op === 'in' && Array.isArray(k) && k.every(isPrimitive)) return (x) => k.indexOf(get(x)) !== -1;
  if (!isPrimitive(k)) return null;
  const c = k as number;
  switch (op) {
    case '==':
      return (x) => get(x) == c;
    case '===':
      return (x) => get(x) === c;
    case '!=':
      return (x) => get(x) != c;
    case '!==':
      return (x) => get(x) !== c;
    case '>':
      return (x) => (get(x) as number) > c;
    case '>=':
      return (x) => (get(x) as number) >= c;
    case '<':
      return (x) => (get(x) as number) < c;
    case '<=':
      return (x) => (get(x) as number) <= c;
    default:
      return null;
  }
}

function compileNode(node: unknown): Compiled {
  if (Array.isArray(node)) {
    // A literal list (e.g. the right side of "in") is built once, not on every evaluation.
    if (node.every((item) => item === null || typeof item !== 'object')) return constant(node);
    const items = node.map(compileNode);
    return (x) => items.map((f) => f(x));
  }
  if (node === null || typeof node !== 'object') return constant(node);
  const keys = Object.keys(node);
  if (keys.length !== 1) return constant(node);
  const op = keys[0];
  return compileOperator(op, (node as Record<string, unknown>)[op]);
}

/**
 * Compiles a JSON Logic rule into a function of the rule data. Throws a RapportError for unknown
 * operators or forbidden paths; call {@link validateRule} first to get field-level errors instead.
 */
export function compileRule(rule: RuleExpression | undefined): CompiledRule {
  if (rule === null || rule === undefined) return constant(true);
  return compileNode(rule);
}

/** Compiles a rule into a predicate (JSON Logic truthiness). */
export function compilePredicate(rule: RuleExpression | undefined): (data: unknown) => boolean {
  if (rule === null || rule === undefined || rule === true) return () => true;
  if (rule === false) return () => false;
  const compiled = compileNode(rule);
  return (data) => isTruthy(compiled(data));
}
