/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  // Integration tests start servers; keep them from piling onto a 2-core machine.
  maxWorkers: 2,
  // Every file under src/, so code no test loads counts as uncovered. The floor sits a little below the
  // figure measured when it was set (see README): coverage may grow, and CI fails if it drops.
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { statements: 94, branches: 85, functions: 94, lines: 95 } },
};
