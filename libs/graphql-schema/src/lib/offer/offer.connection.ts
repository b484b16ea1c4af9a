import { Connection } from '../pagination/connection.type';
import { OfferRevision } from './offer-revision.type';
import { Offer } from './offer.type';

export const OfferConnection = Connection(Offer, 'Offer');
export type OfferConnection = InstanceType<typeof OfferConnection>;
export const OfferRevisionConnection = Connection(OfferRevision, 'OfferRevision');
export type OfferRevisionConnection = InstanceType<typeof OfferRevisionConnection>;
