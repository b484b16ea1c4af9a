import { RapportError, uuidV7 } from '@rapport/shared-util';
import { type EntityManager } from 'typeorm';
import { bulkInsert } from '../bulk-insert';
import { ConsentEntity } from '../entities/consent.entity';
import { ConversationEventEntity } from '../entities/conversation-event.entity';
import { CustomerEntity } from '../entities/customer.entity';
import { IdentityBlockKeyEntity } from '../entities/identity-block-key.entity';
import { IdentityLinkEventEntity } from '../entities/identity-link-event.entity';
import { IdentityEntity } from '../entities/identity.entity';
import { InteractionEntity } from '../entities/interaction.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { TransactionEntity } from '../entities/transaction.entity';
import { deleteBatchDecisionsOf } from '../repositories/batch-decision.repository';
import { findIdentitiesByCustomerIds } from '../repositories/identity.repository';
import { placeholders, quote, tableName } from '../repositories/sql-helpers';
import { goldenRecordOf } from './golden-record';
import {
  idsOfCustomer,
  MAX_LINK_EVIDENCE_BYTES,
  reassignCustomerRows,
  reassignRows,
  type RowSnapshot,
  snapshotRow,
} from './link-rows';

/** What a merge records so `undoLinkEvent` can restore the state exactly. */
export interface MergeUndoState {
  fromCustomer: RowSnapshot;
  toCustomerBefore: RowSnapshot;
  toVersionAfter: number;
  /** Events of `from` not carried by one of its identities (those follow their identity). */
  eventIds: string[];
  transactionIds: string[];
  recommendationIds: string[];
  interactionIds: string[];
  /** Consents of `from` that moved; conflicting ones lost by either side were deleted. */
  consentIds: string[];
  deletedConsents: RowSnapshot[];
}

async function loadCustomer(manager: EntityManager, id: string): Promise<CustomerEntity> {
  const customer = await manager.findOne(CustomerEntity, { where: { id } });
  if (!customer) throw new RapportError('NOT_FOUND', `no customer ${id}`, 'customerId');
  return customer;
}

/** The surviving consent of two for one channel and purpose: latest decision, then denial. */
function consentWinner(a: ConsentEntity, b: ConsentEntity): ConsentEntity {
  const byTime = a.updatedAt.getTime() - b.updatedAt.getTime();
  if (byTime !== 0) return byTime > 0 ? a : b;
  if (a.status !== b.status) return a.status === 'denied' ? a : b;
  return b;
}

/**
 * Merges customer `fromCustomerId` into `toCustomerId` in the caller's transaction: its
 * identities (and their block keys), its conversation events, transactions, recommendations,
 * interactions and consents move to `to`; two consents for one channel and purpose keep the
 * latest decision (a denial on a tie); `from` is deleted and `to`'s golden record re-derived
 * by survivorship. One identity_link_events row records the evidence and everything needed to
 * undo it exactly ({@link undoLinkEvent}). Returns that row.
 *
 * The undo state lists the moved row ids; it must fit the evidence column (64 KiB on MySQL),
 * about 1,500 rows — a bigger merge is refused with CONFLICT rather than made irreversible.
 */
