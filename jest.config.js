/** Jest: units (src/course), components (React Testing Library) and content checks. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '\\.(css)$': 'identity-obj-proxy',
  '^@site/(.*)$': '<rootDir>/$1',
  // The current edition's words (src/plugins/localeFiles.ts): English in tests, Spanish in the
  // "es" project below.
  '^@locale/(.*)$': '<rootDir>/src/i18n/en/$1',
  '^@docusaurus/Link$': '<rootDir>/tests/mocks/Link.tsx',
  '^@docusaurus/useBrokenLinks$': '<rootDir>/tests/mocks/useBrokenLinks.ts',
  '^@docusaurus/useDocusaurusContext$': '<rootDir>/tests/mocks/useDocusaurusContext.ts',
  '^@docusaurus/BrowserOnly$': '<rootDir>/tests/mocks/BrowserOnly.tsx',
  '^@theme/Heading$': '<rootDir>/tests/mocks/Heading.tsx',
  '^@docusaurus/useIsBrowser$': '<rootDir>/tests/mocks/useIsBrowser.ts',
  '^@docusaurus/router$': '<rootDir>/tests/mocks/router.ts',
  '^@theme-original/DocSidebarItem/Link$': '<rootDir>/tests/mocks/DocSidebarItemLink.tsx',
  '^@theme-original/DocPaginator$': '<rootDir>/tests/mocks/DocPaginator.tsx',
};

/** Settings both editions' tests share. */
const project = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper,
  setupFilesAfterEnv: ['<rootDir>/tests/setup.ts'],
  // Spies (jest.spyOn, e.g. on console.error) are put back after every test, so one test's
  // silenced console never hides another test's errors.
  restoreMocks: true,
};

/** Component tests in Spanish live in tests/components/es/: there `@locale/*` is src/i18n/es/*, as in the Spanish build. */
const SPANISH_TESTS = '<rootDir>/tests/components/es/';

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...project,
      displayName: 'en',
      testMatch: ['**/tests/{unit,components,content}/**/*.test.{ts,tsx}'],
      testPathIgnorePatterns: ['/node_modules/', SPANISH_TESTS],
    },
    {
      ...project,
      displayName: 'es',
      testMatch: ['**/tests/components/es/**/*.test.{ts,tsx}'],
      moduleNameMapper: { ...moduleNameMapper, '^@locale/(.*)$': '<rootDir>/src/i18n/es/$1' },
    },
  ],
  // Component tests that type into forms take 1–5 s when the 2-core machine is busy; Jest's
  // default of 5 s then fails them at random.
  testTimeout: 20_000,
  reporters: ['default', '<rootDir>/tests/support/count-reporter.js'],
};
