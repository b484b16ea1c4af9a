import { registerEnumType } from 'type-graphql';

export enum OfferKind {
  SALES = 'sales',
  RETENTION = 'retention',
  SERVICE = 'service',
  EDUCATION = 'education',
}

export enum OfferStatus {
  DRAFT = 'draft',
  ACTIVE = 'active',
  RETIRED = 'retired',
}

export enum OfferMode {
  DEFAULT = 'default',
  MANDATORY = 'mandatory',
  TRANSACTIONAL = 'transactional',
}

export enum OfferRevisionAction {
  CREATE = 'create',
  UPDATE = 'update',
  PUBLISH = 'publish',
  RETIRE = 'retire',
}

registerEnumType(OfferKind, { name: 'OfferKind' });
registerEnumType(OfferStatus, { name: 'OfferStatus', description: 'draft → active → retired.' });
registerEnumType(OfferMode, { name: 'OfferMode' });
registerEnumType(OfferRevisionAction, { name: 'OfferRevisionAction' });
