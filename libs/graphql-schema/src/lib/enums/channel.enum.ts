import { registerEnumType } from 'type-graphql';

/** Contact channels; the values are the strings stored in the database. */
export enum Channel {
  CALL_CENTER = 'call_center',
  WEB = 'web',
  APP = 'app',
  WHATSAPP = 'whatsapp',
  EMAIL = 'email',
  STORE = 'store',
  SMS = 'sms',
}

registerEnumType(Channel, { name: 'Channel', description: 'A contact channel.' });
