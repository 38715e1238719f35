// Extraction speed: our whole pipeline (extractArticle + findFigures + keyFigures + summarize, i.e.
// extractArticle then analyseArticle) against plain Readability on the same parsed
// corpus page, runs interleaved so both see the same machine state. Parsing is not measured (it is the
// same for both and the browser does it anyway).
//   extract.ours.median_ms         median over pages of each page's median run (p95: over all runs)
//   extract.readability.median_ms  the same for `new Readability(doc.cloneNode(true)).parse()`
//   extract.ratio.median           median over pages of ours/plain (budget: ≤ 1.5)
//   extract.ratio.<page>           each page's ratio
//   extract.sanitize.median_ms     of which: DOMPurify on the article HTML (informational). In Node it
//                                  runs on jsdom, whose nodes are expensive; in the extension it runs on
//                                  the browser's own DOM.
//   extract.ratio_without_sanitize.median   informational: the ratio with that jsdom cost taken out
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/index';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';
import { parseHtml, sanitizerWindow } from '../../utils/html/parse-html';
import { summarise, type BenchResult } from './types';

const CORPUS = resolve(process.cwd(), '../shared/corpus');

function pages(dir: string): Array<{ html: string; url: string; stem: string }> {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir)
    .filter((p) => p.endsWith('.expected.json'))
    .sort()
    .map((p) => {
      const expected = JSON.parse(readFileSync(p, 'utf8')) as { url: string };
      const page = p.replace(/\.expected\.json$/, '.html');
      return { html: readFileSync(page, 'utf8'), url: expected.url, stem: basename(page, '.html') };
    });
}

const median = (xs: number[]) => summarise(xs).median;

export async function run(opts: { runs?: number } = {}): Promise<BenchResult[]> {
  const runs = Math.max(20, opts.runs ?? 20);
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}`);
  const win = await sanitizerWindow();
  const oursAll: number[] = [];
  const plainAll: number[] = [];
  const oursMedians: number[] = [];
  const plainMedians: number[] = [];
  const ratios: BenchResult[] = [];
  const sanitizeMedians: number[] = [];
  const ratiosWithoutSanitize: number[] = [];
  for (const page of pages(CORPUS)) {
    const doc = parseHtml(page.html, page.url);
    const ours: number[] = [];
    const plain: number[] = [];
    const sanitize: number[] = [];
    // One warm-up of each, not measured (JIT, the sanitiser's first parse).
    const warm = extractArticle(doc, page.url);
    if (warm.ok) analyseArticle(warm.article);
    new Readability(doc.cloneNode(true) as Document).parse();
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const result = extractArticle(doc, page.url);
      if (result.ok) analyseArticle(result.article);
      ours.push(performance.now() - t);
      if (result.ok) {
        t = performance.now();
        sanitizeArticleHtml(result.article.html, win);
        sanitize.push(performance.now() - t);
      }
      t = performance.now();
      new Readability(doc.cloneNode(true) as Document).parse();
      plain.push(performance.now() - t);
    }
    oursAll.push(...ours);
    plainAll.push(...plain);
    const o = median(ours);
    const p = median(plain);
    oursMedians.push(o);
    if (sanitize.length) {
      sanitizeMedians.push(median(sanitize));
      ratiosWithoutSanitize.push((o - median(sanitize)) / p);
    }
    plainMedians.push(p);
    ratios.push({ name: `extract.ratio.${page.stem}`, unit: 'ratio', median: round(o / p), p95: null });
  }
  return [
    { name: 'extract.ours.median_ms', unit: 'ms', median: round(median(oursMedians)), p95: round(summarise(oursAll).p95) },
    { name: 'extract.readability.median_ms', unit: 'ms', median: round(median(plainMedians)), p95: round(summarise(plainAll).p95) },
    { name: 'extract.ratio.median', unit: 'ratio', median: round(median(ratios.map((r) => r.median))), p95: null, note: `${runs} interleaved runs per page, jsdom (the product parser)` },
    { name: 'extract.sanitize.median_ms', unit: 'ms', median: round(median(sanitizeMedians)), p95: null, note: 'DOMPurify on jsdom (Node only); articles only' },
    { name: 'extract.ratio_without_sanitize.median', unit: 'ratio', median: round(median(ratiosWithoutSanitize)), p95: null, note: 'informational: ours minus the jsdom sanitiser, over plain; articles only' },
    ...ratios,
  ];
}

const round = (x: number) => Math.round(x * 100) / 100;
