module.exports = {
  ...require('@wallet/jest-config'),
  testMatch: ['<rootDir>/test/**/*.test.ts'],
};
