export { SeededRandom, hashString } from './lib/seeded-random';
export { RapportError, type RapportErrorCode } from './lib/rapport-error';
export { toIsoDay, addDays, daysBetween, MS_PER_DAY } from './lib/dates';
export { uuidV7, uuidV7Floor } from './lib/uuid-v7';
