import { graphql } from '../../../graphql/generated';

export const RecommendationFieldsFragment = graphql(`
  fragment RecommendationFields on Recommendation {
    id
    customerId
    offerId
    rank
    channel
    priority
    propensity
    contextWeight
    value
    lever
    reasons
    modelVersion
    source
    control
    generatedAt
    outcome
    offer {
      id
      code
      name
      kind
      treatments {
        channel
        text
      }
    }
  }
`);

/** Real-time decision (issue 6); records impressions, so it is asked once per channel view. */
export const NextBestActionsQuery = graphql(`
  query NextBestActions($customerId: ID!, $channel: Channel!, $limit: Int) {
    nextBestActions(customerId: $customerId, channel: $channel, limit: $limit) {
      id
      recommendations {
        ...RecommendationFields
      }
      suppressed {
        reasons
        offer {
          id
          code
          name
          kind
        }
      }
    }
  }
`);

/** Fallback while the gateway has no real-time decisions: the batch run's stored recommendations. */
export const StoredRecommendationsQuery = graphql(`
  query StoredRecommendations($id: ID!, $channel: Channel) {
    customer(id: $id) {
      id
      recommendations(channel: $channel, first: 5) {
        nodes {
          ...RecommendationFields
        }
      }
    }
  }
`);

export const RecordOutcomeMutation = graphql(`
  mutation RecordOutcome($recommendationId: ID!, $outcome: RecommendationOutcome!) {
    recordOutcome(recommendationId: $recommendationId, outcome: $outcome) {
      created
      recommendation {
        id
        outcome
        outcomeAt
      }
    }
  }
`);

/**
 * The gateway's recordOutcome stores the outcome but does not add a conversation turn (until
 * issue 6's engine does), so the client records the customer's answer as one, idempotently.
 */
export const RecordAnswerInteractionMutation = graphql(`
  mutation RecordAnswerInteraction($input: RecordInteractionInput!) {
    recordInteraction(input: $input) {
      created
      event {
        id
      }
    }
  }
`);
