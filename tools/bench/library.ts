// Library benchmark: a 10,000-article library (generated, ~1,500 words each) in fake-indexeddb, then the costs a
// user feels: save one more, open the first list page, search (with and without diacritics), memory, index size.
// Run: npx tsx tools/bench/library.ts [--articles=N] [--compare]
//   --compare also measures the rejected alternative (MiniSearch serialised into a store) on the same articles.
import 'fake-indexeddb/auto';
import * as path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import MiniSearch from 'minisearch';
import { summarise, type BenchResult } from './types';
import { createArticleGenerator } from './generate-library';
import { openLibrary } from '../../utils/library/db';
import type { LibraryDb } from '../../utils/library/schema';
import { saveArticle } from '../../utils/library/save';
import { listArticles } from '../../utils/library/read';
import { searchLibrary } from '../../utils/library/search';
import { inWriteTx } from '../../utils/library/tx';
import { writeArticles } from '../../utils/library/write';
import { articleId } from '../../utils/library/id';
import { compactSearchIndex } from '../../utils/library/compact';
import type { AnalysedArticle } from '../../utils/model/analysed-article';
import type { SavedArticle } from '../../utils/model/saved-article';
import { foldForSearch, foldDiacritics } from '../../utils/text/fold';

const BATCH = 250;

function toSaved(a: AnalysedArticle, i: number): SavedArticle {
  const savedAt = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
  return { ...a, id: articleId(a.canonicalUrl), savedAt, updatedAt: savedAt, readAt: null, progress: 0, tags: i % 7 === 0 ? ['theo dõi'] : [], missingImages: [] };
}

/** Bulk set-up: batched transactions through the same writer saveArticle uses (articles, rows, postings). */
export async function buildLibrary(db: LibraryDb, articles: AnalysedArticle[], onProgress?: (n: number) => void): Promise<void> {
  for (let i = 0; i < articles.length; i += BATCH) {
    const batch = articles.slice(i, i + BATCH).map((a, j) => toSaved(a, i + j));
    await inWriteTx(db, (tx) => writeArticles(tx, batch.map((article) => ({ article, images: [] }))));
    onProgress?.(Math.min(articles.length, i + BATCH));
  }
}

async function buildLibraryTail(db: LibraryDb, articles: AnalysedArticle[]): Promise<void> {
  for (const a of articles) await saveArticle(db, a);
}

