import { DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * The resolved person (golden record). Relations (consents, identities, conversation, value,
 * recommendations, transactions) are resolved by the gateway through per-request loaders.
 */
@ObjectType({
  simpleResolvers: true,
  description: 'The resolved person: one golden record built from all their identities.',
})
export class Customer {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => EmailAddressResolver, {
    nullable: true,
    description: 'Normalised email; masked (`j***@example.com`) for viewers.',
  })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164 phone number; masked (`+44•••••••123`) for viewers.' })
  phone!: string | null;

  @Field({ description: 'True when contact details and address are masked for the caller’s role.' })
  contactMasked!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null for viewers.' })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for viewers.' })
  addressLine!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for viewers.' })
  postcode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'Value segment (champions, loyal, at_risk, hibernating, new).' })
  segment!: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Set when the customer’s personal data was erased on request.',
  })
  erasedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}