export async function mergeCustomers(
  manager: EntityManager,
  fromCustomerId: string,
  toCustomerId: string,
  actor: string,
  evidence: Record<string, unknown> | null = null,
  now = new Date(),
): Promise<IdentityLinkEventEntity> {
  if (fromCustomerId === toCustomerId)
    throw new RapportError('BAD_USER_INPUT', 'cannot merge a customer into itself', 'toCustomerId');
  const from = await loadCustomer(manager, fromCustomerId);
  const to = await loadCustomer(manager, toCustomerId);
  const identities = await findIdentitiesByCustomerIds(manager, [fromCustomerId, toCustomerId]);
  const identityIds = identities.filter((i) => i.customerId === fromCustomerId).map((i) => i.id);
  const q = (name: string) => quote(manager, name);

  const untrackedEvents = (await manager.query(
    `SELECT ${q('id')} AS id FROM ${tableName(manager, ConversationEventEntity)} WHERE ${q('customerId')} = ?` +
      (identityIds.length > 0
        ? ` AND (${q('identityId')} IS NULL OR ${q('identityId')} NOT IN (${placeholders(identityIds.length)}))`
        : '') +
      ` ORDER BY ${q('id')}`,
    [fromCustomerId, ...identityIds],
  )) as Array<{ id: string }>;
  const consents = await manager.find(ConsentEntity, {
    where: [{ customerId: fromCustomerId }, { customerId: toCustomerId }],
    order: { id: 'ASC' },
  });
  const bySlot = new Map<string, ConsentEntity>();
  const losers: ConsentEntity[] = [];
  for (const consent of consents) {
    const slot = `${consent.channel}\u0000${consent.purpose}`;
    const other = bySlot.get(slot);
    if (!other) bySlot.set(slot, consent);
    else {
      const winner = consentWinner(other, consent);
      losers.push(winner === other ? consent : other);
      bySlot.set(slot, winner);
    }
  }
  const loserIds = new Set(losers.map((c) => c.id));
  const golden = goldenRecordOf(identities);
  const undo: MergeUndoState = {
    fromCustomer: snapshotRow(from),
    toCustomerBefore: snapshotRow(to),
    toVersionAfter: to.version + 1,
    eventIds: untrackedEvents.map((e) => e.id),
    transactionIds: await idsOfCustomer(manager, TransactionEntity, fromCustomerId),
    recommendationIds: await idsOfCustomer(manager, RecommendationEntity, fromCustomerId),
    interactionIds: await idsOfCustomer(manager, InteractionEntity, fromCustomerId),
    consentIds: consents.filter((c) => c.customerId === fromCustomerId && !loserIds.has(c.id)).map((c) => c.id),
    deletedConsents: losers.map(snapshotRow),
  };
  const event: IdentityLinkEventEntity = {
    id: uuidV7(),
    kind: 'merge',
    fromCustomerId,
    toCustomerId,
    identityIds,
    evidence: { match: evidence, undo: undo as unknown as Record<string, unknown> },
    actor: actor.slice(0, 100),
    createdAt: now,
    undoneAt: null,
  };
  const bytes = Buffer.byteLength(JSON.stringify(event.evidence));
  if (bytes > MAX_LINK_EVIDENCE_BYTES) {
    throw new RapportError(
      'CONFLICT',
      `merge too large to record reversibly (${bytes} bytes of undo state); split the work or archive old rows first`,
    );
  }

  await reassignRows(manager, IdentityEntity, toCustomerId, 'id', identityIds);
  await reassignRows(manager, IdentityBlockKeyEntity, toCustomerId, 'identityId', identityIds);
  for (const target of [ConversationEventEntity, TransactionEntity, RecommendationEntity, InteractionEntity]) {
    await reassignCustomerRows(manager, target, fromCustomerId, toCustomerId);
  }
  // Both batch decisions were made without the other customer's history (a complaint on one must
  // silence selling to both): drop them; the next incremental refresh decides for the merged
  // customer, whose identities changed. Derived data, so an undo does not restore them either.
  await deleteBatchDecisionsOf(manager, fromCustomerId);
  await deleteBatchDecisionsOf(manager, toCustomerId);
  if (losers.length > 0) await manager.delete(ConsentEntity, [...loserIds]);
  await reassignCustomerRows(manager, ConsentEntity, fromCustomerId, toCustomerId);
  await manager.delete(CustomerEntity, { id: fromCustomerId });
  await manager.update(
    CustomerEntity,
    { id: toCustomerId },
    { ...golden, version: undo.toVersionAfter, updatedAt: now },
  );
  await bulkInsert(manager, IdentityLinkEventEntity, [event]);
  return event;
}
