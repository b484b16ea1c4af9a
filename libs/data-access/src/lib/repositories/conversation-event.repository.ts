import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { ConversationEventEntity } from '../entities/conversation-event.entity';
import { columnList, hydrateRows, placeholders, quote, tableName, toParameter } from './sql-helpers';

export interface EventCriteria {
  channels?: readonly string[] | null;
  kinds?: readonly string[] | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

/** Keyset position in the newest-first timeline. */
export interface EventCursor {
  occurredAt: Date;
  id: string;
}

function criteriaSql(
  manager: EntityManager,
  criteria: EventCriteria,
  alias: string,
): { sql: string; parameters: unknown[] } {
  const q = (name: string) => `${alias}.${quote(manager, name)}`;
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  if (criteria.channels && criteria.channels.length > 0) {
    clauses.push(`${q('channel')} IN (${placeholders(criteria.channels.length)})`);
    parameters.push(...criteria.channels);
  }
  if (criteria.kinds && criteria.kinds.length > 0) {
    clauses.push(`${q('kind')} IN (${placeholders(criteria.kinds.length)})`);
    parameters.push(...criteria.kinds);
  }
  if (criteria.from) {
    clauses.push(`${q('occurredAt')} >= ?`);
    parameters.push(toParameter(manager, ConversationEventEntity, 'occurredAt', criteria.from));
  }
  if (criteria.to) {
    clauses.push(`${q('occurredAt')} < ?`);
    parameters.push(toParameter(manager, ConversationEventEntity, 'occurredAt', criteria.to));
  }
  return { sql: clauses.map((c) => ` AND ${c}`).join(''), parameters };
}

/**
 * The newest `limit` events of each customer (after `cursor`, matching `criteria`) in ONE
 * statement: a plain indexed LIMIT query for one customer, ROW_NUMBER() per customer for many
 * (window functions exist on MySQL 8, MariaDB 10.2+ and SQLite 3.25+).
 */
export async function findLatestEventsByCustomerIds(
  manager: EntityManager,
  customerIds: readonly string[],
  criteria: EventCriteria,
  cursor: EventCursor | null,
  limit: number,
): Promise<Map<string, ConversationEventEntity[]>> {
  const byCustomer = new Map<string, ConversationEventEntity[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0 || limit <= 0) return byCustomer;
  const q = (name: string) => `e.${quote(manager, name)}`;
  const filter = criteriaSql(manager, criteria, 'e');
  const parameters: unknown[] = [...customerIds, ...filter.parameters];
  let cursorSql = '';
  if (cursor) {
    const at = toParameter(manager, ConversationEventEntity, 'occurredAt', cursor.occurredAt);
    cursorSql = ` AND (${q('occurredAt')} < ? OR (${q('occurredAt')} = ? AND ${q('id')} < ?))`;
    parameters.push(at, at, cursor.id);
  }
  const where = `${q('customerId')} IN (${placeholders(customerIds.length)})${filter.sql}${cursorSql}`;
  const order = `${q('occurredAt')} DESC, ${q('id')} DESC`;
  const table = tableName(manager, ConversationEventEntity);
  let rows: Array<Record<string, unknown>>;
  if (customerIds.length === 1) {
    rows = await manager.query(
      `SELECT ${columnList(manager, ConversationEventEntity, 'e')} FROM ${table} e WHERE ${where} ORDER BY ${order} LIMIT ?`,
      [...parameters, limit],
    );
  } else {
    rows = await manager.query(
      `SELECT * FROM (SELECT ${columnList(manager, ConversationEventEntity, 'e')}, ROW_NUMBER() OVER (PARTITION BY ${q('customerId')} ORDER BY ${order}) AS rn FROM ${table} e WHERE ${where}) ranked WHERE rn <= ? ORDER BY rn`,
      [...parameters, limit],
    );
  }
  for (const event of hydrateRows(manager, ConversationEventEntity, rows))
    byCustomer.get(event.customerId)?.push(event);
  return byCustomer;
}

/** Number of events per customer matching `criteria` (one GROUP BY statement). */
export async function countEventsByCustomerIds(
  manager: EntityManager,
  customerIds: readonly string[],
  criteria: EventCriteria,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(customerIds.map((id) => [id, 0]));
  if (customerIds.length === 0) return counts;
  const filter = criteriaSql(manager, criteria, 'e');
  const customerId = `e.${quote(manager, 'customerId')}`;
  const rows: Array<{ customerId: string; n: number | string }> = await manager.query(
    `SELECT ${customerId} AS ${quote(manager, 'customerId')}, COUNT(*) AS n FROM ${tableName(manager, ConversationEventEntity)} e WHERE ${customerId} IN (${placeholders(customerIds.length)})${filter.sql} GROUP BY ${customerId}`,
    [...customerIds, ...filter.parameters],
  );
  for (const row of rows) counts.set(row.customerId, Number(row.n));
  return counts;
}

export async function findEventBySourceAndExternalId(
  manager: EntityManager,
  source: string,
  externalId: string,
): Promise<ConversationEventEntity | null> {
  return manager.findOneBy(ConversationEventEntity, { source, externalId });
}

/** Appends one event (the unique (source, externalId) key rejects a duplicate). */
export async function insertConversationEvent(
  manager: EntityManager,
  event: Omit<ConversationEventEntity, 'id'> & { id?: string },
): Promise<ConversationEventEntity> {
  const entity = manager.create(ConversationEventEntity, { ...event, id: event.id ?? randomUUID() });
  await manager.insert(ConversationEventEntity, entity);
  return entity;
}
