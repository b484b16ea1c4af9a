import { RapportError, uuidV7 } from '@rapport/shared-util';
import { type EntityManager } from 'typeorm';
import { bulkInsert } from '../bulk-insert';
import { ConversationEventEntity } from '../entities/conversation-event.entity';
import { CustomerEntity } from '../entities/customer.entity';
import { IdentityBlockKeyEntity } from '../entities/identity-block-key.entity';
import { IdentityLinkEventEntity } from '../entities/identity-link-event.entity';
import { IdentityEntity, type MatchEvidence } from '../entities/identity.entity';
import { findIdentitiesByCustomerIds } from '../repositories/identity.repository';
import { goldenRecordOf, newCustomerRow } from './golden-record';
import { reassignRows, type RowSnapshot, snapshotRow } from './link-rows';

/** What a split records so `undoLinkEvent` can restore the state exactly. */
export interface SplitUndoState {
  fromCustomerBefore: RowSnapshot;
  fromVersionAfter: number;
  identityMatchEvidence: MatchEvidence | null;
}

/**
 * Detaches one identity from its customer into a new customer, in the caller's transaction:
 * the identity, its block keys and its part of the timeline (the conversation events it
 * carries) move; purchases, consents, recommendations and interactions belong to the person
 * the customer was and stay. The new customer's golden record is the identity's; the old
 * customer's is re-derived from the identities it keeps. The identity's match evidence
 * becomes `manual`. Records an identity_link_events row (kind `split`, from = old customer,
 * to = new) with what {@link undoLinkEvent} needs, and returns it.
 */
export async function splitIdentity(
  manager: EntityManager,
  identityId: string,
  actor: string,
  now = new Date(),
): Promise<IdentityLinkEventEntity> {
  const identity = await manager.findOne(IdentityEntity, { where: { id: identityId } });
  if (!identity) throw new RapportError('NOT_FOUND', `no identity ${identityId}`, 'identityId');
  const from = await manager.findOne(CustomerEntity, { where: { id: identity.customerId } });
  if (!from) throw new RapportError('NOT_FOUND', `identity ${identityId} belongs to no customer`, 'identityId');
  const siblings = await findIdentitiesByCustomerIds(manager, [from.id]);
  const remaining = siblings.filter((i) => i.id !== identityId);
  if (remaining.length === 0)
    throw new RapportError(
      'CONFLICT',
      `identity ${identityId} is its customer's only identity: nothing to split`,
      'identityId',
    );

  const toCustomerId = uuidV7();
  const undo: SplitUndoState = {
    fromCustomerBefore: snapshotRow(from),
    fromVersionAfter: from.version + 1,
    identityMatchEvidence: identity.matchEvidence,
  };
  await bulkInsert(manager, CustomerEntity, [newCustomerRow(toCustomerId, goldenRecordOf([identity]), now)]);
  await manager.update(
    IdentityEntity,
    { id: identityId },
    { customerId: toCustomerId, matchEvidence: { score: null, method: 'manual' } },
  );
  await reassignRows(manager, IdentityBlockKeyEntity, toCustomerId, 'identityId', [identityId]);
  await reassignRows(manager, ConversationEventEntity, toCustomerId, 'identityId', [identityId], from.id);
  await manager.update(
    CustomerEntity,
    { id: from.id },
    { ...goldenRecordOf(remaining), version: undo.fromVersionAfter, updatedAt: now },
  );
  const event: IdentityLinkEventEntity = {
    id: uuidV7(),
    kind: 'split',
    fromCustomerId: from.id,
    toCustomerId,
    identityIds: [identityId],
    evidence: { undo: undo as unknown as Record<string, unknown> },
    actor: actor.slice(0, 100),
    createdAt: now,
    undoneAt: null,
  };
  await bulkInsert(manager, IdentityLinkEventEntity, [event]);
  return event;
}
