// Quick summaries already read, per article URL, so that reopening the popup on the same list shows them at once
// instead of fetching every article again. Kept in extension storage under one key, newest first, capped in
// count and age: a portal article rarely changes after the day it is published, and a week-old summary of a
// list the reader has not opened since is of no use. Everything read back is checked again (storage is written
// by this code, but a damaged or older value must not reach the popup as anything but text).
import type { SettingsStore } from '../prefs/stored-record';
import type { QuickSummary } from './quick-summary';

export const SUMMARY_CACHE_KEY = 'digestSummaries';
const MAX_ENTRIES = 300;
const MAX_AGE_MS = 7 * 24 * 3600 * 1000;

interface Entry {
  at: number;
  summary: QuickSummary;
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function checkSummary(v: unknown): QuickSummary | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  if (!str(s.url, 4096) || !/^https?:\/\//i.test(s.url) || !str(s.title, 1000)) return null;
  if (!Array.isArray(s.sentences) || s.sentences.length > 3 || !s.sentences.every((x) => str(x, 1000))) return null;
  if (s.publishedAt !== null && !str(s.publishedAt, 64)) return null;
  let figure: QuickSummary['figure'] = null;
  if (s.figure !== null) {
    const f = s.figure as Record<string, unknown> | undefined;
    if (!f || !str(f.kind, 40) || !str(f.label, 300) || !str(f.value, 300)) return null;
    figure = { kind: f.kind as NonNullable<QuickSummary['figure']>['kind'], label: f.label, value: f.value };
  }
  return { url: s.url, title: s.title, sentences: s.sentences as string[], figure, publishedAt: s.publishedAt as string | null };
}

function readEntries(raw: unknown, now: number): Entry[] {
  if (!Array.isArray(raw)) return [];
  const out: Entry[] = [];
  for (const e of raw.slice(0, MAX_ENTRIES)) {
    if (typeof e !== 'object' || e === null) continue;
    const at = (e as Record<string, unknown>).at;
    const summary = checkSummary((e as Record<string, unknown>).summary);
    if (typeof at === 'number' && summary && now - at < MAX_AGE_MS) out.push({ at, summary });
  }
  return out;
}

export function createSummaryCache(store: SettingsStore, now: () => number = () => Date.now()) {
  // Summaries arriving together are written together: one read and one write of the key for the whole batch,
  // and the batches one after another, so none overwrites another.
  let writing: Promise<void> = Promise.resolve();
  let batch: QuickSummary[] = [];
  let flushing: Promise<void> | null = null;

  async function load(): Promise<Entry[]> {
    try {
      return readEntries((await store.get(SUMMARY_CACHE_KEY))[SUMMARY_CACHE_KEY], now());
    } catch {
      return [];
    }
  }

  /** The cached summaries of these URLs (those that have one). */
  async function getMany(urls: readonly string[]): Promise<Map<string, QuickSummary>> {
    await writing;
    const wanted = new Set(urls);
    return new Map((await load()).filter((e) => wanted.has(e.summary.url)).map((e) => [e.summary.url, e.summary]));
  }

  async function write(summaries: QuickSummary[]): Promise<void> {
    const fresh = new Set(summaries.map((s) => s.url));
    const at = now();
    const entries = [...summaries.reverse().map((summary) => ({ at, summary })), ...(await load()).filter((e) => !fresh.has(e.summary.url))];
    await store.set({ [SUMMARY_CACHE_KEY]: entries.slice(0, MAX_ENTRIES) });
  }

  /** Resolves once the summary is stored (never rejects: a cache that cannot be written only costs a refetch). */
  function put(summary: QuickSummary): Promise<void> {
    batch.push(summary);
    flushing ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      const taken = batch;
      batch = [];
      flushing = null;
      writing = writing.then(() => write(taken)).catch(() => undefined);
      return writing;
    });
    return flushing;
  }

  return { getMany, put };
}

export type SummaryCache = ReturnType<typeof createSummaryCache>;
