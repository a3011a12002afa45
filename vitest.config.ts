/**
 * Six kinds of test, run by `npm test` in this order of cost:
 * - lib: pure functions of src/lib and the schemas, on fixtures;
 * - bench: the models the benchmark scripts measure with (scripts/bench/);
 * - integrations: src/integrations/ each on its own, the external tool mocked;
 * - architecture: the import directions of the layers (dependency-cruiser);
 * - build: a real `astro build` (real content or a fixture folder), then checks on its output;
 * - e2e: the built site served on 127.0.0.1 and driven in headless Chromium.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      { test: { name: 'lib', include: ['tests/lib/**/*.test.ts'] } },
      { test: { name: 'bench', include: ['tests/bench/**/*.test.ts'] } },
      { test: { name: 'integrations', include: ['tests/integrations/**/*.test.ts'] } },
      { test: { name: 'architecture', include: ['tests/architecture/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } },
    ],
  },
});
