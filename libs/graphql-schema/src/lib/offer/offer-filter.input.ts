import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { OfferKind, OfferStatus } from '../enums/offer.enums';

@InputType()
export class OfferFilter {
  @Field(() => OfferStatus, { nullable: true })
  status?: OfferStatus | null;

  @Field(() => OfferKind, { nullable: true })
  kind?: OfferKind | null;

  @Field(() => Channel, { nullable: true, description: 'Offers with a treatment on this channel.' })
  channel?: Channel | null;

  @Field(() => String, { nullable: true, description: 'Substring of the code or name.' })
  @MaxLength(200)
  search?: string | null;
}
