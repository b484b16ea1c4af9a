import { EraseCustomerPayload } from '@rapport/graphql-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { PRIVACY_OFFICERS } from '../auth/roles';
import { type GatewayContext } from '../context';
import { eraseCustomer, exportCustomer } from '../privacy/privacy.service';

@Resolver()
export class PrivacyResolver {
  @Authorized(...PRIVACY_OFFICERS)
  @Mutation(() => GraphQLJSONObject, {
    description:
      'Everything held about a person, as JSON (admin only; a mutation because a data-subject access request is an audited action).',
  })
  exportCustomerData(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GatewayContext,
  ): Promise<Record<string, unknown>> {
    return exportCustomer(context.dataSource, id);
  }

  @Authorized(...PRIVACY_OFFICERS)
  @Mutation(() => EraseCustomerPayload, {
    description:
      'Erases a person’s personal data across identities, events and link evidence in one transaction (admin only).',
  })
  eraseCustomer(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<EraseCustomerPayload> {
    return eraseCustomer(context.dataSource, id, context.now);
  }
}
