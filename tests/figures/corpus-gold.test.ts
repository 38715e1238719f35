// A held-out-style check on real text: tests/fixtures/figures/corpus-gold.jsonl holds sentences of the shared
// corpus pages (article text from `cli/main.ts read`, plus headlines, bylines and footers of the same pages),
// each annotated by hand with every figure the shared figures specification asks for — including 25 lines
// that look numeric but hold none (phones, addresses, clause numbers, ordinals, copyright years, product codes).
// The gold is self-contained (the sentences are in the fixture), so it runs without the shared corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold, scoreFigures } from './score';

const GOLD = path.resolve(__dirname, '../fixtures/figures/corpus-gold.jsonl');
const items = parseGold(readFileSync(GOLD, 'utf8'));

describe('corpus gold (real sentences)', () => {
  it('is a real evaluation set: at least 60 sentences with figures and 15 without', () => {
    expect(items.filter((i) => i.figures.length > 0).length).toBeGreaterThanOrEqual(60);
    expect(items.filter((i) => i.figures.length === 0).length).toBeGreaterThanOrEqual(15);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('scores F1 ≥ 0.95 and value accuracy ≥ 0.95', () => {
    const score = scoreFigures(items);
    if (score.errors.length) console.log(score.errors.join('\n'));
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.valueAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('finds nothing in the lines that only look numeric', () => {
    const empty = items.filter((i) => i.figures.length === 0);
    const score = scoreFigures(empty);
    expect(score.errors).toEqual([]);
  });
});
