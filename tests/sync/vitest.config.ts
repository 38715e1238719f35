// `npm run test:sync`: the sync engine against a real WebDAV server (tests/sync/*.server.ts) plus its unit tests.
// Kept out of `npm test`, which must run where apache2 is not installed. (mergeConfig would add to the base
// include list, so the list is replaced instead.)
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

export default defineConfig({ ...base, test: { ...base.test, include: ['tests/sync/**/*.test.ts', 'tests/sync/**/*.server.ts', 'tests/sync/**/*.server.mjs'] } });
