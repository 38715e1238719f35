// The shared figures development set (dev.jsonl): F1 and value accuracy ≥ 0.97, scored the way
// the shared figures scorer scores (same kind + overlapping span = detected; normalised fields = right).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold, scoreFigures } from './score';

const SHARED = path.resolve(process.cwd(), '../shared');
const DEV = path.join(SHARED, 'figures/dev.jsonl');
const available = existsSync(DEV);
if (!available) {
  if (process.env.CI) throw new Error(`figures dev set missing at ${DEV} (CI must have ../shared)`);
  console.warn(`[skip] figures dev set not found at ${DEV}: dev-set score not checked`);
}

describe.runIf(available)('dev set', () => {
  it('scores F1 ≥ 0.97 and value accuracy ≥ 0.97', () => {
    const score = scoreFigures(parseGold(readFileSync(DEV, 'utf8')));
    if (score.f1 < 0.97 || score.valueAccuracy < 0.97) console.log(score.errors.join('\n'));
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.valueAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});
