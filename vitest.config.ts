import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // Node is the default; files that need a DOM declare `// @vitest-environment jsdom`.
    environment: 'node',
    // Both catalogs, as every page had them before pages loaded only their own (utils/i18n/catalogs.ts).
    setupFiles: ['tests/helpers/catalogs-setup.ts'],
  },
});
