// `npx tsx tools/labels/score.ts [--all]`: the chip-label score on the gold set (tests/figures/label-score.ts
// states the rules), with every unacceptable chip listed (or every chip with --all); then the share on the fifth
// of the set held out while the rules were written and on the second hold-out (labels-fresh.jsonl).
import { readFileSync } from 'node:fs';
import { parseLabelGold, scoreLabels, type LabelGoldItem } from '../../tests/figures/label-score';

const read = (name: string): LabelGoldItem[] => parseLabelGold(readFileSync(new URL(`../../tests/fixtures/figures/${name}`, import.meta.url), 'utf8'));
const items = read('labels-gold.jsonl');
const { results, missing, share } = scoreLabels(items);
for (const r of results) if (process.argv.includes('--all') || !r.ok) console.log(`${r.ok ? 'ok ' : 'NO '} ${r.id.padEnd(20)} ${(r.label || '—').padEnd(34)} · ${r.display.padEnd(24)} gold: ${r.gold}`);
console.log(`\nacceptable: ${results.filter((r) => r.ok).length}/${results.length} = ${(share * 100).toFixed(1)}% (${missing.length} gold figures with no chip: ${missing.slice(0, 8).join(', ')})`);
for (const [name, part] of [['held-out fifth', items.filter((_, i) => i % 5 === 4)], ['second hold-out', read('labels-fresh.jsonl')]] as const) {
  const s = scoreLabels(part);
  console.log(`${name}: ${s.results.filter((r) => r.ok).length}/${s.results.length} = ${(s.share * 100).toFixed(1)}%`);
}
