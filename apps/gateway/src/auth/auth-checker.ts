import { RapportError } from '@rapport/shared-util';
import { Role } from '@rapport/graphql-schema';
import { type AuthChecker } from 'type-graphql';
import { type GatewayContext } from '../context';

/** `@Authorized(roles)`: anonymous → UNAUTHENTICATED, wrong role → FORBIDDEN; admin passes every check. */
export const authChecker: AuthChecker<GatewayContext, Role> = ({ context }, roles) => {
  const caller = context.caller;
  if (!caller) throw new RapportError('UNAUTHENTICATED', 'Send a bearer token: Authorization: Bearer <token>.');
  if (roles.length === 0 || caller.role === Role.ADMIN || roles.includes(caller.role)) return true;
  throw new RapportError('FORBIDDEN', `The ${caller.role} role may not do this (needs ${roles.join(' or ')}).`);
};
