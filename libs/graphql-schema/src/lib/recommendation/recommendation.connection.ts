import { Connection } from '../pagination/connection.type';
import { Recommendation } from './recommendation.type';

export const RecommendationConnection = Connection(Recommendation, 'Recommendation');
export type RecommendationConnection = InstanceType<typeof RecommendationConnection>;
