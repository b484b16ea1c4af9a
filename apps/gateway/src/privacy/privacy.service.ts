import { CustomerEntity, erasePersonalData, exportCustomerData } from '@rapport/data-access';
import { RapportError } from '@rapport/shared-util';
import { type DataSource } from 'typeorm';

/** Everything held about a customer as JSON-ready data (dates as ISO strings). */
export async function exportCustomer(dataSource: DataSource, customerId: string): Promise<Record<string, unknown>> {
  const data = await exportCustomerData(dataSource.manager, customerId);
  if (!data) throw new RapportError('NOT_FOUND', `no customer with id ${customerId}`, 'id');
  return JSON.parse(JSON.stringify({ exportedAt: new Date().toISOString(), ...data })) as Record<string, unknown>;
}

export interface EraseResult {
  customerId: string;
  erasedAt: Date;
  identitiesDeleted: number;
  eventsAnonymised: number;
  changed: boolean;
}

/** Erases a customer's personal data in one transaction; erasing twice changes nothing more. */
export async function eraseCustomer(dataSource: DataSource, customerId: string, now: Date): Promise<EraseResult> {
  return dataSource.transaction(async (manager) => {
    const customer = await manager.findOneBy(CustomerEntity, { id: customerId });
    if (!customer) throw new RapportError('NOT_FOUND', `no customer with id ${customerId}`, 'id');
    if (customer.erasedAt) {
      return { customerId, erasedAt: customer.erasedAt, identitiesDeleted: 0, eventsAnonymised: 0, changed: false };
    }
    const result = await erasePersonalData(manager, customerId, now);
    return { customerId, erasedAt: now, ...result, changed: true };
  });
}
