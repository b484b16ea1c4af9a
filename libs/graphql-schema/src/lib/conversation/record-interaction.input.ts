import { DateTimeResolver } from 'graphql-scalars';
import { ArrayMaxSize, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { ConversationEventKind } from '../enums/conversation-event-kind.enum';
import { Direction } from '../enums/direction.enum';
import { IdentifierInput } from '../identity/identifier.input';

@InputType({ description: 'One contact to append to a customer’s conversation. Give customerId or identifiers.' })
export class RecordInteractionInput {
  @Field(() => ID, { nullable: true })
  @MaxLength(36)
  customerId?: string | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: 'Resolved to a customer; a new customer is created when none matches.',
  })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  identifiers?: IdentifierInput[] | null;

  @Field(() => String, { nullable: true, description: 'Used only when a new customer is created.' })
  @MaxLength(100)
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Used only when a new customer is created.' })
  @MaxLength(100)
  lastName?: string | null;

  @Field({ description: 'The reporting system; with externalId it makes the call idempotent.' })
  @MinLength(1)
  @MaxLength(32)
  source!: string;

  @Field()
  @MinLength(1)
  @MaxLength(128)
  externalId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Direction)
  direction!: Direction;

  @Field(() => ConversationEventKind)
  kind!: ConversationEventKind;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  topic?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Defaults to now.' })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  summary?: string | null;

  @Field(() => Float, { nullable: true })
  @Min(-1)
  @Max(1)
  sentiment?: number | null;

  @Field(() => Float, { nullable: true })
  @Min(-1_000_000_000)
  @Max(1_000_000_000)
  amount?: number | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  agent?: string | null;

  @Field(() => ID, { nullable: true })
  @MaxLength(36)
  offerId?: string | null;

  @Field(() => ID, { nullable: true })
  @MaxLength(36)
  recommendationId?: string | null;
}
