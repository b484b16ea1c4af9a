import { registerEnumType } from 'type-graphql';

/** Who the caller is; carried by the bearer token. */
export enum Role {
  VIEWER = 'viewer',
  AGENT = 'agent',
  OFFER_MANAGER = 'offer_manager',
  ADMIN = 'admin',
  SERVICE = 'service',
}

registerEnumType(Role, { name: 'Role' });
