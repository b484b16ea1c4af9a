import { Connection } from '../pagination/connection.type';
import { Identity } from './identity.type';

export const IdentityConnection = Connection(Identity, 'Identity');
export type IdentityConnection = InstanceType<typeof IdentityConnection>;
