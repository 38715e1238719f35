// `npx tsx tools/labels/score.ts [--all]`: the chip-label score on the gold set (tests/figures/label-score.ts
// states the rules), with every unacceptable chip listed (or every chip with --all).
import { readFileSync } from 'node:fs';
import { parseLabelGold, scoreLabels } from '../../tests/figures/label-score';

const items = parseLabelGold(readFileSync(new URL('../../tests/fixtures/figures/labels-gold.jsonl', import.meta.url), 'utf8'));
const { results, missing, share } = scoreLabels(items);
for (const r of results) if (process.argv.includes('--all') || !r.ok) console.log(`${r.ok ? 'ok ' : 'NO '} ${r.id.padEnd(20)} ${(r.label || '—').padEnd(34)} · ${r.display.padEnd(24)} gold: ${r.gold}`);
console.log(`\nacceptable: ${results.filter((r) => r.ok).length}/${results.length} = ${(share * 100).toFixed(1)}% (${missing.length} gold figures with no chip: ${missing.slice(0, 8).join(', ')})`);
