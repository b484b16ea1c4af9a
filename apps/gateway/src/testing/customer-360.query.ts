/** The customer-360 query of the issue: 10 identities, latest 20 events, value, 3 recommendations with offers (+ consents). */
export const CUSTOMER_360_QUERY = /* GraphQL */ `
  query Customer360($id: ID!) {
    customer(id: $id) {
      id
      firstName
      lastName
      email
      phone
      segment
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
      }
      identities(first: 10) {
        totalCount
        nodes {
          id
          source
          sourceKey
          email
          phone
          matchEvidence {
            score
            method
          }
        }
      }
      conversation {
        events(first: 20) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              kind
              channel
              direction
              occurredAt
              summary
              sentiment
              amount
            }
          }
        }
      }
      recommendations(first: 3) {
        nodes {
          id
          rank
          priority
          reasons
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
      }
    }
  }
`;
