/**
 * A rule in JSON Logic (https://jsonlogic.com): plain, serialisable data, never code.
 * `null` means "always true"; a boolean is a constant rule.
 */
export type RuleExpression = Record<string, unknown> | boolean | null;

/** A compiled rule: evaluates against the rule data of one decision. */
export type CompiledRule = (data: unknown) => unknown;

/** A field-level problem found when validating a rule or an offer. */
export interface FieldError {
  /** Dotted path to the offending part, e.g. `suitability.and.1.var`. */
  field: string;
  message: string;
}

/** JSON Logic truthiness: like JavaScript, except that an empty array is false. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return !!value;
}
