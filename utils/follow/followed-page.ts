// What the extension remembers about the pages a reader follows ("Theo dõi"), the new articles found on them
// ("Tin mới") and the reader's choices for the checks. Kept in extension storage under one key, written only by
// the background (one writer, so two pages never overwrite each other's changes). Everything read back — from
// storage, a message or a backup file — goes through readFollowState first: an older version, a damaged profile
// or a hand-edited backup must never reach a check or the screen as anything but these shapes.
import type { FetchFailure } from '../digest/page-fetcher';
import { isDigestKind, type DigestPageKind } from '../digest/teasers';

export const FOLLOW_STATE_KEY = 'follows';

/** Why the last check of a page found nothing to compare: the fetch failed, or the page no longer lists articles,
 *  or the extension may not read that site. */
export type FollowProblem = FetchFailure | 'no-list' | 'no-access';
/** What the last check noticed beside its result: the page changed its layout (no known link left: nothing is
 *  called new), a block of links changed wholly (a rotating "random news" box: ignored), more new links than one
 *  check reports (the rest are taken as seen). */
export type FollowNote = 'template-changed' | 'rotating' | 'capped';

export interface FollowedPage {
  /** The list page followed (http(s)). */
  url: string;
  /** Its heading as the reader saw it. */
  title: string;
  kind: DigestPageKind;
  followedAt: number;
  paused: boolean;
  lastCheckedAt: number | null;
  problem: FollowProblem | null;
  httpStatus: number | null;
  note: FollowNote | null;
  etag: string | null;
  lastModified: string | null;
  /** Teaser links seen on the page, newest first: a link not among them is a new article. */
  known: string[];
  /** False until a check has read the page once: the first reading only learns what is there. */
  baselined: boolean;
}

/** One "Tin mới" item: a teaser seen for the first time on a followed page. */
export interface NewItem {
  url: string;
  pageUrl: string;
  title: string;
  site: string;
  date: string | null;
  foundAt: number;
}

export interface FollowSettings {
  /** Minutes between two scheduled checks. */
  intervalMinutes: number;
  /** Save new articles for offline reading as they are found (off unless the reader turns it on). */
  autoSave: boolean;
  /** Auto-save stops when the library holds this many megabytes. */
  autoSaveMaxMb: number;
}

export interface FollowState {
  pages: FollowedPage[];
  news: NewItem[];
  settings: FollowSettings;
}

export const INTERVAL_CHOICES = [60, 180, 360, 720, 1440] as const;
export const AUTO_SAVE_CAP_CHOICES = [50, 100, 200, 500] as const;
export const DEFAULT_SETTINGS: FollowSettings = { intervalMinutes: 180, autoSave: false, autoSaveMaxMb: 100 };
export const MAX_FOLLOWS = 100;
export const MAX_NEWS = 200;
export const MAX_KNOWN = 300;
const MAX_TITLE = 300;

export const emptyFollowState = (): FollowState => ({ pages: [], news: [], settings: { ...DEFAULT_SETTINGS } });

const PROBLEMS: readonly FollowProblem[] = ['timeout', 'status', 'network', 'other-site', 'moved', 'too-large', 'not-html', 'no-list', 'no-access'];
const NOTES: readonly FollowNote[] = ['template-changed', 'rotating', 'capped'];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length <= max ? v : null);
const time = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/** An http(s) address without credentials or fragment, or null. */
export function webAddress(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 2048) return null;
  try {
    const u = new URL(v);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

const cleanText = (v: unknown, max = MAX_TITLE) => (str(v, 10_000) ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

export function readFollowedPage(v: unknown): FollowedPage | null {
  if (!isObj(v)) return null;
  const url = webAddress(v.url);
  if (!url || !isDigestKind(v.kind)) return null;
  const known = Array.isArray(v.known) ? v.known.slice(0, MAX_KNOWN).map(webAddress).filter((u): u is string => u !== null) : [];
  const status = time(v.httpStatus);
  return {
    url,
    title: cleanText(v.title) || url,
    kind: v.kind,
    followedAt: time(v.followedAt) ?? 0,
    paused: v.paused === true,
    lastCheckedAt: time(v.lastCheckedAt),
    problem: PROBLEMS.includes(v.problem as FollowProblem) ? (v.problem as FollowProblem) : null,
    httpStatus: status !== null && status < 1000 ? Math.trunc(status) : null,
    note: NOTES.includes(v.note as FollowNote) ? (v.note as FollowNote) : null,
    etag: str(v.etag, 200),
    lastModified: str(v.lastModified, 100),
    known,
    baselined: v.baselined === true,
  };
}

function readNewItem(v: unknown): NewItem | null {
  if (!isObj(v)) return null;
  const url = webAddress(v.url);
  const pageUrl = webAddress(v.pageUrl);
  const title = cleanText(v.title);
  if (!url || !pageUrl || !title) return null;
  return { url, pageUrl, title, site: cleanText(v.site, 120), date: str(v.date, 40), foundAt: time(v.foundAt) ?? 0 };
}

export function readFollowSettings(v: unknown): FollowSettings {
  const s = isObj(v) ? v : {};
  return {
    intervalMinutes: (INTERVAL_CHOICES as readonly unknown[]).includes(s.intervalMinutes) ? (s.intervalMinutes as number) : DEFAULT_SETTINGS.intervalMinutes,
    autoSave: s.autoSave === true,
    autoSaveMaxMb: (AUTO_SAVE_CAP_CHOICES as readonly unknown[]).includes(s.autoSaveMaxMb) ? (s.autoSaveMaxMb as number) : DEFAULT_SETTINGS.autoSaveMaxMb,
  };
}

/** Any stored value → a valid state: bad entries are dropped one by one, duplicates keep their first copy. */
export function readFollowState(raw: unknown): FollowState {
  if (!isObj(raw)) return emptyFollowState();
  const pages: FollowedPage[] = [];
  for (const p of Array.isArray(raw.pages) ? raw.pages.slice(0, MAX_FOLLOWS * 2) : []) {
    const page = readFollowedPage(p);
    if (page && !pages.some((x) => x.url === page.url) && pages.length < MAX_FOLLOWS) pages.push(page);
  }
  const news: NewItem[] = [];
  for (const n of Array.isArray(raw.news) ? raw.news.slice(0, MAX_NEWS * 2) : []) {
    const item = readNewItem(n);
    if (item && !news.some((x) => x.url === item.url) && news.length < MAX_NEWS) news.push(item);
  }
  return { pages, news, settings: readFollowSettings(raw.settings) };
}
