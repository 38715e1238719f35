// The relevance scorer: success@1 (a reader's best answer is first) and nDCG@5 (best answers gain 2, other
// expected ones 1, discounted by rank) averaged over the queries of the relevance set.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../../../utils/library/db';
import { saveArticle } from '../../../utils/library/save';
import { searchLibrary } from '../../../utils/library/search';
import type { LibraryDb } from '../../../utils/library/schema';
import { makeArticle } from '../fixtures/articles';

export interface SavedPage { key: string; url: string; title: string; siteName: string | null; lead: string; text: string; publishedAt: string | null }
export interface Judged { q: string; best: string[]; also?: string[] }
export interface QueryScore { q: string; top: string[]; success: number; ndcg: number }

const here = dirname(fileURLToPath(import.meta.url));
export const relevancePages = (): SavedPage[] => JSON.parse(readFileSync(join(here, 'library.json'), 'utf8')) as SavedPage[];
/** `file`: queries.json (the set search was tuned on) or held-out.json (never tuned on). */
export const relevanceQueries = (file = 'queries.json'): Judged[] =>
  (JSON.parse(readFileSync(join(here, file), 'utf8')) as { queries: Judged[] }).queries;

export async function relevanceLibrary(name: string): Promise<{ db: LibraryDb; keyOf: Map<string, string> }> {
  const db = await openLibrary({ name });
  const keyOf = new Map<string, string>();
  for (const p of relevancePages()) {
    const { id } = await saveArticle(
      db,
      makeArticle({ url: p.url, canonicalUrl: p.url, title: p.title, siteName: p.siteName, lead: p.lead, text: p.text, publishedAt: p.publishedAt, images: [], figures: [] }),
    );
    keyOf.set(id, p.key);
  }
  return { db, keyOf };
}

export function ndcgAt5(ranked: string[], j: Judged): number {
  const gain = (k: string): number => (j.best.includes(k) ? 2 : (j.also ?? []).includes(k) ? 1 : 0);
  const dcg = ranked.slice(0, 5).reduce((s, k, i) => s + gain(k) / Math.log2(i + 2), 0);
  const ideal = [...j.best.map(() => 2), ...(j.also ?? []).map(() => 1)].slice(0, 5);
  const idcg = ideal.reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

export async function scoreRelevance(db: LibraryDb, keyOf: Map<string, string>, queries: Judged[]): Promise<{ success1: number; ndcg5: number; perQuery: QueryScore[] }> {
  const perQuery: QueryScore[] = [];
  for (const j of queries) {
    const hits = await searchLibrary(db, j.q, { limit: 10 });
    const top = hits.map((h) => keyOf.get(h.id) ?? h.id);
    perQuery.push({ q: j.q, top: top.slice(0, 5), success: top[0] !== undefined && j.best.includes(top[0]) ? 1 : 0, ndcg: ndcgAt5(top, j) });
  }
  const mean = (f: (s: QueryScore) => number): number => perQuery.reduce((s, x) => s + f(x), 0) / perQuery.length;
  return { success1: mean((s) => s.success), ndcg5: mean((s) => s.ndcg), perQuery };
}
