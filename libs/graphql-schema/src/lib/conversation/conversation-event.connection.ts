import { Connection } from '../pagination/connection.type';
import { ConversationEvent } from './conversation-event.type';

export const ConversationEventConnection = Connection(ConversationEvent, 'ConversationEvent');
export type ConversationEventConnection = InstanceType<typeof ConversationEventConnection>;
