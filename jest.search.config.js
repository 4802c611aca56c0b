/**
 * Jest for the search suite (tests/search): it runs against the built site's real search index,
 * so `npm test` runs it after the build (`npm run test:search`). It uses the English project of
 * jest.config.js (which lists one project per edition) with its own tests only.
 */
const base = require('./jest.config.js');

const english = base.projects.find((p) => p.displayName === 'en');

/** @type {import('jest').Config} */
module.exports = {
  ...english,
  displayName: 'search',
  testMatch: ['**/tests/search/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120_000,
  reporters: base.reporters,
};
