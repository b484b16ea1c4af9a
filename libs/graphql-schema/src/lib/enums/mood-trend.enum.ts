import { registerEnumType } from 'type-graphql';

export enum MoodTrend {
  IMPROVING = 'improving',
  STABLE = 'stable',
  WORSENING = 'worsening',
  UNKNOWN = 'unknown',
}

registerEnumType(MoodTrend, { name: 'MoodTrend' });
