// `npm test` runs every project's jest config in one jest process, so CI gets one JSON report.
module.exports = {
  projects: ['<rootDir>/apps/*/jest.config.cjs', '<rootDir>/libs/*/jest.config.cjs', '<rootDir>/libs/shared/*/jest.config.cjs'],
  // A global option (ignored inside projects): database and HTTP specs run real MySQL DDL,
  // servers and child processes; on a busy 2-core machine jest's 5 s default is too tight.
  testTimeout: 30_000,
};
