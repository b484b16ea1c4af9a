import { graphql } from '../../graphql/generated';

export const CustomerValueChartsQuery = graphql(`
  query CustomerValueCharts($id: ID!) {
    customer(id: $id) {
      id
      value {
        clv
        expectedPurchases
        expectedSpend
      }
      transactions(first: 100) {
        totalCount
        nodes {
          id
          occurredAt
          amount
        }
      }
    }
  }
`);
