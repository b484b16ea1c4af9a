import { type Conversation } from '@rapport/graphql-schema';
import { type GatewayContext } from '../context';
import { type ConversationSummary, deriveConversationSummary } from './derive-conversation-summary';

/** How many of the newest events the derived state looks at. */
export const SUMMARY_EVENT_WINDOW = 200;

/**
 * The Conversation root object: only the customer id. Every other field has a field resolver,
 * so the recent-events query runs only when a derived field is selected (and once for all).
 * (No lazy getters here: type-graphql copies the root into a class instance, reading them all.)
 */
export function createConversation(customerId: string): Conversation {
  return { customerId } as Conversation;
}

/** The derived state of a customer's conversation, through the request's events loader. */
export async function loadConversationSummary(
  customerId: string,
  context: GatewayContext,
): Promise<ConversationSummary> {
  const events = await context.loaders.eventsPageByCustomer.load({
    customerId,
    criteria: {},
    cursor: null,
    limit: SUMMARY_EVENT_WINDOW,
  });
  return deriveConversationSummary(events, context.now);
}
