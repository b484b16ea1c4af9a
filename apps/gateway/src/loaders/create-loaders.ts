import { type EntityManager } from 'typeorm';
import { createConsentsByCustomerLoader } from './consents-by-customer.loader';
import { createCustomerByIdLoader } from './customer-by-id.loader';
import { createEventCountByCustomerLoader } from './event-count-by-customer.loader';
import { createEventsPageByCustomerLoader } from './events-page-by-customer.loader';
import { createIdentitiesByCustomerLoader } from './identities-by-customer.loader';
import { createOfferByIdLoader } from './offer-by-id.loader';
import { createRecommendationsByCustomerLoader } from './recommendations-by-customer.loader';
import { createRevisionsByOfferLoader } from './revisions-by-offer.loader';
import {
  createTransactionCountByCustomerLoader,
  createTransactionsPageByCustomerLoader,
} from './transactions-page-by-customer.loader';

/** A fresh set of loaders for one request: batching within it, no caching across requests. */
export function createLoaders(manager: EntityManager, now: Date) {
  return {
    customerById: createCustomerByIdLoader(manager),
    identitiesByCustomer: createIdentitiesByCustomerLoader(manager),
    consentsByCustomer: createConsentsByCustomerLoader(manager),
    eventsPageByCustomer: createEventsPageByCustomerLoader(manager),
    eventCountByCustomer: createEventCountByCustomerLoader(manager),
    recommendationsByCustomer: createRecommendationsByCustomerLoader(manager, now),
    offerById: createOfferByIdLoader(manager),
    revisionsByOffer: createRevisionsByOfferLoader(manager),
    transactionsPageByCustomer: createTransactionsPageByCustomerLoader(manager),
    transactionCountByCustomer: createTransactionCountByCustomerLoader(manager),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
