import { graphql } from '../../graphql/generated';

export const OfferFieldsFragment = graphql(`
  fragment OfferFields on Offer {
    id
    code
    name
    description
    kind
    issue
    group
    channels
    treatments {
      channel
      text
    }
    value
    lever
    mode
    eligibility
    applicability
    suitability
    validFrom
    validTo
    status
    version
    updatedAt
  }
`);

export const OfferListQuery = graphql(`
  query OfferList($filter: OfferFilter, $first: Int, $after: String) {
    offers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        kind
        issue
        group
        channels
        status
        version
        value
        updatedAt
      }
    }
  }
`);

export const OfferEditorQuery = graphql(`
  query OfferEditor($id: ID!) {
    offer(id: $id) {
      ...OfferFields
      revisions(first: 50) {
        nodes {
          id
          version
          action
          actor
          changes
          createdAt
        }
      }
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      ...OfferFields
    }
  }
`);

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($id: ID!, $expectedVersion: Int!, $patch: OfferPatchInput!) {
    updateOffer(id: $id, expectedVersion: $expectedVersion, patch: $patch) {
      ...OfferFields
    }
  }
`);

export const PublishOfferMutation = graphql(`
  mutation PublishOffer($id: ID!, $expectedVersion: Int!) {
    publishOffer(id: $id, expectedVersion: $expectedVersion) {
      ...OfferFields
    }
  }
`);

export const RetireOfferMutation = graphql(`
  mutation RetireOffer($id: ID!, $expectedVersion: Int!) {
    retireOffer(id: $id, expectedVersion: $expectedVersion) {
      ...OfferFields
    }
  }
`);
