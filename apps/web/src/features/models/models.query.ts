import { graphql } from '../../graphql/generated';

/** The propensity models (most evidence first) and the lift over the control group since `since`. */
export const DecisioningInsightsQuery = graphql(`
  query DecisioningInsights($since: DateTime!, $first: Int) {
    propensityModels(first: $first) {
      totalCount
      pooledAuc
      models {
        offerId
        offer {
          id
          code
          name
        }
        channel
        segment
        evidence
        positives
        negatives
        propensity
        auc
      }
    }
    decisionLift(since: $since) {
      since
      until
      positiveOutcomes
      model {
        recommendations
        positives
        rate
      }
      control {
        recommendations
        positives
        rate
      }
      lift
      difference
      differenceLower
      differenceUpper
      confidence
    }
  }
`);
