import { graphql } from '../../../graphql/generated';

export const CustomerSearchQuery = graphql(`
  query CustomerSearch($filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $after: String) {
    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          firstName
          lastName
          email
          phone
          city
          segment
          value {
            clv
            pAlive
          }
        }
      }
    }
  }
`);
