import { type EntityManager } from 'typeorm';
import { CustomerEntity } from '../entities/customer.entity';
import { IdentityEntity } from '../entities/identity.entity';
import { columnList, hydrateRows, placeholders, quote, tableName } from './sql-helpers';

export async function findCustomersByIds(manager: EntityManager, ids: readonly string[]): Promise<CustomerEntity[]> {
  if (ids.length === 0) return [];
  const rows = await manager.query(
    `SELECT ${columnList(manager, CustomerEntity)} FROM ${tableName(manager, CustomerEntity)} WHERE ${quote(manager, 'id')} IN (${placeholders(ids.length)})`,
    [...ids],
  );
  return hydrateRows(manager, CustomerEntity, rows);
}

export type CustomerSortOrder = 'value_desc' | 'value_asc' | 'last_name_asc' | 'created_at_desc' | 'updated_at_desc';

export interface CustomerSearchCriteria {
  /** Words of a name: one word matches a first- or last-name prefix, two match first and last name. */
  nameWords?: readonly string[];
  /** Normalised email / E.164 phone to match exactly (any of the search terms matches). */
  email?: string | null;
  phone?: string | null;
  segment?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
}

function whereClause(manager: EntityManager, criteria: CustomerSearchCriteria): { sql: string; parameters: unknown[] } {
  const q = (name: string) => quote(manager, name);
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  const anyOf: string[] = [];
  const words = criteria.nameWords ?? [];
  // '!' as the LIKE escape: a backslash would itself need escaping in MySQL string literals.
  const escapeLike = (word: string) => `${word.replace(/[!%_]/g, (c) => `!${c}`)}%`;
  if (words.length === 1) {
    anyOf.push(`${q('lastName')} LIKE ? ESCAPE '!'`, `${q('firstName')} LIKE ? ESCAPE '!'`);
    parameters.push(escapeLike(words[0]), escapeLike(words[0]));
  } else if (words.length >= 2) {
    anyOf.push(`(${q('firstName')} LIKE ? ESCAPE '!' AND ${q('lastName')} LIKE ? ESCAPE '!')`);
    parameters.push(escapeLike(words[0]), escapeLike(words.slice(1).join(' ')));
  }
  if (criteria.email) {
    anyOf.push(`${q('email')} = ?`);
    parameters.push(criteria.email);
  }
  if (criteria.phone) {
    anyOf.push(`${q('phone')} = ?`);
    parameters.push(criteria.phone);
  }
  if (anyOf.length > 0) clauses.push(`(${anyOf.join(' OR ')})`);
  if (criteria.segment) {
    clauses.push(`${q('segment')} = ?`);
    parameters.push(criteria.segment);
  }
  if (criteria.minValue !== null && criteria.minValue !== undefined) {
    clauses.push(`${q('clv')} >= ?`);
    parameters.push(criteria.minValue);
  }
  if (criteria.maxValue !== null && criteria.maxValue !== undefined) {
    clauses.push(`${q('clv')} <= ?`);
    parameters.push(criteria.maxValue);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', parameters };
}

// The id tie-breaker runs in the same direction as the sort key, so an index on the key (which
// ends with the primary key in InnoDB) serves the order without a filesort over every customer.
const ORDER_BY: Record<CustomerSortOrder, string[]> = {
  value_desc: ['clv DESC', 'id DESC'],
  value_asc: ['clv ASC', 'id ASC'],
  last_name_asc: ['lastName ASC', 'firstName ASC', 'id ASC'],
  created_at_desc: ['createdAt DESC', 'id DESC'],
  updated_at_desc: ['updatedAt DESC', 'id DESC'],
};

/** One page of customers (offset pagination; ties broken by id so pages are stable). */
export async function searchCustomers(
  manager: EntityManager,
  criteria: CustomerSearchCriteria,
  order: CustomerSortOrder,
  offset: number,
  limit: number,
): Promise<CustomerEntity[]> {
  const where = whereClause(manager, criteria);
  const orderBy = ORDER_BY[order]
    .map((term) => {
      const [column, direction] = term.split(' ');
      return `${quote(manager, column)} ${direction}`;
    })
    .join(', ');
  const rows = await manager.query(
    `SELECT ${columnList(manager, CustomerEntity)} FROM ${tableName(manager, CustomerEntity)} ${where.sql} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    [...where.parameters, limit, offset],
  );
  return hydrateRows(manager, CustomerEntity, rows);
}

export async function countCustomers(manager: EntityManager, criteria: CustomerSearchCriteria): Promise<number> {
  const where = whereClause(manager, criteria);
  const rows: Array<{ n: number | string }> = await manager.query(
    `SELECT COUNT(*) AS n FROM ${tableName(manager, CustomerEntity)} ${where.sql}`,
    where.parameters,
  );
  return Number(rows[0]?.n ?? 0);
}

export type CustomerIdentifier =
  | { kind: 'email'; value: string }
  | { kind: 'phone'; value: string }
  | { kind: 'source_key'; source: string; value: string };

/**
 * Ids of the customers an identifier names (normalised email / E.164 phone on the golden record
 * or any identity; a source key on an identity), oldest customer first.
 */
export async function findCustomerIdsByIdentifier(
  manager: EntityManager,
  identifier: CustomerIdentifier,
): Promise<string[]> {
  const q = (name: string) => quote(manager, name);
  const identities = tableName(manager, IdentityEntity);
  const customers = tableName(manager, CustomerEntity);
  let rows: Array<{ customerId: string }>;
  if (identifier.kind === 'source_key') {
    rows = await manager.query(
      `SELECT ${q('customerId')} AS ${q('customerId')} FROM ${identities} WHERE ${q('source')} = ? AND ${q('sourceKey')} = ?`,
      [identifier.source, identifier.value],
    );
  } else {
    const [customerColumn, identityColumn] =
      identifier.kind === 'email' ? ['email', 'emailNormalized'] : ['phone', 'phoneNormalized'];
    rows = await manager.query(
      `SELECT ${q('id')} AS ${q('customerId')}, ${q('createdAt')} AS ${q('at')} FROM ${customers} WHERE ${q(customerColumn)} = ?
       UNION
       SELECT c.${q('id')}, c.${q('createdAt')} FROM ${identities} i JOIN ${customers} c ON c.${q('id')} = i.${q('customerId')} WHERE i.${q(identityColumn)} = ?
       ORDER BY 2, 1`,
      [identifier.value, identifier.value],
    );
  }
  return [...new Set(rows.map((r) => r.customerId))];
}
