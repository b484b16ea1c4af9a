import { Field, InputType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import { IdentifierKind } from '../enums/identifier-kind.enum';

@InputType({ description: 'An identifier naming a person: an email, a phone number, or a source system key.' })
export class IdentifierInput {
  @Field(() => IdentifierKind)
  kind!: IdentifierKind;

  @Field({ description: 'As received; emails and phones are normalised as identity resolution does.' })
  @MinLength(1)
  @MaxLength(254)
  value!: string;

  @Field(() => String, { nullable: true, description: 'Source system of a SOURCE_KEY (required for that kind).' })
  @MaxLength(32)
  source?: string | null;
}
