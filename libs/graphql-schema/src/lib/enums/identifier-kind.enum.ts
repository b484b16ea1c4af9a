import { registerEnumType } from 'type-graphql';

export enum IdentifierKind {
  EMAIL = 'email',
  PHONE = 'phone',
  SOURCE_KEY = 'source_key',
}

registerEnumType(IdentifierKind, {
  name: 'IdentifierKind',
  description:
    'How a customer is looked up: by email, by phone (both normalised as identity resolution does), or by a source system key.',
});
