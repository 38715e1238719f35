// Full-text search over the persisted postings (search-index.ts): title, lead, text, site and tags, folded so
// that "tuyen van" finds "tuyên vận" and "dang" finds "Đảng"; every term must match (AND), the last one also
// as a prefix while the user is typing; ranked by field weight × idf, then the best candidates re-ranked by
// phrase, nearness and the reader's own diacritics (rerank.ts).
import type { LibraryDb } from './schema';
import type { ListRow, TermRecord } from './schema';
import { tokenize } from './tokenize';
import { highlight, snippet, snippetSpans, type QueryTerms, type Segment } from './snippet';
import { toLibraryError } from './errors';
import { isListRow } from './check-list-row';
import { relevanceFactor } from './rerank';

export interface SearchHit {
  id: string;
  title: string;
  siteName: string | null;
  url: string;
  publishedAt: string | null;
  score: number;
  /** A window of the text around the matches; hit segments are the matching words. */
  snippet: Segment[];
  titleSegments: Segment[];
}

export interface SearchOptions {
  limit?: number;
}

/** More query words than this are ignored: each costs a postings read, and 8 words already pin a document. */
const MAX_QUERY_TERMS = 8;
/** How many completions of the last word are searched ("tu" → "tu", "tuy", "tuyen"…): the shortest ones, which
 *  are the likeliest intended words, first. */
const MAX_PREFIX_EXPANSIONS = 24;
/** A completion counts for less than the exact word, so "van" ranks "vận" above "vấn đề"… only by idf. */
const PREFIX_FACTOR = 0.6;
/** Candidates read word by word for phrase, nearness and exact diacritics: the rest keep their word order. */
const RERANK_POOL = 20;

function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export async function searchLibrary(db: LibraryDb, query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = Math.max(0, Math.floor(opts.limit ?? 20));
  const words = [...new Set(tokenize(query))].slice(0, MAX_QUERY_TERMS);
  if (words.length === 0 || limit === 0) return [];
  // The last word is still being typed unless the query ends with a space.
  const prefix = /[\s]$/.test(query) ? null : words[words.length - 1]!;
  const q: QueryTerms = { exact: words, prefix };
  try {
    const tx = db.transaction(['terms', 'searchDocs', 'deadDocs', 'summaries', 'articles', 'meta'], 'readonly');
    const terms = tx.objectStore('terms');
    const docStore = tx.objectStore('searchDocs');
    const [n, next, deadKeys, tailDocs, groups] = await Promise.all([
      docStore.count(),
      tx.objectStore('meta').get('nextDocNo'),
      tx.objectStore('deadDocs').getAllKeys(),
      docStore.index('merged').getAll(0),
      Promise.all(
        words.map(async (w): Promise<TermRecord[]> => {
          if (w !== prefix) {
            const rec = await terms.get(w);
            return rec ? [rec] : [];
          }
          const keys = await terms.getAllKeys(IDBKeyRange.bound(w, w + '\uffff'));
          const chosen = keys.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_EXPANSIONS);
          const recs = await Promise.all(chosen.map((k) => terms.get(k)));
          return recs.filter((r): r is TermRecord => r !== undefined);
        }),
      ),
    ]);
    const size = next?.value ?? 1;
    const dead = new Uint8Array(size);
    for (const d of deadKeys) if (d < size) dead[d] = 1;
    // Documents not merged yet (search-index.ts): matched word by word from their own token lists.
    const tail = tailDocs.map((doc) => ({ docNo: doc.docNo, tokens: doc.tokens === '' ? [] : doc.tokens.split(' '), weights: doc.weights }));
    const mainDf = new Map<string, number>();
    for (const recs of groups) for (const r of recs) mainDf.set(r.token, r.docs.length);
    const tailDf = new Map<string, number>();
    for (const doc of tail) {
      for (const t of doc.tokens) if (words.some((w) => t.startsWith(w))) tailDf.set(t, (tailDf.get(t) ?? 0) + 1);
    }
    const df = (t: string): number => (mainDf.get(t) ?? 0) + (tailDf.get(t) ?? 0);

    const score = new Float64Array(size);
    const matched = new Uint8Array(size);
    const best = new Float64Array(size);
    let candidates: number[] = [];
    // Rarest word first: its postings bound the candidates, later words only narrow them.
    const order = words
      .map((w, i) => ({ w, recs: groups[i]!, total: groups[i]!.reduce((s, r) => s + r.docs.length, 0) }))
      .sort((a, b) => a.total - b.total);
    for (let i = 0; i < order.length; i++) {
      const { w, recs } = order[i]!;
      const touched: number[] = [];
      const offer = (d: number, v: number): void => {
        if (matched[d] !== i || dead[d] === 1) return; // missed an earlier word (AND), or a tombstone
        if (best[d] === 0) touched.push(d);
        if (v > best[d]!) best[d] = v;
      };
      for (const rec of recs) {
        const factor = idf(df(rec.token), n) * (rec.token === w ? 1 : PREFIX_FACTOR);
        const { docs, weights } = rec;
        for (let j = 0; j < docs.length; j++) offer(docs[j]!, weights[j]! * factor);
      }
      for (const doc of tail) {
        doc.tokens.forEach((t, k) => {
          const exact = t === w;
          if (!exact && !(w === prefix && t.startsWith(w))) return;
          offer(doc.docNo, (doc.weights?.[k] ?? 1) * idf(df(t), n) * (exact ? 1 : PREFIX_FACTOR));
        });
      }
      for (const d of touched) {
        score[d]! += best[d]!;
        matched[d] = i + 1;
        best[d] = 0;
      }
      candidates = touched;
      if (candidates.length === 0) break;
    }
    // The word scores pick the candidates; the best RERANK_POOL of them are then read as text (rerank.ts).
    const pool = candidates
      .filter((d) => matched[d] === order.length)
      .sort((a, b) => score[b]! - score[a]! || a - b)
      .slice(0, Math.max(limit, RERANK_POOL));
    const rows = await Promise.all(
      pool.map(async (d) => {
        const doc = await docStore.index('docNo').get(d);
        if (!doc) return null;
        const [summary, article] = await Promise.all([
          tx.objectStore('summaries').get(doc.id),
          tx.objectStore('articles').get(doc.id),
        ]);
        // A damaged row is shown by the list (as damaged), not as a search hit it cannot describe.
        if (!isListRow(summary)) return null;
        const text = typeof article?.text === 'string' ? article.text : '';
        // The text's words are read once, for the re-ranking and for the snippet.
        const spans = snippetSpans(text);
        const factor = relevanceFactor(query, prefix !== null, { title: summary.title, siteName: summary.siteName, lead: summary.lead, text, textSpans: spans });
        return { summary, text, spans, final: score[d]! * factor };
      }),
    );
    return rows
      .filter((r): r is { summary: ListRow; text: string; spans: ReturnType<typeof snippetSpans>; final: number } => r !== null)
      // Equal scores: the newer article first (a reader following the news wants this week's over last year's).
      .sort((a, b) => b.final - a.final || (b.summary.publishedAt ?? '').localeCompare(a.summary.publishedAt ?? ''))
      .slice(0, limit)
      .map(({ summary, text, spans, final }) => ({
        id: summary.id,
        title: summary.title,
        siteName: summary.siteName,
        url: summary.url,
        publishedAt: summary.publishedAt,
        score: Math.round((final / 100) * 1000) / 1000,
        snippet: text ? snippet(text, q, undefined, spans) : snippet(summary.lead, q),
        titleSegments: highlight(summary.title, q),
      }));
  } catch (e) {
    throw toLibraryError(e);
  }
}
