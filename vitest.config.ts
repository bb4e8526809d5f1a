import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/global-tmp.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // A fixed environment: no colour unless a test asks for it, no user config leaking in.
    env: { NO_COLOR: '1', TZ: 'UTC', SOURCE_DATE_EPOCH: '' },
    restoreMocks: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
