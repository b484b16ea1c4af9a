/*
 * Identifiers are normalised exactly as identity resolution stores them (lower-case emails with
 * provider dot/+tag rules, E.164 phones with national numbers read as GB), so lookups by email
 * or phone find what imports and incremental resolution wrote.
 */
export { normaliseEmail, normalisePhone } from '@rapport/identity-resolution';
