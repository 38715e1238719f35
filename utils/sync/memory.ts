// What a device remembers between sync runs, kept in extension storage beside the config: its name, its clock,
// the merged state as of the last run, and the library's values as of the last run. Comparing the library with
// those values is how a run finds the reader's edits since (the library itself keeps no per-field history).
import { isStamp, type Stamp } from './clock';
import { emptyState, parseState, type Field, type LibraryState } from './merge';
import type { FollowsSeen } from './follows';

/** The reader's own values of one article, as the library held them at the end of the last run. */
export interface SeenValues {
  read: boolean;
  progress: number;
  tags: string[];
}

/** The article content this device holds: its content hash and the library's updatedAt when it was hashed. */
export interface HeldFile {
  hash: string;
  updatedAt: string;
}

export interface SyncMemory {
  /** This device's name in the sync folder: random, never the browser's or the reader's. */
  device: string;
  clock: Stamp;
  state: LibraryState;
  /** Article id → the latest content version (a hash) with the stamp of the device that made it. */
  versions: Record<string, Field<string>>;
  seen: Record<string, SeenValues>;
  held: Record<string, HeldFile>;
  /** Article id → the hash of a file that was refused (now in the quarantine): not fetched again every run. */
  refused: Record<string, string>;
  /** The follow list's values at the end of the last run (url → paused), to find the reader's follow edits. */
  followsSeen: FollowsSeen;
  /** The device-list slot this device registered in (devices.ts). */
  slot: number | null;
}

export const SYNC_MEMORY_KEY = 'syncMemory';

export function newMemory(): SyncMemory {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const device = `d${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  return { device, clock: { wall: 0, count: 0, device }, state: emptyState(), versions: {}, seen: {}, held: {}, refused: {}, followsSeen: {}, slot: null };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A memory from before follows were synced has none: every page followed here then counts as followed here. */
function readFollowsSeen(raw: unknown): FollowsSeen {
  const out: FollowsSeen = {};
  if (!isRecord(raw)) return out;
  for (const [url, v] of Object.entries(raw)) if (isRecord(v) && typeof v.paused === 'boolean') out[url] = { paused: v.paused };
  return out;
}

/** A stored memory, or null when it is missing or not whole (the run then starts again as a new device, which
 *  loses nothing: the library is the truth and is stamped afresh). */
export function parseMemory(raw: unknown): SyncMemory | null {
  if (!isRecord(raw) || typeof raw.device !== 'string' || !/^d[0-9a-f]{16}$/.test(raw.device) || !isStamp(raw.clock)) return null;
  const state = parseState(raw.state);
  if (!state || !isRecord(raw.versions) || !isRecord(raw.seen) || !isRecord(raw.held)) return null;
  const slot = Number.isInteger(raw.slot) ? (raw.slot as number) : null;
  return {
    device: raw.device,
    clock: raw.clock,
    state,
    versions: raw.versions as SyncMemory['versions'],
    seen: raw.seen as SyncMemory['seen'],
    held: raw.held as SyncMemory['held'],
    refused: isRecord(raw.refused) ? (raw.refused as SyncMemory['refused']) : {},
    followsSeen: readFollowsSeen(raw.followsSeen),
    slot,
  };
}
