// How two devices' reading states become one. Every field carries the hybrid-clock stamp of its last edit and
// the later stamp wins, field by field (marking read on the phone and moving the position on the computer
// both survive). Tags merge as sets where a concurrent add beats a remove. A deletion is a marker with its
// stamp: it wins over edits made before it, loses to edits made after, and is forgotten after 30 days, the
// time the trash keeps a deleted article. Merging is commutative and idempotent, so the order in which
// devices sync never changes the result.
import { compareStamps, isStamp, type Stamp } from './clock';
import { copyStamp, isBool, later, ownEntries, parseField, type Field } from './field';
import { mergeFollows, parseFollows, pruneUnfollows, type SyncedFollow } from './follows';

export type { Field } from './field';

export const DELETION_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * One tag's history: the stamp of its latest add, and the latest add stamp a remove had seen. The tag is on
 * while some add is newer than every add a remove saw, so a remove never cancels an add it did not know of.
 */
export interface TagEntry {
  added: Stamp;
  removedUpTo: Stamp | null;
}

export interface ArticleState {
  read?: Field<boolean>;
  /** Reading position, 0…1 of the article's length. */
  position?: Field<number>;
  tags: Record<string, TagEntry>;
  deleted?: Stamp;
}

export interface LibraryState {
  articles: Record<string, ArticleState>;
  /** Followed pages (a portal's list page) → followed or not, paused or not (follows.ts). */
  follows: Record<string, SyncedFollow>;
}

export const emptyState = (): LibraryState => ({ articles: {}, follows: {} });

const latestStamp = (a: Stamp | null | undefined, b: Stamp | null | undefined): Stamp | null =>
  !a ? (b ?? null) : !b ? a : compareStamps(a, b) >= 0 ? a : b;

export function tagIsOn(entry: TagEntry): boolean {
  return !entry.removedUpTo || compareStamps(entry.added, entry.removedUpTo) > 0;
}

export function visibleTags(article: ArticleState): string[] {
  return Object.keys(article.tags)
    .filter((t) => tagIsOn(article.tags[t]!))
    .sort();
}

/** The newest edit to the article's own fields (not its deletion). */
function lastEdit(a: ArticleState): Stamp | null {
  let last: Stamp | null = latestStamp(a.read?.at, a.position?.at);
  for (const t of Object.values(a.tags)) last = latestStamp(last, latestStamp(t.added, t.removedUpTo));
  return last;
}

/** Deleted when the deletion is newer than every edit: an edit made after it (on another device) brings the article back. */
export function isDeleted(a: ArticleState): boolean {
  if (!a.deleted) return false;
  const edit = lastEdit(a);
  return !edit || compareStamps(a.deleted, edit) > 0;
}

function mergeArticle(a: ArticleState | undefined, b: ArticleState | undefined): ArticleState {
  if (!a) return structuredClone(b!);
  if (!b) return structuredClone(a);
  const tags: Record<string, TagEntry> = Object.create(null) as Record<string, TagEntry>;
  for (const name of new Set([...Object.keys(a.tags), ...Object.keys(b.tags)])) {
    const x = a.tags[name];
    const y = b.tags[name];
    tags[name] = !x ? y! : !y ? x : { added: latestStamp(x.added, y.added)!, removedUpTo: latestStamp(x.removedUpTo, y.removedUpTo) };
  }
  const merged: ArticleState = { tags };
  const read = later(a.read, b.read);
  const position = later(a.position, b.position);
  const deleted = latestStamp(a.deleted, b.deleted);
  if (read) merged.read = read;
  if (position) merged.position = position;
  if (deleted) merged.deleted = deleted;
  return structuredClone(merged);
}

export function mergeStates(a: LibraryState, b: LibraryState): LibraryState {
  const articles = Object.create(null) as Record<string, ArticleState>;
  for (const id of new Set([...Object.keys(a.articles), ...Object.keys(b.articles)])) {
    articles[id] = mergeArticle(a.articles[id], b.articles[id]);
  }
  return { articles, follows: mergeFollows(a.follows, b.follows) };
}

/** Forgets deletion markers (and the article entry they close) older than the trash keeps an article. */
export function pruneDeletions(state: LibraryState, now: number): LibraryState {
  const articles = Object.create(null) as Record<string, ArticleState>;
  for (const [id, a] of Object.entries(state.articles)) {
    if (isDeleted(a) && now - a.deleted!.wall > DELETION_KEPT_MS) continue;
    articles[id] = a;
  }
  return { articles, follows: pruneUnfollows(state.follows, now) };
}

// Reading a state file from another device: it is untrusted, so every field is checked and bounded, and one
// bad entry is dropped without losing the rest.
const MAX_ARTICLES = 100_000;
const MAX_TAGS = 200;

const isFraction = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
function parseArticle(raw: unknown): ArticleState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const tags = Object.create(null) as Record<string, TagEntry>;
  for (const [name, entry] of ownEntries(r.tags).slice(0, MAX_TAGS)) {
    const e = entry as Record<string, unknown> | null;
    const tag = name.normalize('NFC').trim();
    if (!tag || tag.length > 100 || typeof e !== 'object' || e === null || !isStamp(e.added)) continue;
    if (e.removedUpTo !== null && !isStamp(e.removedUpTo)) continue;
    tags[tag] = { added: copyStamp(e.added), removedUpTo: e.removedUpTo ? copyStamp(e.removedUpTo) : null };
  }
  const article: ArticleState = { tags };
  const read = parseField(r.read, isBool);
  const position = parseField(r.position, isFraction);
  if (read) article.read = read;
  if (position) article.position = position;
  if (isStamp(r.deleted)) article.deleted = copyStamp(r.deleted);
  return article;
}

export function parseState(raw: unknown): LibraryState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.articles !== 'object' || r.articles === null || typeof r.follows !== 'object' || r.follows === null) return null;
  const articles = Object.create(null) as Record<string, ArticleState>;
  for (const [id, a] of ownEntries(r.articles).slice(0, MAX_ARTICLES)) {
    // The library's own id form (utils/library/id.ts): anything else is not one of our articles.
    if (!/^a[0-9a-z]{11}$/.test(id)) continue;
    const article = parseArticle(a);
    if (article) articles[id] = article;
  }
  return { articles, follows: parseFollows(r.follows) };
}
