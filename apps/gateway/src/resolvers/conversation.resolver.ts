import {
  ChannelContactCount,
  ConnectionArgs,
  Conversation,
  ConversationEvent,
  ConversationEventConnection,
  ConversationEventFilter,
  Mood,
  Offer,
  OpenTopic,
} from '@rapport/graphql-schema';
import { DateTimeResolver } from 'graphql-scalars';
import { RapportError } from '@rapport/shared-util';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type GatewayContext } from '../context';
import { loadConversationSummary } from '../conversation/conversation-object';
import { toConversationEvent, toOffer } from '../mappers/to-graphql';
import { buildConnection } from '../pagination/build-connection';
import { checkPageSize } from '../pagination/check-page-size';
import { decodeEventCursor, eventCursor } from '../pagination/cursor';

@Resolver(() => Conversation)
export class ConversationResolver {
  @FieldResolver(() => [OpenTopic])
  async openTopics(@Root() conversation: Conversation, @Ctx() context: GatewayContext): Promise<OpenTopic[]> {
    return (await loadConversationSummary(conversation.customerId, context)).openTopics;
  }

  @FieldResolver(() => Mood)
  async mood(@Root() conversation: Conversation, @Ctx() context: GatewayContext): Promise<Mood> {
    return (await loadConversationSummary(conversation.customerId, context)).mood;
  }

  @FieldResolver(() => DateTimeResolver, { nullable: true })
  async lastContactAt(@Root() conversation: Conversation, @Ctx() context: GatewayContext): Promise<Date | null> {
    return (await loadConversationSummary(conversation.customerId, context)).lastContactAt;
  }

  @FieldResolver(() => DateTimeResolver, { nullable: true })
  async quietUntil(@Root() conversation: Conversation, @Ctx() context: GatewayContext): Promise<Date | null> {
    return (await loadConversationSummary(conversation.customerId, context)).quietUntil;
  }

  @FieldResolver(() => [ChannelContactCount])
  async contactCounts(
    @Root() conversation: Conversation,
    @Ctx() context: GatewayContext,
  ): Promise<ChannelContactCount[]> {
    return (await loadConversationSummary(conversation.customerId, context)).contactCounts;
  }

  @FieldResolver(() => ConversationEventConnection, {
    description: 'The timeline, newest first; filter by channel, kind and time.',
  })
  async events(
    @Root() conversation: Conversation,
    @Arg('filter', () => ConversationEventFilter, { nullable: true }) filter: ConversationEventFilter | null,
    @Args(() => ConnectionArgs, { validate: false }) { first, after }: ConnectionArgs,
    @Ctx() context: GatewayContext,
  ): Promise<ConversationEventConnection> {
    checkPageSize(first);
    const criteria = {
      channels: filter?.channels ?? null,
      kinds: filter?.kinds ?? null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
    };
    if (criteria.from && criteria.to && criteria.from.getTime() >= criteria.to.getTime()) {
      throw new RapportError('BAD_USER_INPUT', 'filter.from must be before filter.to', 'filter.from');
    }
    const cursor = decodeEventCursor(after);
    const rows = await context.loaders.eventsPageByCustomer.load({
      customerId: conversation.customerId,
      criteria,
      cursor,
      limit: first + 1,
    });
    return buildConnection(
      rows.map(toConversationEvent),
      first,
      (event) => eventCursor(event.occurredAt, event.id),
      () => context.loaders.eventCountByCustomer.load({ customerId: conversation.customerId, criteria }),
      cursor !== null,
    );
  }
}

@Resolver(() => ConversationEvent)
export class ConversationEventResolver {
  @FieldResolver(() => Offer, { nullable: true, description: 'The offer this event is about, if any.' })
  async offer(@Root() event: ConversationEvent, @Ctx() context: GatewayContext): Promise<Offer | null> {
    if (!event.offerId) return null;
    const offer = await context.loaders.offerById.load(event.offerId);
    return offer ? toOffer(offer) : null;
  }
}
