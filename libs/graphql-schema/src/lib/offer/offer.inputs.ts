import { DateTimeResolver, GraphQLJSON } from 'graphql-scalars';
import { ArrayMaxSize, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { Channel } from '../enums/channel.enum';
import { OfferKind, OfferMode } from '../enums/offer.enums';
import { TreatmentInput } from './treatment.type';

@InputType({ description: 'A new offer; it starts as a DRAFT at version 1.' })
export class CreateOfferInput {
  @Field({ description: 'Unique, e.g. CARD-GOLD (A-Z, 0-9, - and _).' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'code must be 2-64 characters of A-Z, 0-9, - and _' })
  code!: string;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  description!: string;

  @Field(() => OfferKind)
  kind!: OfferKind;

  @Field()
  @MinLength(1)
  @MaxLength(64)
  issue!: string;

  @Field()
  @MinLength(1)
  @MaxLength(64)
  group!: string;

  @Field(() => [Channel], { defaultValue: [] })
  @ArrayMaxSize(10)
  channels!: Channel[];

  @Field(() => [TreatmentInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  treatments!: TreatmentInput[];

  @Field(() => Float, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000_000)
  value!: number;

  @Field(() => Float, { defaultValue: 1 })
  @Min(0)
  @Max(100)
  lever!: number;

  @Field(() => OfferMode, { defaultValue: OfferMode.DEFAULT })
  mode: OfferMode = OfferMode.DEFAULT;

  @Field(() => GraphQLJSON, { nullable: true })
  eligibility?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  applicability?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  suitability?: unknown;

  @Field(() => DateTimeResolver, { nullable: true })
  validFrom?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  validTo?: Date | null;
}

@InputType({ description: 'Fields to change; omitted fields keep their value, null clears a nullable one.' })
export class OfferPatchInput {
  @Field(() => String, { nullable: true })
  @MinLength(1)
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  description?: string | null;

  @Field(() => OfferKind, { nullable: true })
  kind?: OfferKind | null;

  @Field(() => String, { nullable: true })
  @MinLength(1)
  @MaxLength(64)
  issue?: string | null;

  @Field(() => String, { nullable: true })
  @MinLength(1)
  @MaxLength(64)
  group?: string | null;

  @Field(() => [Channel], { nullable: true })
  @ArrayMaxSize(10)
  channels?: Channel[] | null;

  @Field(() => [TreatmentInput], { nullable: true })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  treatments?: TreatmentInput[] | null;

  @Field(() => Float, { nullable: true })
  @Min(0)
  @Max(1_000_000_000)
  value?: number | null;

  @Field(() => Float, { nullable: true })
  @Min(0)
  @Max(100)
  lever?: number | null;

  @Field(() => OfferMode, { nullable: true })
  mode?: OfferMode | null;

  @Field(() => GraphQLJSON, { nullable: true })
  eligibility?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  applicability?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  suitability?: unknown;

  @Field(() => DateTimeResolver, { nullable: true })
  validFrom?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  validTo?: Date | null;
}
