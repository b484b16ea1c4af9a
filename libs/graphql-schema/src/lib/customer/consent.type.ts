import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { ConsentPurpose, ConsentStatus } from '../enums/consent.enums';

@ObjectType({ simpleResolvers: true, description: 'Permission to contact a customer on a channel for a purpose.' })
export class Consent {
  @Field(() => ID)
  id!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => ConsentStatus)
  status!: ConsentStatus;

  @Field()
  source!: string;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}
