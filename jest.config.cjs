// `npm test` runs every project's jest config in one jest process, so CI gets one JSON report.
module.exports = {
  projects: ['<rootDir>/apps/*/jest.config.cjs', '<rootDir>/libs/*/jest.config.cjs', '<rootDir>/libs/shared/*/jest.config.cjs'],
};
