export const ALL_MIGRATIONS: Array<new () => object> = [];
