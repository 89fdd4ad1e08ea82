import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Real servers and real bundles: one file at a time, generous timeouts.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['test/setup/global-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The three workflows played end to end on a loopback server: after the other projects, alone.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 400_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['test/setup/global-setup.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
