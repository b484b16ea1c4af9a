import { RecordInteractionInput, RecordInteractionPayload } from '@rapport/graphql-schema';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { INTERACTION_RECORDERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { recordInteraction } from '../conversation/record-interaction.service';
import { toConversationEvent, toCustomer } from '../mappers/to-graphql';

@Resolver()
export class InteractionResolver {
  @Authorized(...INTERACTION_RECORDERS)
  @Mutation(() => RecordInteractionPayload, {
    description:
      'Appends a conversation event for a customer id or for identifiers (resolved, or a new customer). Idempotent by (source, externalId).',
  })
  async recordInteraction(
    @Arg('input', () => RecordInteractionInput) input: RecordInteractionInput,
    @Ctx() context: GatewayContext,
  ): Promise<RecordInteractionPayload> {
    const result = await recordInteraction(context.dataSource, input, context.now);
    context.loaders.customerById.prime(result.customer.id, result.customer);
    return {
      event: toConversationEvent(result.event),
      customer: toCustomer(result.customer, context.unmasked),
      created: result.created,
      customerCreated: result.customerCreated,
    };
  }
}
