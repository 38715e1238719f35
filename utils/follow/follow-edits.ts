// Every change to the follow state, as one value: what the popup and the library ask the background to do
// (through one message, validated here as untrusted input) and what a finished check brings. The background
// applies them one at a time to the state it read (utils/extension/follow-service.ts).
import { isDigestKind, type DigestPageKind } from '../digest/teasers';
import type { PageOutcome } from './check-pages';
import {
  MAX_FOLLOWS,
  MAX_KNOWN,
  MAX_NEWS,
  readFollowSettings,
  webAddress,
  type FollowSettings,
  type FollowState,
  type FollowedPage,
} from './followed-page';

export type FollowEdit =
  | { op: 'follow'; url: string; title: string; kind: DigestPageKind; known: string[] }
  | { op: 'unfollow'; url: string }
  | { op: 'pause'; url: string; paused: boolean }
  /** A "Tin mới" item read or dismissed; `url` null: all of them. */
  | { op: 'done'; url: string | null }
  | { op: 'settings'; settings: FollowSettings }
  /** Followed pages from a backup file: added when not followed yet, never replacing one that is. */
  | { op: 'import'; pages: { url: string; title: string; kind: DigestPageKind; paused: boolean }[] };

export type EditResult = { ok: true; state: FollowState } | { ok: false; reason: 'too-many' | 'invalid' };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const title = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, 300) : '');

/** A followed page of a backup file or a message: url, title, kind, paused; null when it is not one. */
export function readFollowEntry(v: unknown): { url: string; title: string; kind: DigestPageKind; paused: boolean } | null {
  if (!isObj(v)) return null;
  const url = webAddress(v.url);
  if (!url || !isDigestKind(v.kind)) return null;
  return { url, title: title(v.title) || url, kind: v.kind, paused: v.paused === true };
}

/** The edit in a message, or null when it is not a well-formed one. */
export function readFollowEdit(v: unknown): FollowEdit | null {
  if (!isObj(v) || typeof v.op !== 'string') return null;
  const url = webAddress(v.url);
  switch (v.op) {
    case 'follow': {
      const entry = readFollowEntry(v);
      if (!entry || !Array.isArray(v.known)) return null;
      const known = v.known.slice(0, MAX_KNOWN).map(webAddress).filter((u): u is string => u !== null);
      return { op: 'follow', url: entry.url, title: entry.title, kind: entry.kind, known };
    }
    case 'unfollow':
      return url ? { op: 'unfollow', url } : null;
    case 'pause':
      return url && typeof v.paused === 'boolean' ? { op: 'pause', url, paused: v.paused } : null;
    case 'done':
      return v.url === null ? { op: 'done', url: null } : url ? { op: 'done', url } : null;
    case 'settings':
      return isObj(v.settings) ? { op: 'settings', settings: readFollowSettings(v.settings) } : null;
    case 'import': {
      if (!Array.isArray(v.pages)) return null;
      const pages = v.pages.slice(0, MAX_FOLLOWS).map(readFollowEntry).filter((p): p is NonNullable<typeof p> => p !== null);
      return { op: 'import', pages };
    }
    default:
      return null;
  }
}

export function newFollowedPage(entry: { url: string; title: string; kind: DigestPageKind; paused?: boolean }, known: string[], now: number): FollowedPage {
  return {
    url: entry.url,
    title: entry.title,
    kind: entry.kind,
    followedAt: now,
    paused: entry.paused === true,
    lastCheckedAt: null,
    problem: null,
    httpStatus: null,
    note: null,
    etag: null,
    lastModified: null,
    known: known.slice(0, MAX_KNOWN),
    baselined: false,
  };
}

export function applyEdit(state: FollowState, edit: FollowEdit, now: number): EditResult {
  const pages = state.pages;
  switch (edit.op) {
    case 'follow': {
      const existing = pages.find((p) => p.url === edit.url);
      if (existing) return { ok: true, state: { ...state, pages: pages.map((p) => (p === existing ? { ...p, paused: false } : p)) } };
      if (pages.length >= MAX_FOLLOWS) return { ok: false, reason: 'too-many' };
      return { ok: true, state: { ...state, pages: [...pages, newFollowedPage(edit, edit.known, now)] } };
    }
    case 'unfollow':
      // Its new articles go with it: the badge counts only pages the reader still follows.
      return { ok: true, state: { ...state, pages: pages.filter((p) => p.url !== edit.url), news: state.news.filter((n) => n.pageUrl !== edit.url) } };
    case 'pause':
      return { ok: true, state: { ...state, pages: pages.map((p) => (p.url === edit.url ? { ...p, paused: edit.paused } : p)) } };
    case 'done':
      return { ok: true, state: { ...state, news: edit.url === null ? [] : state.news.filter((n) => n.url !== edit.url) } };
    case 'settings':
      return { ok: true, state: { ...state, settings: edit.settings } };
    case 'import': {
      const added = [...pages];
      for (const entry of edit.pages) {
        if (added.length >= MAX_FOLLOWS) break;
        if (!added.some((p) => p.url === entry.url)) added.push(newFollowedPage(entry, [], now));
      }
      return { ok: true, state: { ...state, pages: added } };
    }
  }
}

/** A finished check's outcomes merged in: a page unfollowed meanwhile stays unfollowed; news newest first,
 *  each article once, capped. */
export function applyOutcomes(state: FollowState, outcomes: readonly PageOutcome[]): FollowState {
  const byUrl = new Map(outcomes.map((o) => [o.url, o]));
  const pages = state.pages.map((p) => {
    const o = byUrl.get(p.url);
    return o ? { ...p, ...o.patch } : p;
  });
  const following = new Set(pages.map((p) => p.url));
  const listed = new Set(state.news.map((n) => n.url));
  const fresh = outcomes.flatMap((o) => (following.has(o.url) ? o.fresh : [])).filter((n) => !listed.has(n.url) && (listed.add(n.url), true));
  return { ...state, pages, news: [...fresh, ...state.news].slice(0, MAX_NEWS) };
}
