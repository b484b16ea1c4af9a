import { randomUUID } from 'node:crypto';
import {
  type ConversationEventEntity,
  CustomerEntity,
  type CustomerIdentifier,
  findCustomerIdsByIdentifier,
  findEventBySourceAndExternalId,
  IdentityEntity,
  insertConversationEvent,
  isUniqueViolation,
  newCustomerRow,
  OfferEntity,
  findRecommendationById,
} from '@rapport/data-access';
import { IdentifierKind, type IdentifierInput, type RecordInteractionInput } from '@rapport/graphql-schema';
import { MS_PER_DAY, RapportError } from '@rapport/shared-util';
import { type DataSource, type EntityManager } from 'typeorm';
import { normaliseEmail, normalisePhone } from '@rapport/identity-resolution';

export interface RecordInteractionResult {
  event: ConversationEventEntity;
  customer: CustomerEntity;
  created: boolean;
  customerCreated: boolean;
}

/** Normalises identifiers as identity resolution does; an unreadable one is BAD_USER_INPUT. */
export function normaliseIdentifiers(identifiers: readonly IdentifierInput[], field: string): CustomerIdentifier[] {
  return identifiers.map((identifier, i) => {
    const at = `${field}.${i}`;
    if (identifier.kind === IdentifierKind.EMAIL) {
      const value = normaliseEmail(identifier.value);
      if (!value)
        throw new RapportError('BAD_USER_INPUT', `"${identifier.value}" is not an email address`, `${at}.value`);
      return { kind: 'email', value };
    }
    if (identifier.kind === IdentifierKind.PHONE) {
      const value = normalisePhone(identifier.value);
      if (!value)
        throw new RapportError('BAD_USER_INPUT', `"${identifier.value}" is not a phone number`, `${at}.value`);
      return { kind: 'phone', value };
    }
    if (!identifier.source)
      throw new RapportError('BAD_USER_INPUT', 'a SOURCE_KEY identifier needs its source', `${at}.source`);
    return { kind: 'source_key', source: identifier.source, value: identifier.value.trim() };
  });
}

/** Source keys first (exact), then emails, then phones. */
const PRECEDENCE: Record<CustomerIdentifier['kind'], number> = { source_key: 0, email: 1, phone: 2 };

async function resolveCustomer(
  manager: EntityManager,
  identifiers: CustomerIdentifier[],
): Promise<CustomerEntity | null> {
  for (const identifier of [...identifiers].sort((a, b) => PRECEDENCE[a.kind] - PRECEDENCE[b.kind])) {
    for (const id of await findCustomerIdsByIdentifier(manager, identifier)) {
      const customer = await manager.findOneBy(CustomerEntity, { id });
      if (customer && !customer.erasedAt) return customer;
    }
  }
  return null;
}

