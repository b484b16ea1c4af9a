// One jest project for two kinds of tests. Jest ignores `projects` inside a config that the root
// config already lists as a project, so the environment is chosen per file instead:
// - component and unit tests (src/**/*.spec.ts[x]) render into jsdom (the default here), CSS stubbed;
// - end-to-end tests (e2e/**/*.e2e.spec.ts) declare `@jest-environment node` in their docblock,
//   start the real gateway and drive Chromium through playwright-core.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)', '<rootDir>/e2e/**/*.e2e.spec.ts'],
  moduleNameMapper: { '\\.css$': '<rootDir>/src/testing/style.stub.cjs' },
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
};
