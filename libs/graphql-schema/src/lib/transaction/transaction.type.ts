import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A purchase (the input of the CLV models).' })
export class Transaction {
  @Field(() => ID)
  id!: string;

  @Field()
  source!: string;

  @Field()
  externalId!: string;

  @Field(() => DateTimeResolver)
  occurredAt!: Date;

  @Field(() => Float)
  amount!: number;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true })
  channel!: string | null;
}
