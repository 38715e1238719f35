// One sync run: this device's edits are stamped, its new article versions are written create-only, the other
// devices' state files are read and merged, the articles this library lacks are fetched, this device's own state
// file is written (If-Match, retried), and only then is the library changed. Every step that talks to the server
// comes before any change to the library, so a server that fails, hangs, lies or redirects leaves the library
// exactly as it was, and the run ends with a reason in words (failure.ts).
import { getArticle, type LibraryDb } from '../library';
import { HybridClock, type Stamp } from './clock';
import { decryptFile, encryptFile, keysFromMaterial, opaqueName, parseKeycheck, type SyncKeys } from './crypto';
import { WebDavClient, WebDavError } from './webdav';
import { mergeStates, pruneDeletions, isDeleted, type LibraryState } from './merge';
import { newMemory, type SyncMemory } from './memory';
import { scanLibrary, trashDates } from './local-library';
import { stampLocalEdits } from './stamp-edits';
import { followChanges, followsSeenOf, followStamps, stampFollowEdits, type LocalFollows } from './follows';
import { articleLogicalName, articlePlainText, MAX_ARTICLE_FILE_BYTES, sealArticle, type ArrivingHtmlSanitiser } from './article-file';
import { mergeVersions, parseStateFile, stateLogicalName, type StateFile } from './state-file';
import { listDevices, registerDevice } from './devices';
import { applyToLibrary, type ArrivedFile } from './apply';
import { SyncFailure, syncErrorKey, type SyncErrorKey } from './failure';
import type { SyncConfig } from './config';

export const KEYCHECK_NAME = 'keycheck';
/** The whole run's limit: a first sync of a large library fits; a server that trickles forever does not. */
export const DEFAULT_TIME_LIMIT_MS = 10 * 60 * 1000;
const STATE_WRITE_ATTEMPTS = 5;

export type SyncPhase = 'connect' | 'upload' | 'download' | 'apply';
export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total: number;
}

export interface SyncCounts {
  sent: number;
  received: number;
  quarantined: number;
  deleted: number;
}

export type SyncResult = ({ ok: true } & SyncCounts) | { ok: false; error: SyncErrorKey; detail: string };

export interface SyncRunOptions {
  db: LibraryDb;
  config: SyncConfig;
  memory: SyncMemory | null;
  /** Called once, after the library has been changed: the memory must match the library it describes. */
  saveMemory: (memory: SyncMemory) => Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  /** The backup import's sanitiser (utils/html/sanitize.ts) for arriving articles; left out only in Node tests. */
  sanitise?: ArrivingHtmlSanitiser;
  /** This device's follow list; left out, follows are carried in the state file but not read or changed here. */
  follows?: LocalFollows;
  timeLimitMs?: number;
  /** Pause before retrying a state write whose ETag is weak (a server that cannot yet tell two versions apart). */
  sleep?: (ms: number) => Promise<void>;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The keys for the folder's library: its keycheck, checked against the stored key material. */
async function openKeys(dav: WebDavClient, config: SyncConfig): Promise<SyncKeys> {
  const file = await dav.get(KEYCHECK_NAME);
  if (!file) throw new SyncFailure('syncErrNotSetUp', 'the sync folder has no keycheck');
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(file.bytes));
  } catch {
    throw new SyncFailure('syncErrMalformed', 'the keycheck is not JSON');
  }
  const keycheck = parseKeycheck(raw);
  if (!keycheck) throw new SyncFailure('syncErrMalformed', 'the keycheck is not one Tin Sạch writes');
  return keysFromMaterial(config.keyMaterial, keycheck);
}

/** The folder answers as a WebDAV folder (created when missing): wrong addresses and logins fail here, first. */
async function connect(dav: WebDavClient): Promise<void> {
  try {
    await dav.list();
  } catch (error) {
    if (!(error instanceof WebDavError) || error.status !== 404) throw error;
    await dav.makeFolder();
    await dav.list();
  }
}

