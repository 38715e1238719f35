// The persisted inverted index behind searchLibrary(): folded token → postings (docNo + weight), kept in
// IndexedDB and updated in the same transaction as the article, so it survives restarts with no rebuild and
// is never out of step with the articles.
//
// Why not MiniSearch serialised into a store? Measured with `npx tsx tools/bench/library.ts --compare` on
// 10,000 generated ~1,500-word articles (2-core machine, shared with other jobs, so treat as rough):
//                      persisted postings (this file)          MiniSearch 7.2 toJSON/loadJSON
//   open (per start)   1–6 ms (nothing to load)                 7,700 ms loadJSON of a 44 MB JSON
//   save one article   5–6 ms median (tail write)               2,000 ms median (add + re-serialise snapshot)
//   search median/p95  26 / 40 ms (quiet run)                   79 / 327 ms (same queries, AND + prefix)
//   size               67 MB (postings + per-doc token lists)   44 MB JSON, +400 MB RSS in memory
// MiniSearch would need a journal + compaction to avoid re-serialising, and its whole index in the memory of an
// MV3 worker that restarts often. The postings store opens in constant time and memory stays flat.
// Saves go to a small tail (see applyIndexChanges) because rewriting a document's ~1,000 postings records
// directly cost ~300 ms per save at 10,000 articles.
import type { AnalysedArticle } from '../model/analysed-article';
import type { SearchDocRecord, TermRecord } from './schema';
import type { WriteTx } from './schema';
import { tokenize } from './tokenize';
import { quiet } from './tx';
import { hostOf } from '../sites/same-site';

// Field weights (title > lead > site/tags > text): a word in the title says more about what the article is
// than the same word deep in the body. The text part is BM25's saturating term frequency, so an article that
// repeats a word 40 times does not bury one that uses it in its title.
// The title outweighs lead + text together (2 + at most 2.2): the lead is also the start of the text, so a
// lead word is counted twice, and a lead-and-body mention must still rank below a title mention.
const TITLE_WEIGHT = 5;
const LEAD_WEIGHT = 2;
const META_WEIGHT = 1.5;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** A fixed average length (tokens) instead of the library's live average: weights stay valid without
 *  re-weighting every posting when the average drifts. ~800 syllables is a typical portal article. */
const AVERAGE_DOC_TOKENS = 800;
/** Weights are stored as integers (Uint16) in hundredths. */
export const WEIGHT_SCALE = 100;

export interface SearchableFields {
  title: string;
  lead: string;
  text: string;
  siteName: string | null;
  url: string;
  tags: readonly string[];
}

