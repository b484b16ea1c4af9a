import { InitialSchema1763800000000 } from './1763800000000-initial-schema';

/** Every migration, oldest first. */
export const ALL_MIGRATIONS = [InitialSchema1763800000000];
