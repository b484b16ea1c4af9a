import { validateRule } from '@rapport/decisioning';

/*
 * Offer rules are validated by the decisioning engine's own validator, so an offer that passes
 * here is one the engine can compile: operators, structure, depth, and that every variable is
 * one the engine provides (RULE_VARIABLES, customer.attributes.*, context.*).
 */

export interface RuleSyntaxError {
  field: string;
  message: string;
}

/** Field-level errors of one rule (empty when valid); `field` prefixes the error paths. */
export function validateRuleSyntax(rule: unknown, field: string): RuleSyntaxError[] {
  return validateRule(rule, field);
}
