import { registerEnumType } from 'type-graphql';

export enum ConsentStatus {
  GRANTED = 'granted',
  DENIED = 'denied',
}

export enum ConsentPurpose {
  MARKETING = 'marketing',
  SERVICE = 'service',
}

registerEnumType(ConsentStatus, { name: 'ConsentStatus' });
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose' });