function allStamps(file: StateFile): Stamp[] {
  const out: Stamp[] = [];
  for (const a of Object.values(file.state.articles)) {
    if (a.read) out.push(a.read.at);
    if (a.position) out.push(a.position.at);
    if (a.deleted) out.push(a.deleted);
    for (const t of Object.values(a.tags)) out.push(t.added, ...(t.removedUpTo ? [t.removedUpTo] : []));
  }
  for (const v of Object.values(file.versions)) out.push(v.at);
  out.push(...followStamps(file.state.follows));
  return out;
}

export async function runSync(opts: SyncRunOptions): Promise<SyncResult> {
  const now = opts.now ?? Date.now;
  const deadline = now() + (opts.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const inTime = () => {
    if (now() > deadline) throw new SyncFailure('syncErrTimeout', 'the sync run took longer than its time limit');
  };
  const progress = (phase: SyncPhase, done: number, total: number) => opts.onProgress?.({ phase, done, total });
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  try {
    const dav = new WebDavClient({
      folder: opts.config.folder,
      username: opts.config.username,
      password: opts.config.password,
      fetch: opts.fetch,
      timeoutMs: opts.config.timeoutSeconds * 1000,
      maxBytes: MAX_ARTICLE_FILE_BYTES,
    });
    progress('connect', 0, 3);
    await connect(dav);
    progress('connect', 1, 3);
    const keys = await openKeys(dav, opts.config);
    progress('connect', 2, 3);

    // Everything below works on a copy: the stored memory changes only when the whole run succeeds.
    const memory: SyncMemory = structuredClone(opts.memory ?? newMemory());
    let last = memory.clock;
    const stampAt = (ms: number): Stamp => (last = new HybridClock(memory.device, () => ms, last).tick());
    const see = (stamp: Stamp) => {
      const clock = new HybridClock(memory.device, now, last);
      clock.see(stamp);
      last = clock.current();
    };

    const local = await scanLibrary(opts.db);
    stampLocalEdits(memory, local, await trashDates(opts.db), stampAt, now());
    const followsHere = opts.follows ? await opts.follows.read() : null;
    if (followsHere) stampFollowEdits(memory.state.follows, memory.followsSeen, followsHere, stampAt, now());

    // This device's article versions: hashed again only when the article changed since the last run.
    const toSend: string[] = [];
    for (const article of local.values()) {
      const held = memory.held[article.id];
      if (held && held.updatedAt === article.updatedAt) continue;
      const full = await getArticle(opts.db, article.id);
      if (!full) continue;
      const { hash } = await articlePlainText(full, await opts.db.getAllFromIndex('images', 'articleId', article.id));
      if (hash !== held?.hash) {
        memory.versions[article.id] = { value: hash, at: stampAt(Date.parse(article.updatedAt) || now()) };
        toSend.push(article.id);
      }
      memory.held[article.id] = { hash, updatedAt: article.updatedAt };
    }

    inTime();
    const listed = await listDevices(dav, keys);
    if (!listed.devices.includes(memory.device)) {
      memory.slot = await registerDevice(dav, keys, memory.device, listed.free);
      if (memory.slot === null) throw new SyncFailure('syncErrUnexpected', 'every device slot in the sync folder is taken');
    }
    progress('connect', 3, 3);

    let merged: LibraryState = memory.state;
    let versions = memory.versions;
    for (const device of listed.devices) {
      if (device === memory.device) continue;
      inTime();
      const logical = stateLogicalName(device);
      const file = await dav.get(await opaqueName(keys, logical));
      if (!file) continue;
      let parsed: StateFile | null = null;
      try {
        parsed = parseStateFile(JSON.parse(decoder.decode(await decryptFile(keys, logical, file.bytes))));
      } catch {
        parsed = null;
      }
      // Another device's damaged state file costs only that device's latest edits, not this run.
      if (!parsed || parsed.device !== device) continue;
      for (const stamp of allStamps(parsed)) see(stamp);
      merged = mergeStates(merged, parsed.state);
      versions = mergeVersions(versions, parsed.versions);
    }
    memory.state = pruneDeletions(merged, now());
    memory.versions = versions;

    const sending = toSend.filter((id) => memory.state.articles[id] && !isDeleted(memory.state.articles[id]!));
    let sent = 0;
    for (const id of sending) {
      inTime();
      progress('upload', sent, sending.length);
      const full = await getArticle(opts.db, id);
      if (!full) continue;
      const file = await sealArticle(keys, full, await opts.db.getAllFromIndex('images', 'articleId', id));
      // A 412 here means the very same version is already there (the name is its content hash).
      await dav.create(file.name, file.bytes);
      sent++;
    }
    progress('upload', sent, sending.length);

    const wanted = Object.entries(memory.state.articles).filter(([id, a]) => {
      const version = memory.versions[id];
      // A file already refused (in the quarantine) is not fetched again until a newer version replaces it.
      return version && !isDeleted(a) && memory.refused[id] !== version.value && (!local.has(id) || memory.held[id]?.hash !== version.value);
    });
    const arrived: ArrivedFile[] = [];
    for (const [id] of wanted) {
      inTime();
      progress('download', arrived.length, wanted.length);
      const hash = memory.versions[id]!.value;
      const logicalName = articleLogicalName(id, hash);
      const file = await dav.get(await opaqueName(keys, logicalName));
      // Not there (yet): the device that made it has not finished sending; the next run fetches it.
      if (file) arrived.push({ id, hash, logicalName, bytes: file.bytes });
    }
    progress('download', wanted.length, wanted.length);

    memory.clock = last;
    await writeOwnState(dav, keys, memory, inTime, sleep);

    // The server's part is done: from here on, only the library changes.
    const applied = await applyToLibrary(opts.db, keys, memory.state, arrived, () => scanLibrary(opts.db), opts.sanitise, (done, total) =>
      progress('apply', done, total),
    );
    if (opts.follows && followsHere) {
      await opts.follows.apply(followChanges(memory.state.follows, followsHere));
      memory.followsSeen = followsSeenOf(await opts.follows.read());
    }
    const after = await scanLibrary(opts.db);
    memory.seen = {};
    const held: SyncMemory['held'] = {};
    for (const article of after.values()) {
      memory.seen[article.id] = { read: article.read, progress: article.progress, tags: [...article.tags] };
      const hash = applied.taken.get(article.id) ?? memory.held[article.id]?.hash;
      if (hash) held[article.id] = { hash, updatedAt: article.updatedAt };
    }
    memory.held = held;
    for (const [id, hash] of applied.refused) memory.refused[id] = hash;
    await opts.saveMemory(memory);
    return { ok: true, sent, received: applied.received, quarantined: applied.quarantined, deleted: applied.deleted };
  } catch (error) {
    return { ok: false, error: syncErrorKey(error), detail: error instanceof Error ? error.message : String(error) };
  }
}

/** This device's state file, written only over the version just read (If-Match) and retried after a 412. */
async function writeOwnState(dav: WebDavClient, keys: SyncKeys, memory: SyncMemory, inTime: () => void, sleep: (ms: number) => Promise<void>): Promise<void> {
  const logical = stateLogicalName(memory.device);
  const name = await opaqueName(keys, logical);
  const file: StateFile = { version: 1, device: memory.device, state: memory.state, versions: memory.versions };
  const bytes = await encryptFile(keys, logical, encoder.encode(JSON.stringify(file)));
  for (let attempt = 0; attempt < STATE_WRITE_ATTEMPTS; attempt++) {
    inTime();
    const current = await dav.get(name);
    // A weak ETag (Apache's, in the second a file was written) never matches If-Match: wait for a strong one.
    if (current?.etag?.startsWith('W/')) {
      await sleep(1100);
      continue;
    }
    const put = await dav.replace(name, bytes, current?.etag ?? null);
    if (put.ok) return;
  }
  throw new SyncFailure('syncErrBusy', 'the state file kept changing while it was written');
}
