import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'extension/**/*.test.ts',
      'extension/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'lint/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    // Two cores: keep workers to what the machine has.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
