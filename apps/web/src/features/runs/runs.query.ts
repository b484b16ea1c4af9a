import { graphql } from '../../graphql/generated';

export const BatchRunsQuery = graphql(`
  query BatchRuns($first: Int) {
    batchRuns(first: $first) {
      id
      kind
      status
      startedAt
      finishedAt
      counts
      errorCount
      checkpoint
    }
  }
`);
