import { graphql } from '../../graphql/generated';

export const Customer360Query = graphql(`
  query Customer360($id: ID!) {
    customer(id: $id) {
      id
      firstName
      lastName
      email
      phone
      contactMasked
      dateOfBirth
      addressLine
      postcode
      city
      segment
      erasedAt
      value {
        clv
        pAlive
        expectedPurchases
        expectedSpend
        updatedAt
      }
      consents {
        channel
        purpose
        status
        updatedAt
      }
      identities(first: 50) {
        totalCount
        nodes {
          id
          source
          sourceKey
          firstName
          lastName
          email
          phone
          city
          createdAt
          matchEvidence {
            score
            method
            comparisons
            matchedIdentityId
          }
        }
      }
      conversation {
        openTopics {
          topic
          kind
          channel
          openedAt
        }
        mood {
          score
          trend
        }
        lastContactAt
        quietUntil
        contactCounts {
          channel
          last7Days
          last30Days
        }
      }
    }
  }
`);
