import { type EntityManager } from 'typeorm';
import { BatchDecisionEntity } from '../entities/batch-decision.entity';
import { ConsentEntity } from '../entities/consent.entity';
import { ConversationEventEntity } from '../entities/conversation-event.entity';
import { CustomerEntity } from '../entities/customer.entity';
import { IdentityBlockKeyEntity } from '../entities/identity-block-key.entity';
import { IdentityEntity } from '../entities/identity.entity';
import { IdentityLinkEventEntity } from '../entities/identity-link-event.entity';
import { InteractionEntity } from '../entities/interaction.entity';
import { RecommendationEntity } from '../entities/recommendation.entity';
import { TransactionEntity } from '../entities/transaction.entity';
import { deleteBatchDecisionsOf } from './batch-decision.repository';
import { execute, quote, tableName, toParameter } from './sql-helpers';

/** Everything held about one customer, row by row (for a data-subject access request). */
export interface CustomerDataExport {
  customer: CustomerEntity;
  identities: IdentityEntity[];
  conversationEvents: ConversationEventEntity[];
  transactions: TransactionEntity[];
  consents: ConsentEntity[];
  recommendations: RecommendationEntity[];
  /** The batch refresh's current decisions, one per outbound channel, in one row (recommendations packed). */
  batchDecisions: BatchDecisionEntity[];
  interactions: InteractionEntity[];
  identityLinkEvents: IdentityLinkEventEntity[];
}

export async function exportCustomerData(
  manager: EntityManager,
  customerId: string,
): Promise<CustomerDataExport | null> {
  const customer = await manager.findOneBy(CustomerEntity, { id: customerId });
  if (!customer) return null;
  const [
    identities,
    conversationEvents,
    transactions,
    consents,
    recommendations,
    batchDecisions,
    interactions,
    from,
    to,
  ] = await Promise.all([
    manager.find(IdentityEntity, { where: { customerId }, order: { createdAt: 'ASC' } }),
    manager.find(ConversationEventEntity, { where: { customerId }, order: { occurredAt: 'ASC' } }),
    manager.find(TransactionEntity, { where: { customerId }, order: { occurredAt: 'ASC' } }),
    manager.find(ConsentEntity, { where: { customerId } }),
    manager.find(RecommendationEntity, { where: { customerId }, order: { generatedAt: 'ASC' } }),
    manager.find(BatchDecisionEntity, { where: { customerId } }),
    manager.find(InteractionEntity, { where: { customerId }, order: { occurredAt: 'ASC' } }),
    manager.find(IdentityLinkEventEntity, { where: { fromCustomerId: customerId } }),
    manager.find(IdentityLinkEventEntity, { where: { toCustomerId: customerId } }),
  ]);
  const linkEvents = new Map([...from, ...to].map((e) => [e.id, e]));
  return {
    customer,
    identities,
    conversationEvents,
    transactions,
    consents,
    recommendations,
    batchDecisions,
    interactions,
    identityLinkEvents: [...linkEvents.values()],
  };
}

export interface ErasureResult {
  identitiesDeleted: number;
  eventsAnonymised: number;
}

/**
 * Removes a customer's personal data; run it inside a transaction. The golden record keeps its
 * id, segment and value figures (aggregates), loses every personal field; source records and their
 * blocking keys are deleted; events and transactions stay (counts, amounts, channels) without free
 * text; merge/split evidence (which can hold an absorbed golden record) is dropped.
 */
export async function erasePersonalData(manager: EntityManager, customerId: string, at: Date): Promise<ErasureResult> {
  const q = (name: string) => quote(manager, name);
  const atValue = toParameter(manager, CustomerEntity, 'updatedAt', at);
  await execute(
    manager,
    `UPDATE ${tableName(manager, CustomerEntity)} SET ${[
      'firstName',
      'lastName',
      'email',
      'phone',
      'dateOfBirth',
      'addressLine',
      'postcode',
      'city',
    ]
      .map((c) => `${q(c)} = NULL`)
      .join(
        ', ',
      )}, ${q('erasedAt')} = ?, ${q('updatedAt')} = ?, ${q('version')} = ${q('version')} + 1 WHERE ${q('id')} = ?`,
    [atValue, atValue, customerId],
  );
  // An erased customer is no longer refreshed (or contacted): drop the outbound batch decisions too.
  await deleteBatchDecisionsOf(manager, customerId);
  await execute(manager, `DELETE FROM ${tableName(manager, IdentityBlockKeyEntity)} WHERE ${q('customerId')} = ?`, [
    customerId,
  ]);
  const identitiesDeleted = await execute(
    manager,
    `DELETE FROM ${tableName(manager, IdentityEntity)} WHERE ${q('customerId')} = ?`,
    [customerId],
  );
  const eventsAnonymised = await execute(
    manager,
    `UPDATE ${tableName(manager, ConversationEventEntity)} SET ${q('summary')} = NULL, ${q('identityId')} = NULL WHERE ${q('customerId')} = ?`,
    [customerId],
  );
  await execute(
    manager,
    `UPDATE ${tableName(manager, IdentityLinkEventEntity)} SET ${q('evidence')} = NULL WHERE ${q('fromCustomerId')} = ? OR ${q('toCustomerId')} = ?`,
    [customerId, customerId],
  );
  return { identitiesDeleted, eventsAnonymised };
}
