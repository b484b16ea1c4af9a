export * from './lib/entities';
export * from './lib/data-source';
