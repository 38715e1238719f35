// Guards the development corpus in tests/data/corpus-dev: every expected file must still match its page
// (the same checks as tests/data/corpus-dev/check-fragments.mjs).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain .mjs module without type declarations
import { checkAll } from '../data/corpus-dev/check-fragments.mjs';

const DIR = fileURLToPath(new URL('../data/corpus-dev/', import.meta.url));
const results: { file: string; problems: string[] }[] = checkAll(DIR);

describe('corpus-dev expected files', () => {
  it('finds expected files (an empty corpus is an error)', () => {
    expect(results.length, `no *.expected.json under ${DIR}`).toBeGreaterThanOrEqual(30);
  });
  for (const r of results) {
    it(r.file, () => {
      expect(r.problems, r.problems.join('\n')).toEqual([]);
    });
  }
});
