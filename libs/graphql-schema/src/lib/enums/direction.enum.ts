import { registerEnumType } from 'type-graphql';

export enum Direction {
  INBOUND = 'inbound',
  OUTBOUND = 'outbound',
}

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Who started the contact: the customer (inbound) or we (outbound).',
});
