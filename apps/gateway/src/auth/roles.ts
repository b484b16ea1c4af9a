import { Role } from '@rapport/graphql-schema';

export const ALL_ROLES: readonly Role[] = [Role.VIEWER, Role.AGENT, Role.OFFER_MANAGER, Role.ADMIN, Role.SERVICE];

/** Who may do what. Admin may do everything; `@Authorized(...)` names the others. */
export const READERS = ALL_ROLES;
export const INTERACTION_RECORDERS = [Role.AGENT, Role.SERVICE, Role.ADMIN] as const;
export const OFFER_EDITORS = [Role.OFFER_MANAGER, Role.ADMIN] as const;
export const PRIVACY_OFFICERS = [Role.ADMIN] as const;

/** Roles that see contact details unmasked. */
export function seesContactDetails(role: Role): boolean {
  return role !== Role.VIEWER;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
