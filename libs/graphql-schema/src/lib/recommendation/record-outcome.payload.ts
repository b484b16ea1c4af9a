import { Field, ObjectType } from 'type-graphql';
import { Recommendation } from './recommendation.type';

@ObjectType({ simpleResolvers: true })
export class RecordOutcomePayload {
  @Field(() => Recommendation)
  recommendation!: Recommendation;

  @Field({ description: 'False when this outcome was already recorded (a retry).' })
  created!: boolean;
}
