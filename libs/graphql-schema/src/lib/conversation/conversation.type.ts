import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { ConversationEventKind } from '../enums/conversation-event-kind.enum';
import { MoodTrend } from '../enums/mood-trend.enum';

@ObjectType({
  simpleResolvers: true,
  description: 'An unresolved topic: a complaint or service request not yet resolved.',
})
export class OpenTopic {
  @Field()
  topic!: string;

  @Field(() => ConversationEventKind, { description: 'COMPLAINT or SERVICE_REQUEST.' })
  kind!: ConversationEventKind;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => DateTimeResolver)
  openedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'Mean sentiment of recent contacts and its direction.' })
export class Mood {
  @Field(() => Float, {
    nullable: true,
    description: 'Mean sentiment (-1..1) of the last 30 days; null without rated contacts.',
  })
  score!: number | null;

  @Field(() => MoodTrend)
  trend!: MoodTrend;
}

@ObjectType({ simpleResolvers: true, description: 'Contact pressure on one channel.' })
export class ChannelContactCount {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Int)
  last7Days!: number;

  @Field(() => Int)
  last30Days!: number;
}

/**
 * The customer's one continuous dialog. `events` and the derived state (open topics, mood, last
 * contact, quiet-until, contact counts, computed from recent events) are resolved by the gateway.
 */
@ObjectType({ simpleResolvers: true })
export class Conversation {
  @Field(() => ID)
  customerId!: string;

  @Field(() => [OpenTopic])
  openTopics!: OpenTopic[];

  @Field(() => Mood)
  mood!: Mood;

  @Field(() => DateTimeResolver, { nullable: true })
  lastContactAt!: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'No outbound selling before this time (after a complaint).',
  })
  quietUntil!: Date | null;

  @Field(() => [ChannelContactCount], { description: 'Contacts per channel over the last 7 and 30 days.' })
  contactCounts!: ChannelContactCount[];
}
