/** Browser tests: the task pane harness built with webpack, served locally, driven in Chromium by playwright-core. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // A webpack build of the pane plus a Chromium start on a shared 2-core machine: a generous ceiling, not a timing assertion.
  testTimeout: 240000,
};
