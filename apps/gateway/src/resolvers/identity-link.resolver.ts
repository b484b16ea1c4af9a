import { mergeCustomers, splitIdentity, undoLinkEvent, type IdentityLinkEventEntity } from '@rapport/data-access';
import { IdentityLinkEvent } from '@rapport/graphql-schema';
import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { PRIVACY_OFFICERS } from '../auth/roles';
import { requireCaller, type GatewayContext } from '../context';

function toLinkEvent(entity: IdentityLinkEventEntity): IdentityLinkEvent {
  // The undo state stays server-side: it holds the absorbed records' personal data.
  const { undo: _undo, ...evidence } = (entity.evidence ?? {}) as Record<string, unknown>;
  return {
    id: entity.id,
    kind: entity.kind,
    fromCustomerId: entity.fromCustomerId,
    toCustomerId: entity.toCustomerId,
    identityIds: entity.identityIds,
    actor: entity.actor,
    createdAt: entity.createdAt,
    undoneAt: entity.undoneAt,
    evidence,
  };
}

/** Admin corrections of identity resolution: merge, split, and undo either (design §3). */
@Resolver()
export class IdentityLinkResolver {
  @Authorized(...PRIVACY_OFFICERS)
  @Mutation(() => IdentityLinkEvent, {
    description:
      'Moves every identity, event, purchase, consent and recommendation of one customer to another. Undoable.',
  })
  async mergeCustomers(
    @Arg('fromCustomerId', () => ID) fromCustomerId: string,
    @Arg('toCustomerId', () => ID) toCustomerId: string,
    @Arg('evidence', () => JSONObjectResolver, { nullable: true, validate: false })
    evidence: Record<string, unknown> | null,
    @Ctx() context: GatewayContext,
  ): Promise<IdentityLinkEvent> {
    const actor = requireCaller(context).subject;
    const event = await context.dataSource.transaction((manager) =>
      mergeCustomers(manager, fromCustomerId, toCustomerId, actor, evidence, context.now),
    );
    return toLinkEvent(event);
  }

  @Authorized(...PRIVACY_OFFICERS)
  @Mutation(() => IdentityLinkEvent, {
    description: 'Moves one source record (and the timeline it brought) to a new customer of its own. Undoable.',
  })
  async splitIdentity(
    @Arg('identityId', () => ID) identityId: string,
    @Ctx() context: GatewayContext,
  ): Promise<IdentityLinkEvent> {
    const actor = requireCaller(context).subject;
    const event = await context.dataSource.transaction((manager) =>
      splitIdentity(manager, identityId, actor, context.now),
    );
    return toLinkEvent(event);
  }

  @Authorized(...PRIVACY_OFFICERS)
  @Mutation(() => IdentityLinkEvent, { description: 'Restores the state before a merge or split exactly.' })
  async undoIdentityLink(
    @Arg('linkEventId', () => ID) linkEventId: string,
    @Ctx() context: GatewayContext,
  ): Promise<IdentityLinkEvent> {
    const actor = requireCaller(context).subject;
    const event = await context.dataSource.transaction((manager) =>
      undoLinkEvent(manager, linkEventId, actor, context.now),
    );
    return toLinkEvent(event);
  }
}