async function record(
  dataSource: DataSource,
  input: RecordInteractionInput,
  identifiers: CustomerIdentifier[],
  occurredAt: Date,
  now: Date,
): Promise<RecordInteractionResult> {
  return dataSource.transaction(async (manager) => {
    const existing = await findEventBySourceAndExternalId(manager, input.source, input.externalId);
    if (existing) {
      const customer = await manager.findOneByOrFail(CustomerEntity, { id: existing.customerId });
      return { event: existing, customer, created: false, customerCreated: false };
    }
    if (input.offerId && !(await manager.existsBy(OfferEntity, { id: input.offerId }))) {
      throw new RapportError('NOT_FOUND', `no offer with id ${input.offerId}`, 'input.offerId');
    }
    if (input.recommendationId && !(await findRecommendationById(manager, input.recommendationId))) {
      throw new RapportError(
        'NOT_FOUND',
        `no recommendation with id ${input.recommendationId}`,
        'input.recommendationId',
      );
    }

    let customer: CustomerEntity | null;
    let customerCreated = false;
    if (input.customerId) {
      customer = await manager.findOneBy(CustomerEntity, { id: input.customerId });
      if (!customer) throw new RapportError('NOT_FOUND', `no customer with id ${input.customerId}`, 'input.customerId');
      if (customer.erasedAt)
        throw new RapportError('BAD_USER_INPUT', 'this customer was erased on request', 'input.customerId');
    } else {
      customer = await resolveCustomer(manager, identifiers);
    }
    const email = identifiers.find((i) => i.kind === 'email')?.value ?? null;
    const phone = identifiers.find((i) => i.kind === 'phone')?.value ?? null;
    if (!customer) {
      customerCreated = true;
      customer = Object.assign(
        new CustomerEntity(),
        newCustomerRow(
          randomUUID(),
          {
            firstName: input.firstName ?? null,
            lastName: input.lastName ?? null,
            email,
            phone,
            dateOfBirth: null,
            addressLine: null,
            postcode: null,
            city: null,
          },
          now,
          'new',
        ),
      );
      await manager.insert(CustomerEntity, customer);
    }

    // Record the touchpoint as a source record so identity resolution sees it: the given source
    // key, or (for a new customer) one derived from the first identifier.
    const sourceKey = identifiers.find((i) => i.kind === 'source_key');
    const identitySource = sourceKey?.kind === 'source_key' ? sourceKey.source : input.source;
    const identityKey =
      sourceKey?.value ?? (customerCreated && identifiers[0] ? `${identifiers[0].kind}:${identifiers[0].value}` : null);
    let identityId: string | null = null;
    if (identityKey) {
      const known = await manager.findOneBy(IdentityEntity, { source: identitySource, sourceKey: identityKey });
      identityId = known?.id ?? randomUUID();
      if (!known) {
        await manager.insert(IdentityEntity, {
          id: identityId,
          customerId: customer.id,
          source: identitySource,
          sourceKey: identityKey,
          firstName: input.firstName ?? null,
          lastName: input.lastName ?? null,
          email,
          emailNormalized: email,
          phone,
          phoneNormalized: phone,
          dateOfBirth: null,
          addressLine: null,
          postcode: null,
          city: null,
          attributes: null,
          matchEvidence: { score: null, method: customerCreated ? 'new' : 'deterministic' },
          createdAt: now,
          updatedAt: now,
        });
      }
    }

    const event = await insertConversationEvent(manager, {
      customerId: customer.id,
      identityId,
      source: input.source,
      externalId: input.externalId,
      channel: input.channel,
      direction: input.direction,
      kind: input.kind,
      topic: input.topic ?? null,
      occurredAt,
      summary: input.summary ?? null,
      sentiment: input.sentiment ?? null,
      amount: input.amount ?? null,
      agent: input.agent ?? null,
      offerId: input.offerId ?? null,
      recommendationId: input.recommendationId ?? null,
      createdAt: now,
    });
    return { event, customer, created: true, customerCreated };
  });
}

/**
 * Appends a ConversationEvent, idempotent by (source, externalId): a retry returns the event
 * recorded the first time. Two identical calls racing each other: the loser's insert hits the
 * unique key, its transaction rolls back (including any customer it created) and the retry
 * returns the winner's event.
 */
export async function recordInteraction(
  dataSource: DataSource,
  input: RecordInteractionInput,
  now: Date,
): Promise<RecordInteractionResult> {
  if (!input.customerId && (!input.identifiers || input.identifiers.length === 0)) {
    throw new RapportError('BAD_USER_INPUT', 'give a customerId or at least one identifier', 'input.identifiers');
  }
  const identifiers = normaliseIdentifiers(input.identifiers ?? [], 'input.identifiers');
  const occurredAt = input.occurredAt ?? now;
  if (occurredAt.getTime() > now.getTime() + MS_PER_DAY) {
    throw new RapportError('BAD_USER_INPUT', 'occurredAt is more than a day in the future', 'input.occurredAt');
  }
  try {
    return await record(dataSource, input, identifiers, occurredAt, now);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return record(dataSource, input, identifiers, occurredAt, now);
  }
}
