import { graphql } from '../../graphql/generated';

export const CustomerTimelineQuery = graphql(`
  query CustomerTimeline($id: ID!, $filter: ConversationEventFilter, $first: Int, $after: String) {
    customer(id: $id) {
      id
      conversation {
        events(filter: $filter, first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              channel
              direction
              kind
              topic
              occurredAt
              summary
              sentiment
              amount
              agent
              offerId
              recommendationId
            }
          }
        }
      }
    }
  }
`);
