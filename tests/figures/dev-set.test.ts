// The shared development set (../shared/figures/dev.jsonl): F1 and value accuracy ≥ 0.97, scored the way
// ../shared/figures/score.mjs scores (same kind + overlapping span = detected; normalised fields = right).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../utils/figure';
import { findFigures } from '../../utils/figures/index';

const SHARED = path.resolve(process.cwd(), '../shared');
const DEV = path.join(SHARED, 'figures/dev.jsonl');
const available = existsSync(DEV);
if (!available) {
  if (process.env.CI) throw new Error(`figures dev set missing at ${DEV} (CI must have ../shared)`);
  console.warn(`[skip] figures dev set not found at ${DEV}: dev-set score not checked`);
}

type Gold = { kind: string; text: string; value?: number; unit?: string; total?: number; date?: string; code?: string };

const close = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const norm = (s: unknown): string => String(s ?? '').normalize('NFC').replace(/\s+/g, '').toUpperCase();

function valueRight(g: Gold, p: Figure): boolean {
  switch (g.kind) {
    case 'money': return close(p.value, g.value) && norm(p.unit) === norm(g.unit);
    case 'percent': return close(p.value, g.value);
    case 'quantity': return close(p.value, g.value) && (!g.unit || norm(p.unit) === norm(g.unit));
    case 'ratio': return close(p.value, g.value) && close(p.total, g.total);
    case 'date': return p.date === g.date;
    case 'document': return norm(p.code) === norm(g.code);
    default: return false;
  }
}

describe.runIf(available)('dev set', () => {
  it('scores F1 ≥ 0.97 and value accuracy ≥ 0.97', () => {
    const items = readFileSync(DEV, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; figures: Gold[] });
    let gold = 0, pred = 0, hit = 0, right = 0;
    const misses: string[] = [];
    for (const item of items) {
      const ps = findFigures(item.text);
      pred += ps.length;
      let from = 0;
      const used = new Set<number>();
      for (const g of item.figures) {
        gold++;
        const start = item.text.indexOf(g.text, from);
        const end = start + g.text.length;
        from = end;
        let best = -1, bestOverlap = 0;
        ps.forEach((p, i) => {
          if (used.has(i) || p.kind !== g.kind) return;
          const overlap = Math.min(p.end, end) - Math.max(p.start, start);
          if (overlap > bestOverlap) { best = i; bestOverlap = overlap; }
        });
        if (best < 0) { misses.push(`${item.id}: ${g.kind} "${g.text}"`); continue; }
        used.add(best);
        hit++;
        if (valueRight(g, ps[best]!)) right++;
        else misses.push(`${item.id}: wrong value for "${g.text}"`);
      }
    }
    const precision = hit / pred, recall = hit / gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    if (f1 < 0.97 || right / hit < 0.97) console.log(misses.join('\n'));
    expect(f1).toBeGreaterThanOrEqual(0.97);
    expect(right / hit).toBeGreaterThanOrEqual(0.97);
  });
});
