import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // Each scrypt (N=2^17) unlock costs about half a second on 2 cores.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // better-sqlite3 is a native addon: child processes, not worker threads.
          pool: 'forks',
        },
      },
    ],
  },
});
