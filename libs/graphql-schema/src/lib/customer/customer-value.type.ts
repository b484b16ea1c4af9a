import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'CLV figures from the last scoring run.' })
export class CustomerValue {
  @Field(() => Float, { nullable: true, description: 'Discounted customer lifetime value over the value horizon.' })
  clv!: number | null;

  @Field(() => Float, { nullable: true, description: 'Probability the customer is still active (BG/NBD).' })
  pAlive!: number | null;

  @Field(() => Float, { nullable: true })
  expectedPurchases!: number | null;

  @Field(() => Float, { nullable: true, description: 'Expected mean spend per purchase (Gamma-Gamma).' })
  expectedSpend!: number | null;

  @Field(() => String, { nullable: true })
  segment!: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  updatedAt!: Date | null;
}
