import { type Role } from '@rapport/graphql-schema';
import { signToken } from './jwt';
import { ALL_ROLES } from './roles';

/** One token per role, subject `dev-<role>`, for development and tests. */
export function createDevTokens(secret: string, expiresInSeconds?: number): Record<Role, string> {
  return Object.fromEntries(
    ALL_ROLES.map((role) => [role, signToken(secret, `dev-${role}`, role, expiresInSeconds)]),
  ) as Record<Role, string>;
}
