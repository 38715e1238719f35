// Scores findFigures against a gold JSONL set with the rules of the shared figures scorer: a prediction detects
// a gold figure when the kinds are the same and the spans overlap (each prediction used once, the largest
// overlap first); value accuracy is the share of detections whose normalised fields (value and unit, total,
// date or code) are right. Gold spans are found by their text, in order, as score.mjs does.
import type { Figure } from '../../utils/model/figure';
import { findFigures } from '../../utils/figures/index';

export interface GoldFigure { kind: string; text: string; value?: number; unit?: string; total?: number; date?: string; code?: string }
export interface GoldItem { id: string; text: string; figures: GoldFigure[] }
export interface Score { gold: number; pred: number; hit: number; right: number; precision: number; recall: number; f1: number; valueAccuracy: number; errors: string[] }

const close = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const norm = (s: unknown): string => String(s ?? '').normalize('NFC').replace(/\s+/g, '').toUpperCase();

function valueRight(g: GoldFigure, p: Figure): boolean {
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

export function parseGold(jsonl: string): GoldItem[] {
  return jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldItem);
}

export function scoreFigures(items: GoldItem[], find: (text: string) => Figure[] = findFigures): Score {
  let gold = 0, pred = 0, hit = 0, right = 0;
  const errors: string[] = [];
  for (const item of items) {
    const ps = find(item.text);
    pred += ps.length;
    let from = 0;
    const used = new Set<number>();
    for (const g of item.figures) {
      gold++;
      const start = item.text.indexOf(g.text, from);
      if (start < 0) throw new Error(`gold ${item.id}: "${g.text}" not found in order`);
      const end = start + g.text.length;
      from = end;
      let best = -1, bestOverlap = 0;
      ps.forEach((p, i) => {
        if (used.has(i) || p.kind !== g.kind) return;
        const overlap = Math.min(p.end, end) - Math.max(p.start, start);
        if (overlap > bestOverlap) { best = i; bestOverlap = overlap; }
      });
      if (best < 0) { errors.push(`MISS  ${item.id} ${g.kind} "${g.text}"`); continue; }
      used.add(best);
      hit++;
      if (valueRight(g, ps[best]!)) right++;
      else errors.push(`VALUE ${item.id} ${g.kind} "${g.text}" got ${JSON.stringify(ps[best])}`);
    }
    ps.forEach((p, i) => { if (!used.has(i)) errors.push(`EXTRA ${item.id} ${p.kind} "${p.text}"`); });
  }
  const precision = pred ? hit / pred : 0;
  const recall = gold ? hit / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, pred, hit, right, precision, recall, f1, valueAccuracy: hit ? right / hit : 0, errors };
}
