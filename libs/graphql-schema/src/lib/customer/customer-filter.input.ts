import { Field, Float, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Name prefix, email or phone (normalised before matching).' })
  @MaxLength(254)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(32)
  segment?: string | null;

  @Field(() => Float, { nullable: true, description: 'Minimum CLV (inclusive).' })
  minValue?: number | null;

  @Field(() => Float, { nullable: true, description: 'Maximum CLV (inclusive).' })
  maxValue?: number | null;
}
