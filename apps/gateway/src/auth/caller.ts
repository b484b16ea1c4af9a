import { type Role } from '@rapport/graphql-schema';

/** The authenticated caller of one request. */
export interface Caller {
  /** Token subject: a user or service name, recorded as the actor of changes. */
  subject: string;
  role: Role;
}
