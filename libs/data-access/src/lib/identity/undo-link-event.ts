import { RapportError } from '@rapport/shared-util';
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
import { placeholders, quote, tableName } from '../repositories/sql-helpers';
import { reassignCustomerRows, reassignRows, reviveRow, type RowSnapshot } from './link-rows';
import { type MergeUndoState } from './merge-customers';
import { type SplitUndoState } from './split-identity';

async function requireVersion(manager: EntityManager, customerId: string, version: number): Promise<void> {
  const customer = await manager.findOne(CustomerEntity, { where: { id: customerId } });
  if (!customer || customer.version !== version) {
    // Restoring an older golden record over later changes would lose them silently.
    throw new RapportError(
      'CONFLICT',
      `customer ${customerId} changed after this link event; undo the later events first`,
    );
  }
}

/** Writes every column of a customer snapshot back over the current row. */
async function restoreCustomer(manager: EntityManager, snapshot: RowSnapshot): Promise<void> {
  const row = reviveRow(manager, CustomerEntity, snapshot);
  await manager.update(CustomerEntity, { id: row.id }, row);
}

async function undoMerge(manager: EntityManager, event: IdentityLinkEventEntity, undo: MergeUndoState): Promise<void> {
  const { fromCustomerId: from, toCustomerId: to, identityIds } = event;
  await requireVersion(manager, to, undo.toVersionAfter);
  await bulkInsert(manager, CustomerEntity, [reviveRow(manager, CustomerEntity, undo.fromCustomer)]);
  await reassignRows(manager, IdentityEntity, from, 'id', identityIds);
  await reassignRows(manager, IdentityBlockKeyEntity, from, 'identityId', identityIds);
  // The timeline follows the identities, including events recorded on them since the merge.
  await reassignRows(manager, ConversationEventEntity, from, 'identityId', identityIds, to);
  await reassignRows(manager, ConversationEventEntity, from, 'id', undo.eventIds, to);
  await reassignRows(manager, TransactionEntity, from, 'id', undo.transactionIds, to);
  await reassignRows(manager, RecommendationEntity, from, 'id', undo.recommendationIds, to);
  await reassignRows(manager, InteractionEntity, from, 'id', undo.interactionIds, to);
  await reassignRows(manager, ConsentEntity, from, 'id', undo.consentIds, to);
  await bulkInsert(
    manager,
    ConsentEntity,
    undo.deletedConsents.map((c) => reviveRow(manager, ConsentEntity, c)),
  );
  await restoreCustomer(manager, undo.toCustomerBefore);
}

async function undoSplit(manager: EntityManager, event: IdentityLinkEventEntity, undo: SplitUndoState): Promise<void> {
  const { fromCustomerId: from, toCustomerId: to } = event;
  const [identityId] = event.identityIds;
  await requireVersion(manager, from, undo.fromVersionAfter);
  const q = (name: string) => quote(manager, name);
  const others = (await manager.query(
    `SELECT COUNT(*) AS n FROM ${tableName(manager, IdentityEntity)} WHERE ${q('customerId')} = ? AND ${q('id')} NOT IN (${placeholders(1)})`,
    [to, identityId],
  )) as Array<{ n: number | string }>;
  if (Number(others[0].n) > 0)
    throw new RapportError(
      'CONFLICT',
      `customer ${to} gained other identities since the split; split or merge them first`,
    );
  await manager.update(
    IdentityEntity,
    { id: identityId },
    { customerId: from, matchEvidence: undo.identityMatchEvidence },
  );
  await reassignRows(manager, IdentityBlockKeyEntity, from, 'identityId', [identityId]);
  // Everything the split-off customer gathered (its events, and any purchase, consent or
  // outcome recorded on it since) goes back with it.
  for (const target of [
    ConversationEventEntity,
    TransactionEntity,
    RecommendationEntity,
    InteractionEntity,
    ConsentEntity,
  ]) {
    await reassignCustomerRows(manager, target, to, from);
  }
  await manager.delete(CustomerEntity, { id: to });
  await restoreCustomer(manager, undo.fromCustomerBefore);
}

/**
 * Undoes a merge or split recorded in identity_link_events, in the caller's transaction,
 * restoring customers, identities, block keys and every moved row exactly as they were; the
 * event is kept and marked `undoneAt` (the audit trail keeps both). Refused with CONFLICT when
 * the customers changed since (a later merge, split or golden-record update): undo those first.
 */
export async function undoLinkEvent(
  manager: EntityManager,
  linkEventId: string,
  actor: string,
  now = new Date(),
): Promise<IdentityLinkEventEntity> {
  const event = await manager.findOne(IdentityLinkEventEntity, { where: { id: linkEventId } });
  if (!event) throw new RapportError('NOT_FOUND', `no link event ${linkEventId}`, 'linkEventId');
  if (event.undoneAt) throw new RapportError('CONFLICT', `link event ${linkEventId} was already undone`, 'linkEventId');
  const undo = event.evidence?.['undo'];
  if (!undo) throw new RapportError('CONFLICT', `link event ${linkEventId} carries no undo state`, 'linkEventId');
  if (event.kind === 'merge') await undoMerge(manager, event, undo as MergeUndoState);
  else await undoSplit(manager, event, undo as SplitUndoState);
  const evidence = { ...event.evidence, undoneBy: actor.slice(0, 100) };
  await manager.update(IdentityLinkEventEntity, { id: linkEventId }, { undoneAt: now, evidence });
  return { ...event, undoneAt: now, evidence };
}
