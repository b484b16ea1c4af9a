import { Field, ID, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { Channel } from '../enums/channel.enum';
import { ConsentPurpose, ConsentStatus } from '../enums/consent.enums';

@InputType()
export class UpdateConsentInput {
  @Field(() => ID)
  @MaxLength(36)
  customerId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Where the customer gave or withdrew consent; defaults to "gateway".',
  })
  @MaxLength(32)
  source?: string | null;
}
