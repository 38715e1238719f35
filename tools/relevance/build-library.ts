// Builds the relevance set's library (tests/library/relevance/library.json) from real saved pages: every
// article page in the two corpora run through the product's extractor (the same as `cli read --format json`),
// plus the real sentences of the figures set as short notes. Run: npx tsx tools/relevance/build-library.ts
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../cli/read';

interface Saved { key: string; url: string; title: string; siteName: string | null; lead: string; text: string; publishedAt: string | null }

const roots = [process.env.SHARED_CORPUS ?? '/work/shared/corpus', 'tests/data/corpus-dev'];
const out: Saved[] = [];
for (const root of roots) {
  const urls = new Map<string, string>();
  for (const line of readFileSync(join(root, 'SOURCES.tsv'), 'utf8').split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols[0] && cols[5]) urls.set(cols[0], cols[5]);
  }
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === 'nonarticle' || false) continue;
    for (const f of readdirSync(join(root, dir.name)).filter((n) => n.endsWith('.html'))) {
      const rel = `${dir.name}/${f}`;
      const url = urls.get(rel) ?? `https://example.invalid/${rel}`;
      const r = await readPage(readFileSync(join(root, rel)), url);
      if (!r.ok) continue;
      const a = r.article;
      out.push({ key: f.replace(/\.html$/, ''), url: a.url, title: a.title, siteName: a.siteName, lead: a.lead, text: a.text, publishedAt: a.publishedAt });
    }
  }
}
const figures = process.env.FIGURES ?? '/work/shared/figures/dev.jsonl';
for (const line of readFileSync(figures, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const title = text.split(/[,.;:]/)[0]!.trim();
  out.push({ key: `note-${id}`, url: `https://ghichep.example.gov.vn/${id}`, title, siteName: null, lead: text, text, publishedAt: null });
}
writeFileSync('tests/library/relevance/library.json', JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`${out.length} articles\n`);
