import { Connection } from '../pagination/connection.type';
import { Transaction } from './transaction.type';

export const TransactionConnection = Connection(Transaction, 'Transaction');
export type TransactionConnection = InstanceType<typeof TransactionConnection>;
