import { CustomerEntity, upsertConsent } from '@rapport/data-access';
import { Consent, UpdateConsentInput } from '@rapport/graphql-schema';
import { RapportError } from '@rapport/shared-util';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { INTERACTION_RECORDERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { toConsent } from '../mappers/to-graphql';

@Resolver()
export class ConsentResolver {
  @Authorized(...INTERACTION_RECORDERS)
  @Mutation(() => Consent, {
    description: 'Grants or withdraws consent to contact a customer on a channel for a purpose.',
  })
  async updateConsent(
    @Arg('input', () => UpdateConsentInput) input: UpdateConsentInput,
    @Ctx() context: GatewayContext,
  ): Promise<Consent> {
    const consent = await context.dataSource.transaction(async (manager) => {
      const customer = await manager.findOneBy(CustomerEntity, { id: input.customerId });
      if (!customer) throw new RapportError('NOT_FOUND', `no customer with id ${input.customerId}`, 'input.customerId');
      return upsertConsent(manager, {
        customerId: input.customerId,
        channel: input.channel,
        purpose: input.purpose,
        status: input.status,
        source: input.source ?? 'gateway',
        updatedAt: context.now,
      });
    });
    return toConsent(consent);
  }
}
