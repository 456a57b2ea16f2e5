// The dashboard's unit tests: Jest in CommonJS mode, TypeScript and JSX compiled by SWC, in jsdom.
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
export default {
  testEnvironment: '<rootDir>/test/jsdom-environment.cjs',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  transform: { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) },
  // Stylesheets mean nothing to jsdom. (No module reads Vite's import.meta.env, which CommonJS cannot
  // parse: a setting that one day must come from it belongs in one small module, mapped here to a
  // test double, rather than moving every test to Jest's experimental ESM mode.)
  moduleNameMapper: { '\\.css$': '<rootDir>/test/style-stub.ts' },
  restoreMocks: true,
  testTimeout: 15_000,
};