/** token → integer weight for one article. */
export function weighTokens(a: SearchableFields): Map<string, number> {
  const title = new Set(tokenize(a.title));
  const lead = new Set(tokenize(a.lead));
  const meta = new Set(tokenize([a.siteName ?? '', hostOf(a.url), ...a.tags].join(' ')));
  const textTokens = tokenize(a.text);
  const tf = new Map<string, number>();
  for (const t of textTokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  const norm = BM25_K1 * (1 - BM25_B + (BM25_B * textTokens.length) / AVERAGE_DOC_TOKENS);
  const out = new Map<string, number>();
  for (const t of new Set([...title, ...lead, ...meta, ...tf.keys()])) {
    const f = tf.get(t) ?? 0;
    const text = f === 0 ? 0 : (f * (BM25_K1 + 1)) / (f + norm);
    const w =
      (title.has(t) ? TITLE_WEIGHT : 0) + (lead.has(t) ? LEAD_WEIGHT : 0) + (meta.has(t) ? META_WEIGHT : 0) + text;
    out.set(t, Math.max(1, Math.min(65535, Math.round(w * WEIGHT_SCALE))));
  }
  return out;
}

export function searchableFields(a: AnalysedArticle & { tags?: readonly string[] }): SearchableFields {
  return { title: a.title, lead: a.lead, text: a.text, siteName: a.siteName, url: a.url, tags: a.tags ?? [] };
}

/**
 * Merges changes (docNo → weight, 0 = remove) into a token's postings in one pass; null when they become empty.
 * One pass matters: a bulk load adds hundreds of articles to the same common tokens ("va", "cua").
 */
export function mergePostings(rec: TermRecord | undefined, token: string, changes: Map<number, number>): TermRecord | null {
  const docs = rec?.docs ?? new Uint32Array(0);
  const weights = rec?.weights ?? new Uint16Array(0);
  const changed = [...changes.keys()].sort((a, b) => a - b);
  const outDocs = new Uint32Array(docs.length + changed.length);
  const outWeights = new Uint16Array(docs.length + changed.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < docs.length || j < changed.length) {
    const d = i < docs.length ? docs[i]! : Infinity;
    const c = j < changed.length ? changed[j]! : Infinity;
    if (d < c) {
      outDocs[n] = d;
      outWeights[n++] = weights[i++]!;
      continue;
    }
    const w = changes.get(c)!;
    if (w > 0) {
      outDocs[n] = c;
      outWeights[n++] = w;
    }
    if (d === c) i++;
    j++;
  }
  if (n === 0) return null;
  return { token, docs: outDocs.slice(0, n), weights: outWeights.slice(0, n) };
}

/** Documents in the tail before a merge is worth its cost (search scans the tail document by document). */
export const TAIL_LIMIT = 128;

/**
 * Records articles' new token weights (null = removed). Writes go to the TAIL, not to the postings: a save
 * writes one searchDocs record (and at most one tombstone) instead of rewriting the postings of its ~1,000
 * tokens, which costs ~300 ms at 10,000 articles (measured). mergeTail() folds the tail into `terms` in bulk.
 * Returns the tail size after the change.
 */
export async function applyIndexChanges(tx: WriteTx, changes: Map<string, Map<string, number> | null>): Promise<number> {
  const docStore = tx.objectStore('searchDocs');
  const meta = tx.objectStore('meta');
  const [previous, nextRec] = await Promise.all([
    Promise.all([...changes.keys()].map((id) => docStore.get(id))),
    meta.get('nextDocNo'),
  ]);
  const firstDocNo = nextRec?.value ?? 1;
  let nextDocNo = firstDocNo;
  const writes: Promise<unknown>[] = [];
  let i = 0;
  for (const [id, weights] of changes) {
    const prev: SearchDocRecord | undefined = previous[i++];
    // A merged document stays in the postings until the next merge: a tombstone hides it from search.
    if (prev?.merged === 1) writes.push(quiet(tx.objectStore('deadDocs').put({ docNo: prev.docNo, tokens: prev.tokens })));
    if (weights === null) {
      if (prev) writes.push(quiet(docStore.delete(id)));
      continue;
    }
    const docNo = prev && prev.merged === 0 ? prev.docNo : nextDocNo++;
    writes.push(
      quiet(docStore.put({ id, docNo, tokens: [...weights.keys()].join(' '), weights: Uint16Array.from(weights.values()), merged: 0 })),
    );
  }
  if (nextDocNo !== firstDocNo) writes.push(quiet(meta.put({ key: 'nextDocNo', value: nextDocNo })));
  await Promise.all(writes);
  const [tail, dead] = await Promise.all([docStore.index('merged').count(0), tx.objectStore('deadDocs').count()]);
  return tail + dead;
}

/**
 * Folds the tail and the tombstones into the `terms` postings: each touched token is read and written once.
 * Runs inside the caller's transaction (bulk writes) or on its own (compactSearchIndex).
 */
export async function mergeTail(tx: WriteTx): Promise<void> {
  const docStore = tx.objectStore('searchDocs');
  const deadStore = tx.objectStore('deadDocs');
  const [tail, dead] = await Promise.all([docStore.index('merged').getAll(0), deadStore.getAll()]);
  if (tail.length === 0 && dead.length === 0) return;
  const perToken = new Map<string, Map<number, number>>();
  const push = (token: string, docNo: number, weight: number): void => {
    let m = perToken.get(token);
    if (!m) perToken.set(token, (m = new Map()));
    m.set(docNo, weight);
  };
  for (const d of dead) for (const t of d.tokens.split(' ')) if (t) push(t, d.docNo, 0);
  for (const doc of tail) {
    const tokens = doc.tokens === '' ? [] : doc.tokens.split(' ');
    tokens.forEach((t, k) => push(t, doc.docNo, doc.weights?.[k] ?? 1));
  }
  const terms = tx.objectStore('terms');
  await Promise.all([
    ...tail.map((doc) => quiet(docStore.put({ ...doc, weights: null, merged: 1 }))),
    ...dead.map((d) => quiet(deadStore.delete(d.docNo))),
    ...[...perToken].map(async ([token, m]) => {
      const rec = mergePostings(await terms.get(token), token, m);
      if (rec) await terms.put(rec);
      else await terms.delete(token);
    }),
  ]);
}
