import { registerEnumType } from 'type-graphql';

/** What happened in one turn of the conversation (mirrors CONVERSATION_EVENT_KINDS in data-access). */
export enum ConversationEventKind {
  PURCHASE = 'purchase',
  COMPLAINT = 'complaint',
  COMPLAINT_RESOLVED = 'complaint_resolved',
  INQUIRY = 'inquiry',
  SERVICE_REQUEST = 'service_request',
  SERVICE_RESOLVED = 'service_resolved',
  OFFER_PRESENTED = 'offer_presented',
  OFFER_ACCEPTED = 'offer_accepted',
  OFFER_REJECTED = 'offer_rejected',
  PAGE_VIEW = 'page_view',
  MESSAGE = 'message',
}

registerEnumType(ConversationEventKind, { name: 'ConversationEventKind' });
