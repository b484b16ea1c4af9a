import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, moneyColumn, timestampColumn } from './column-types';

export const CONVERSATION_CHANNELS = ['call_center', 'web', 'app', 'whatsapp', 'email', 'store', 'sms'] as const;
export const CONVERSATION_EVENT_KINDS = [
  'purchase',
  'complaint',
  'complaint_resolved',
  'inquiry',
  'service_request',
  'service_resolved',
  'offer_presented',
  'offer_accepted',
  'offer_rejected',
  'page_view',
  'message',
] as const;
export type ConversationEventKind = (typeof CONVERSATION_EVENT_KINDS)[number];

/** One turn of the customer's one continuous conversation. Append-only. */
@Entity('conversation_events')
@Index('idx_events_customer_time', ['customerId', 'occurredAt'])
@Index('idx_events_created', ['createdAt'])
@Index('uq_events_source_external', ['source', 'externalId'], { unique: true })
export class ConversationEventEntity {
  @PrimaryColumn(idColumn)
  id!: string;

  @Column(idColumn)
  customerId!: string;

  @Column({ ...idColumn, nullable: true })
  identityId!: string | null;

  /** The system that reported the event; with externalId it makes recording idempotent. */
  @Column({ type: 'varchar', length: 32 })
  source!: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  externalId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  channel!: string;

  @Column({ type: 'varchar', length: 8 })
  direction!: 'inbound' | 'outbound';

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  /** Open-topic key, e.g. "billing"; a complaint opens it, a complaint_resolved closes it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  topic!: string | null;

  @Column(timestampColumn)
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  summary!: string | null;

  /** -1 (angry) .. 1 (delighted). */
  @Column({ type: 'double', nullable: true })
  sentiment!: number | null;

  @Column({ ...moneyColumn, nullable: true })
  amount!: number | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  agent!: string | null;

  @Column({ ...idColumn, nullable: true })
  offerId!: string | null;

  @Column({ ...idColumn, nullable: true })
  recommendationId!: string | null;

  @Column(timestampColumn)
  createdAt!: Date;
}
