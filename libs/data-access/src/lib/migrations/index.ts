import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { BatchRunShards1763900000000 } from './1763900000000-batch-run-shards';
import { LeanRefreshIndexes1764000000000 } from './1764000000000-lean-refresh-indexes';
import { BatchDecisions1764100000000 } from './1764100000000-batch-decisions';
import { ConsentChanges1764200000000 } from './1764200000000-consent-changes';

/** Every migration, oldest first. */
export const ALL_MIGRATIONS = [
  InitialSchema1763800000000,
  BatchRunShards1763900000000,
  LeanRefreshIndexes1764000000000,
  BatchDecisions1764100000000,
  ConsentChanges1764200000000,
];
