// `npx tsx tools/eval/gist-coverage.ts [ROOT]`: of the figures an article's lead (sapo) states — its totals and
// results — the share the summary card shows. ROOT (default: here) is a checkout whose analyser is measured, so
// another branch can be measured the same way. Pages: the shared corpus articles with a lead and the portal
// fixtures (tests/fixtures/portals).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const root = path.resolve(process.argv[2] ?? '.');
const { readPage } = await import(path.join(root, 'cli/read.ts'));
const { analyseArticle } = await import(path.join(root, 'utils/analysis/analyse-article.ts'));
const { findFigures } = await import(path.join(root, 'utils/figures/index.ts'));
const pages: [string, string][] = [];
const C = path.join(root, '../shared/corpus');
for (const dir of ['seed', 'gov', 'news']) for (const f of readdirSync(path.join(C, dir))) if (f.endsWith('.html')) pages.push([path.join(C, dir, f), JSON.parse(readFileSync(path.join(C, dir, f.replace('.html', '.expected.json')), 'utf8')).url]);
for (const f of readdirSync(path.join(root, 'tests/fixtures/portals'))) pages.push([path.join(path.join(root, 'tests/fixtures/portals'), f), `https://ubnd.thu-nghiem.gov.vn/tin-tuc/${f}`]);
let facts = 0, shown = 0, withLead = 0;
for (const [file, url] of pages) {
  const r = await readPage(readFileSync(file), url);
  if (!r.ok || !r.article.lead.trim()) continue;
  withLead++;
  const a = analyseArticle(r.article);
  const card = a.summary.map((s: { text: string }) => s.text).join(' ');
  const leadFacts = findFigures(a.lead);
  const got = leadFacts.filter((f: { text: string }) => card.includes(f.text)).length;
  facts += leadFacts.length; shown += got;
  console.log(`${path.basename(file).padEnd(40)} lead facts ${got}/${leadFacts.length}`);
}
console.log(`pages with a lead: ${withLead}; lead facts on the card: ${shown}/${facts} = ${(shown / Math.max(1, facts)).toFixed(2)}`);
