import { registerEnumType } from 'type-graphql';

/** Mirrors RECOMMENDATION_OUTCOMES in data-access. */
export enum RecommendationOutcome {
  IMPRESSION = 'impression',
  ACCEPTED = 'accepted',
  REJECTED = 'rejected',
  IGNORED = 'ignored',
  CLICKED = 'clicked',
  COMPLAINED = 'complained',
}

registerEnumType(RecommendationOutcome, { name: 'RecommendationOutcome' });