/** 20 queries: 10 two-word phrases taken from the generated text with diacritics, the same 10 folded. */
function makeQueries(articles: AnalysedArticle[], random: () => number): string[] {
  const out: string[] = [];
  while (out.length < 10) {
    const a = articles[Math.floor(random() * articles.length)]!;
    const words = a.title.split(' ');
    const at = Math.floor(random() * Math.max(1, words.length - 1));
    const q = words.slice(at, at + 2).join(' ').replace(/[^\p{L}\p{N} ]/gu, '').trim();
    if (q.split(' ').length === 2 && q.length >= 5) out.push(q.toLowerCase());
  }
  return [...out, ...out.map((q) => foldDiacritics(q).toLowerCase())];
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

async function indexBytes(db: LibraryDb): Promise<number> {
  const tx = db.transaction(['terms', 'searchDocs'], 'readonly');
  let bytes = 0;
  let c = await tx.objectStore('terms').openCursor();
  while (c) {
    bytes += c.value.token.length * 2 + c.value.docs.byteLength + c.value.weights.byteLength;
    c = await c.continue();
  }
  let d = await tx.objectStore('searchDocs').openCursor();
  while (d) {
    bytes += d.value.id.length * 2 + 8 + d.value.tokens.length * 2 + (d.value.weights?.byteLength ?? 0);
    d = await d.continue();
  }
  return bytes;
}

export async function run(opts: { articles?: number; compare?: boolean; log?: (s: string) => void } = {}): Promise<BenchResult[]> {
  const count = opts.articles ?? 10_000;
  const log = opts.log ?? (() => undefined);
  let peak = rssMb();
  const sample = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  try {
    const gen = createArticleGenerator({ seed: 42 });
    const articles = Array.from({ length: count }, () => gen.next());
    const extra = Array.from({ length: 20 }, () => gen.next());
    // A private factory: the bench never shares state with anything else in the process.
    (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
    const db = await openLibrary({ name: 'bench-library' });
    const [buildMs] = await time(() => buildLibrary(db, articles, (n) => n % 2000 === 0 && log(`  built ${n}`)));
    await compactSearchIndex(db);
    log(`  build ${count} articles: ${(buildMs / 1000).toFixed(1)} s`);
    peak = Math.max(peak, rssMb());

    // saveArticle schedules a tail merge at 128 documents; 20 saves stay below it, so this is the save path
    // itself. The merge is measured on its own below (it runs after the save has returned).
    const saveMs: number[] = [];
    for (const a of extra) saveMs.push((await time(() => saveArticle(db, a)))[0]);

    const listMs: number[] = [];
    for (let i = 0; i < 10; i++) listMs.push((await time(() => listArticles(db, { limit: 50 })))[0]);

    const queries = makeQueries(articles, gen.random);
    for (const q of queries) await searchLibrary(db, q); // warm-up
    const searchMs: number[] = [];
    const searchCpuMs: number[] = [];
    const hits: number[] = [];
    for (const q of queries) {
      const cpu0 = process.cpuUsage();
      const [ms, res] = await time(() => searchLibrary(db, q));
      const cpu = process.cpuUsage(cpu0);
      searchMs.push(ms);
      searchCpuMs.push((cpu.user + cpu.system) / 1000);
      hits.push(res.length);
    }
    const idxMb = (await indexBytes(db)) / 1024 / 1024;
    // A full tail (127 articles, just below the automatic merge) merged into the postings: the background cost of 128 saves.
    const more = Array.from({ length: 107 }, () => gen.next());
    await buildLibraryTail(db, more);
    const [mergeMs] = await time(() => compactSearchIndex(db));
    db.close();
    const reopenMs = (await time(async () => (await openLibrary({ name: 'bench-library' })).close()))[0];
    peak = Math.max(peak, rssMb());
    const s = summarise(saveMs);
    const l = summarise(listMs);
    const q = summarise(searchMs);
    const results: BenchResult[] = [
      { name: 'library.save.median_ms', unit: 'ms', median: s.median, p95: s.p95, note: `${count} articles, no images; n=20` },
      { name: 'library.list.first_page_ms', unit: 'ms', median: l.median, p95: l.p95, note: '50 rows, saved-desc; n=10' },
      { name: 'library.search.ms', unit: 'ms', median: q.median, p95: q.p95, note: `20 queries (10 with, 10 without diacritics); hits/query median ${summarise(hits).median}` },
      // The process's own CPU time per query: on a machine shared with other jobs the wall time above also
      // counts the time this process waited for a core; this one does not (informative, no budget).
      { name: 'library.search.cpu_ms', unit: 'ms', median: summarise(searchCpuMs).median, p95: summarise(searchCpuMs).p95, note: 'same queries, CPU time of this process' },
      { name: 'library.peak_rss_mb', unit: 'MB', median: peak, p95: null },
      { name: 'library.index_mb', unit: 'MB', median: idxMb, p95: null, note: 'terms + searchDocs payload' },
      { name: 'library.open_ms', unit: 'ms', median: reopenMs, p95: null, note: 'reopen a 10k library (postings stay on disk)' },
      { name: 'library.merge_tail_ms', unit: 'ms', median: mergeMs, p95: null, note: '127-article tail into the postings (background, after saves)' },
      { name: 'library.build_ms', unit: 'ms', median: buildMs, p95: null, note: `bulk load, batches of ${BATCH}` },
    ];
    if (opts.compare) results.push(...(await compareMiniSearch(articles, extra, queries, log)));
    return results;
  } finally {
    clearInterval(sample);
  }
}

/** The alternative: MiniSearch in memory, persisted as toJSON() into a store; measured, not shipped. */
async function compareMiniSearch(articles: AnalysedArticle[], extra: AnalysedArticle[], queries: string[], log: (s: string) => void): Promise<BenchResult[]> {
  const options = {
    fields: ['title', 'lead', 'text', 'siteName', 'tags'],
    storeFields: [],
    processTerm: (t: string) => foldForSearch(t),
    searchOptions: { boost: { title: 3, lead: 2, siteName: 1.5, tags: 1.5 }, prefix: (_t: string, i: number, ts: string[]) => i === ts.length - 1, combineWith: 'AND' as const },
  };
  const rss0 = rssMb();
  const ms = new MiniSearch<AnalysedArticle & { id: string; tags: string[] }>(options);
  const [addMs] = await time(async () => {
    for (const a of articles) ms.add({ ...a, id: articleId(a.canonicalUrl), tags: [] });
  });
  const rssIndex = rssMb() - rss0;
  const [serialiseMs, json] = await time(async () => JSON.stringify(ms));
  // What a persisted snapshot costs to write and to bring back on every worker start.
  const db = (await openLibrary({ name: 'bench-minisearch' })) as unknown as LibraryDb;
  const [writeMs] = await time(() => inWriteTx(db, async (tx) => void (await tx.objectStore('meta').put({ key: 'minisearch', value: json.length }))));
  const [loadMs, loaded] = await time(async () => MiniSearch.loadJSON(json, options));
  const saves: number[] = [];
  for (const a of extra) {
    saves.push((await time(async () => {
      loaded.add({ ...a, id: articleId(a.canonicalUrl), tags: [] });
      JSON.stringify(loaded);
    }))[0]);
  }
  const searchMs: number[] = [];
  for (const q of queries) searchMs.push((await time(async () => loaded.search(q)))[0]);
  db.close();
  const s = summarise(searchMs);
  const sv = summarise(saves);
  log(`  minisearch: add ${count(addMs)}, serialise ${count(serialiseMs)}, loadJSON ${count(loadMs)}, heap +${rssIndex.toFixed(0)} MB`);
  void writeMs;
  return [
    { name: 'library.alt_minisearch.search.ms', unit: 'ms', median: s.median, p95: s.p95, note: 'in memory, same queries' },
    { name: 'library.alt_minisearch.index_mb', unit: 'MB', median: json.length / 1024 / 1024, p95: null, note: 'toJSON size' },
    { name: 'library.alt_minisearch.open_ms', unit: 'ms', median: loadMs, p95: null, note: 'loadJSON on every start' },
    { name: 'library.alt_minisearch.save_ms', unit: 'ms', median: sv.median, p95: sv.p95, note: 'add + re-serialise snapshot' },
    { name: 'library.alt_minisearch.build_ms', unit: 'ms', median: addMs, p95: null, note: `rss +${rssIndex.toFixed(0)} MB` },
  ];
}

function count(ms: number): string {
  return `${ms.toFixed(0)} ms`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const arg = process.argv.find((a) => a.startsWith('--articles='));
  void run({
    articles: arg ? Number(arg.split('=')[1]) : undefined,
    compare: process.argv.includes('--compare'),
    log: (s) => console.error(s),
  }).then((results) => {
    for (const r of results) {
      const p95 = r.p95 !== null ? `  p95 ${r.p95.toFixed(2)}` : '';
      console.log(`${r.name.padEnd(36)} ${r.median.toFixed(2).padStart(10)} ${r.unit}${p95}${r.note ? `  (${r.note})` : ''}`);
    }
  });
}
