import { Connection } from '../pagination/connection.type';
import { Customer } from './customer.type';
import { Consent } from './consent.type';

export const CustomerConnection = Connection(Customer, 'Customer');
export type CustomerConnection = InstanceType<typeof CustomerConnection>;
export const ConsentConnection = Connection(Consent, 'Consent');
export type ConsentConnection = InstanceType<typeof ConsentConnection>;
