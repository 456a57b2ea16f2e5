import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/**
 * Vitest with SWC instead of Vite's default transform: NestJS dependency injection needs decorator
 * metadata (emitDecoratorMetadata), which esbuild and oxc do not emit. SWC reads the decorator settings
 * from tsconfig.json, so the tests compile the way `tsc` builds the app.
 */
export default defineConfig({
  plugins: [swc.vite()],
  test: {
    include: ['test/**/*.spec.ts'],
    environment: 'node',
    // describe/it/expect/vi without imports, as the test files were written for Jest.
    globals: true,
    globalSetup: ['./test/support/global-setup.ts'],
    // Each file gets its own database; two worker processes match the two cores of our machines.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // Hooks that boot the built product (a primary and workers) take long on a loaded 2-core machine.
    hookTimeout: 180_000,
  },
});
