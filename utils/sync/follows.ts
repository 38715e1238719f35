// Followed pages in the devices' state files. Each page carries two fields with the stamp of their last edit —
// followed or not, paused or not — merged like every other field (the later stamp wins), plus its name and kind
// as given by the latest follow. An unfollow is kept as a marker (followed: false) so it wins over older follows
// on devices that have not heard of it yet, and is forgotten after 30 days, as a deleted article is. What the
// follow list keeps for itself (what was seen on a page, its "Tin mới") stays on each device. Entries from
// another device are read as a backup's followed pages are (readFollowEntry), then bounded.
import type { DigestPageKind } from '../digest/teasers';
import { readFollowEntry } from '../follow/follow-edits';
import { MAX_FOLLOWS } from '../follow/followed-page';
import type { Stamp } from './clock';
import { isBool, later, ownEntries, parseField, type Field } from './field';

const UNFOLLOW_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
/** Followed pages plus the unfollow markers of the last 30 days. */
const MAX_SYNCED_FOLLOWS = MAX_FOLLOWS * 10;

export interface SyncedFollow {
  followed: Field<boolean>;
  paused?: Field<boolean>;
  /** The page's name and kind from the latest follow. */
  title: string;
  kind: DigestPageKind;
}

/** A page this device follows, as its follow list holds it. */
export interface FollowedHere {
  url: string;
  title: string;
  kind: DigestPageKind;
  paused: boolean;
  /** When it was followed here (milliseconds; 0 when unknown). */
  followedAt: number;
}

/** What this device's follow list needs to match the merged state. */
export interface FollowChanges {
  follow: { url: string; title: string; kind: DigestPageKind; paused: boolean }[];
  unfollow: string[];
  pause: { url: string; paused: boolean }[];
}

/** The follow list as a sync run sees it: read before the run, changed after the library is. */
export interface LocalFollows {
  read(): Promise<FollowedHere[]>;
  apply(changes: FollowChanges): Promise<void>;
}

/** The follow list's own values at the end of a run: what the next run compares it with to find the reader's edits. */
export type FollowsSeen = Record<string, { paused: boolean }>;

function mergeFollow(a: SyncedFollow | undefined, b: SyncedFollow | undefined): SyncedFollow {
  if (!a || !b) return structuredClone((a ?? b)!);
  const followed = later(a.followed, b.followed)!;
  const named = followed === a.followed ? a : b;
  const paused = later(a.paused, b.paused);
  return structuredClone({ followed, ...(paused ? { paused } : {}), title: named.title, kind: named.kind });
}

export function mergeFollows(a: Record<string, SyncedFollow>, b: Record<string, SyncedFollow>): Record<string, SyncedFollow> {
  const out = Object.create(null) as Record<string, SyncedFollow>;
  for (const url of new Set([...Object.keys(a), ...Object.keys(b)])) out[url] = mergeFollow(a[url], b[url]);
  return out;
}

export function pruneUnfollows(follows: Record<string, SyncedFollow>, now: number): Record<string, SyncedFollow> {
  const out = Object.create(null) as Record<string, SyncedFollow>;
  for (const [url, f] of Object.entries(follows)) {
    if (!f.followed.value && now - f.followed.at.wall > UNFOLLOW_KEPT_MS) continue;
    out[url] = f;
  }
  return out;
}

/** Another device's followed pages (untrusted): the backup's checks on address, name and kind, then the stamps. */
export function parseFollows(raw: unknown): Record<string, SyncedFollow> {
  const out = Object.create(null) as Record<string, SyncedFollow>;
  for (const [url, value] of ownEntries(raw).slice(0, MAX_SYNCED_FOLLOWS)) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    const entry = readFollowEntry({ url, title: v.title, kind: v.kind });
    // The address as the follow list writes it, or nothing: two spellings of one page never become two entries.
    if (!entry || entry.url !== url) continue;
    const followed = parseField(v.followed, isBool);
    if (!followed) continue;
    const paused = parseField(v.paused, isBool);
    out[url] = { followed, ...(paused ? { paused } : {}), title: entry.title, kind: entry.kind };
  }
  return out;
}

/**
 * The reader's follow edits since the last run, written into this device's state with clock stamps: a page
 * followed here (stamped when it was followed), paused or resumed here, or unfollowed here (both stamped now:
 * the follow list keeps no time for them).
 */
export function stampFollowEdits(
  follows: Record<string, SyncedFollow>,
  seen: FollowsSeen,
  here: readonly FollowedHere[],
  stampAt: (ms: number) => Stamp,
  now: number,
): void {
  for (const page of here) {
    const entry = follows[page.url];
    const before = seen[page.url];
    if (!before || !entry) {
      if (entry?.followed.value) {
        // Followed on another device too: only a different pause is this device's edit.
        if ((entry.paused?.value ?? false) !== page.paused) entry.paused = { value: page.paused, at: stampAt(now) };
        continue;
      }
      const at = stampAt(page.followedAt || now);
      follows[page.url] = { followed: { value: true, at }, paused: { value: page.paused, at }, title: page.title, kind: page.kind };
    } else if (before.paused !== page.paused) {
      entry.paused = { value: page.paused, at: stampAt(now) };
    }
  }
  const followedHere = new Set(here.map((p) => p.url));
  for (const url of Object.keys(seen)) {
    const entry = follows[url];
    if (!followedHere.has(url) && entry?.followed.value) entry.followed = { value: false, at: stampAt(now) };
  }
}

/** The changes that bring this device's follow list to the merged state. */
export function followChanges(follows: Record<string, SyncedFollow>, here: readonly FollowedHere[]): FollowChanges {
  const byUrl = new Map(here.map((p) => [p.url, p]));
  const changes: FollowChanges = { follow: [], unfollow: [], pause: [] };
  for (const [url, f] of Object.entries(follows)) {
    const page = byUrl.get(url);
    const paused = f.paused?.value ?? false;
    if (!f.followed.value) {
      if (page) changes.unfollow.push(url);
    } else if (!page) changes.follow.push({ url, title: f.title, kind: f.kind, paused });
    else if (page.paused !== paused) changes.pause.push({ url, paused });
  }
  return changes;
}

export const followsSeenOf = (here: readonly FollowedHere[]): FollowsSeen =>
  Object.fromEntries(here.map((p) => [p.url, { paused: p.paused }]));

/** All stamps in the followed pages (the clock sees them before this device stamps anything newer). */
export const followStamps = (follows: Record<string, SyncedFollow>): Stamp[] =>
  Object.values(follows).flatMap((f) => [f.followed.at, ...(f.paused ? [f.paused.at] : [])]);
