// `npm run eval:news -- --data DIR [--verbose] [--ours-only] [--out FILE.json]`: ordinary English news pages, scored the way
// the public article-extraction benchmark (scrapinghub/article-extraction-benchmark: 181 pages, html/*.html[.gz]
// and ground-truth.json) scores extractors, for three readers of the same page:
//   ours                our extractor (a refused page gives an empty text)
//   readability         plain Mozilla Readability on every page
//   readability-gated   plain Readability only where its own isProbablyReaderable() says yes
// The benchmark is not part of the repository (it is someone else's pages): pass the folder it was copied to.
// Metric (ported from the benchmark's evaluate.py): each page's text and its ground-truth articleBody become
// 4-grams of \w+ tokens ("shingles"); true/false positives and negatives are counted per shingle and normalised
// per page, so long articles weigh no more than short ones; precision and recall are means over pages (pages
// without predicted text do not count for precision), and F1 is computed from those two means.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/index';
import { decodeHtml, parseHtml } from '../../utils/html/parse-html';

type Counts = [tp: number, fp: number, fn: number];

/** Python's `\w+` with re.UNICODE: letters, digits and the underscore. */
const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const key = t.slice(i, i + 4).join('\u0001');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** evaluate.py's string_shingle_matching: per-page counts normalised to sum to 1. */
export function shingleCounts(truth: string, pred: string): Counts {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precision = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recall = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** evaluate.py's metrics_from_tp_fp_fns. */
export function metrics(pages: Counts[]): { f1: number; precision: number; recall: number } {
  const p = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, precision: p, recall: r };
}

const READERS = ['ours', 'readability', 'readability-gated'] as const;
type ReaderName = (typeof READERS)[number];

function readHtml(file: string): string {
  const bytes = readFileSync(file);
  return decodeHtml(file.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

function readabilityText(html: string, url: string): { text: string; readerable: boolean } {
  const doc = parseHtml(html, url);
  const readerable = isProbablyReaderable(doc);
  const parsed = new Readability(doc).parse();
  doc.defaultView?.close();
  return { text: parsed?.textContent ?? '', readerable };
}

/** Our extractor with a generous wall-time bound: a benchmark measures text, not a busy machine's speed. */
function ourText(html: string, url: string): { text: string; refused: string | null } {
  const doc = parseHtml(html, url);
  const result = extractArticle(doc, url, { lang: 'en', limits: { maxMillis: 120_000 } });
  doc.defaultView?.close();
  if (!result.ok) return { text: '', refused: `${result.reason}${result.pageKind ? `/${result.pageKind}` : ''}` };
  return { text: result.article.text, refused: null };
}

/**
 * One reader on one page; a page that throws (jsdom's CSS parser fails on some pages' `calc()`, outside any
 * extractor) gives an empty text for that reader rather than ending the run.
 */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function main(argv: string[]): number {
  const at = argv.indexOf('--data');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (!dir || !existsSync(join(dir, 'ground-truth.json'))) {
    console.error('usage: npm run eval:news -- --data DIR [--verbose] [--ours-only] [--out FILE.json]\n  DIR holds ground-truth.json and html/<id>.html[.gz] (scrapinghub/article-extraction-benchmark)');
    return 2;
  }
  const verbose = argv.includes('--verbose');
  // Plain Readability's figures do not change with our code: --ours-only skips them (half the time).
  const oursOnly = argv.includes('--ours-only');
  const outAt = argv.indexOf('--out');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const files = new Map(readdirSync(join(dir, 'html')).map((f) => [f.replace(/\.html(?:\.gz)?$/, ''), join(dir, 'html', f)]));
  const counts: Record<ReaderName, Counts[]> = { ours: [], readability: [], 'readability-gated': [] };
  const perPage: Array<Record<string, unknown>> = [];
  const started = Date.now();
  for (const [id, gt] of Object.entries(truth)) {
    const file = files.get(id);
    if (!file) throw new Error(`no html for ${id}`);
    const html = readHtml(file);
    const url = gt.url ?? 'https://example.com/';
    const body = gt.articleBody ?? '';
    const ours = attempt(() => ourText(html, url), { text: '', refused: 'error' });
    const plain = oursOnly ? { text: '', readerable: false } : attempt(() => readabilityText(html, url), { text: '', readerable: false });
    const page: Record<ReaderName, Counts> = {
      ours: shingleCounts(body, ours.text),
      readability: shingleCounts(body, plain.text),
      'readability-gated': shingleCounts(body, plain.readerable ? plain.text : ''),
    };
    for (const r of READERS) counts[r].push(page[r]);
    const row = { id, url, refused: ours.refused, readerable: plain.readerable, ...Object.fromEntries(READERS.map((r) => [r, { precision: precision(page[r]), recall: recall(page[r]) }])) };
    perPage.push(row);
    if (verbose) {
      const f = (c: Counts) => `P ${precision(c).toFixed(2)} R ${recall(c).toFixed(2)}`;
      console.log(`${id.slice(0, 10)}  ours ${ours.refused ? `REFUSED (${ours.refused})` : f(page.ours)}  readability ${f(page.readability)}  ${url}`);
    }
  }
  console.log(`\n== News benchmark (${perPage.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s): 4-gram shingles of \\w+ tokens, as evaluate.py`);
  for (const r of oursOnly ? (['ours'] as const) : READERS) {
    const m = metrics(counts[r]);
    console.log(`${r.padEnd(18)} F1 ${m.f1.toFixed(3)}  precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}`);
  }
  console.log(`ours refused: ${perPage.filter((p) => p.refused).length} page(s)`);
  if (outAt >= 0 && argv[outAt + 1]) writeFileSync(argv[outAt + 1]!, JSON.stringify(perPage, null, 1));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
