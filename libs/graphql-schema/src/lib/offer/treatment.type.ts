import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';

@ObjectType({ simpleResolvers: true, description: 'The text shown or sent on one channel.' })
export class Treatment {
  @Field(() => Channel)
  channel!: Channel;

  @Field()
  text!: string;
}

@InputType()
export class TreatmentInput {
  @Field(() => Channel)
  channel!: Channel;

  @Field()
  @MinLength(1)
  @MaxLength(2000)
  text!: string;
}
