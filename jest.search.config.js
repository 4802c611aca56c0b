/**
 * Jest for the search suite (tests/search): it runs against the built site's real search index,
 * so `npm test` runs it after the build (`npm run test:search`).
 */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/tests/search/**/*.test.ts'],
  testTimeout: 120_000,
};
