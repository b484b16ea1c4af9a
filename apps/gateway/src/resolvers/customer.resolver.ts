import {
  countCustomers,
  type CustomerSortOrder,
  findCustomerIdsByIdentifier,
  searchCustomers,
} from '@rapport/data-access';
import {
  Channel,
  ConnectionArgs,
  Consent,
  Conversation,
  Customer,
  CustomerConnection,
  CustomerFilter,
  CustomerOrder,
  CustomerValue,
  IdentifierKind,
  IdentityConnection,
  RecommendationConnection,
  TransactionConnection,
} from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { READERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { createConversation } from '../conversation/conversation-object';
import { normaliseIdentifiers } from '../conversation/record-interaction.service';
import { normaliseEmail, normalisePhone } from '@rapport/identity-resolution';
import {
  toConsent,
  toCustomer,
  toCustomerValue,
  toIdentity,
  toRecommendation,
  toTransaction,
} from '../mappers/to-graphql';
import { connectionFromArray, connectionFromOffsetPage } from '../pagination/build-connection';
import { checkPageSize } from '../pagination/check-page-size';
import { offsetAfter } from '../pagination/cursor';

/** Loads a customer through the request's loader; unknown id → NOT_FOUND. */
export async function loadCustomer(context: GatewayContext, id: string, field = 'id'): Promise<Customer> {
  const entity = await context.loaders.customerById.load(id);
  if (!entity) throw new RapportError('NOT_FOUND', `no customer with id ${id}`, field);
  return toCustomer(entity, context.unmasked);
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(...READERS)
  @Query(() => Customer, { description: 'One customer by id (NOT_FOUND if unknown).' })
  customer(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<Customer> {
    return loadCustomer(context, id);
  }

  @Authorized(...READERS)
  @Query(() => Customer, {
    nullable: true,
    description:
      'The customer an email, phone or source key names (normalised as identity resolution does); null if none.',
  })
  async customerByIdentifier(
    @Arg('kind', () => IdentifierKind) kind: IdentifierKind,
    @Arg('value') value: string,
    @Arg('source', () => String, { nullable: true }) source: string | null,
    @Ctx() context: GatewayContext,
  ): Promise<Customer | null> {
    if (value.length > 254) throw new RapportError('BAD_USER_INPUT', 'value is longer than 254 characters', 'value');
    const [identifier] = normaliseIdentifiers([{ kind, value, source }], 'identifier');
    const [id] = await findCustomerIdsByIdentifier(context.dataSource.manager, identifier);
    return id ? loadCustomer(context, id) : null;
  }

  @Authorized(...READERS)
  @Query(() => CustomerConnection, { description: 'Customers matching a filter, in the given order.' })
  async customers(
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter: CustomerFilter | null,
    @Arg('orderBy', () => CustomerOrder, { defaultValue: CustomerOrder.VALUE_DESC }) orderBy: CustomerOrder,
    @Args(() => ConnectionArgs, { validate: false }) { first, after }: ConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<CustomerConnection> {
    checkPageSize(first);
    const search = filter?.search?.trim() ?? '';
    const criteria = {
      nameWords: search && !search.includes('@') && !/^\+?[\d\s()-]+$/.test(search) ? search.split(/\s+/) : [],
      email: search.includes('@') ? normaliseEmail(search) || null : null,
      phone: /\d{5,}/.test(search.replace(/\D/g, '')) ? normalisePhone(search) || null : null,
      segment: filter?.segment ?? null,
      minValue: filter?.minValue ?? null,
      maxValue: filter?.maxValue ?? null,
    };
    if (criteria.minValue !== null && criteria.maxValue !== null && criteria.minValue > criteria.maxValue) {
      throw new RapportError('BAD_USER_INPUT', 'minValue must not exceed maxValue', 'filter.minValue');
    }
    const offset = offsetAfter(after);
    const manager = context.dataSource.manager;
    const rows = await searchCustomers(manager, criteria, orderBy as CustomerSortOrder, offset, first + 1);
    for (const row of rows) context.loaders.customerById.prime(row.id, row);
    return connectionFromOffsetPage(
      rows.map((row) => toCustomer(row, context.unmasked)),
      first,
      offset,
      () => countCustomers(manager, criteria),
    );
  }

  @FieldResolver(() => [Consent])
  async consents(@Root() customer: Customer, @Ctx() context: GatewayContext): Promise<Consent[]> {
    return (await context.loaders.consentsByCustomer.load(customer.id)).map(toConsent);
  }

  @FieldResolver(() => IdentityConnection, { description: 'The source records linked to this customer, oldest first.' })
  async identities(
    @Root() customer: Customer,
    @Args(() => ConnectionArgs, { validate: false }) { first, after }: ConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<IdentityConnection> {
    checkPageSize(first);
    const all = await context.loaders.identitiesByCustomer.load(customer.id);
    return connectionFromArray(
      all.map((identity) => toIdentity(identity, context.unmasked)),
      first,
      offsetAfter(after),
    );
  }

  @FieldResolver(() => Conversation, { description: 'The customer’s one continuous conversation.' })
  conversation(@Root() customer: Customer): Conversation {
    return createConversation(customer.id);
  }

  @FieldResolver(() => CustomerValue, {
    nullable: true,
    description: 'CLV figures; null until the customer is scored.',
  })
  async value(@Root() customer: Customer, @Ctx() context: GatewayContext): Promise<CustomerValue | null> {
    const entity = await context.loaders.customerById.load(customer.id);
    return entity ? toCustomerValue(entity) : null;
  }

  @FieldResolver(() => RecommendationConnection, {
    description: 'Current (unexpired) recommendations, newest decision first, by rank.',
  })
  async recommendations(
    @Root() customer: Customer,
    @Arg('channel', () => Channel, { nullable: true }) channel: Channel | null,
    @Args(() => ConnectionArgs, { validate: false }) { first, after }: ConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<RecommendationConnection> {
    checkPageSize(first);
    const rows = await context.loaders.recommendationsByCustomer.load({
      customerId: customer.id,
      channel: channel ?? null,
    });
    return connectionFromArray(rows.map(toRecommendation), first, offsetAfter(after));
  }

  @FieldResolver(() => TransactionConnection, { description: 'Purchases, newest first.' })
  async transactions(
    @Root() customer: Customer,
    @Args(() => ConnectionArgs, { validate: false }) { first, after }: ConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<TransactionConnection> {
    checkPageSize(first);
    const offset = offsetAfter(after);
    const rows = await context.loaders.transactionsPageByCustomer.load({
      customerId: customer.id,
      offset,
      limit: first + 1,
    });
    return connectionFromOffsetPage(rows.map(toTransaction), first, offset, () =>
      context.loaders.transactionCountByCustomer.load(customer.id),
    );
  }
}
