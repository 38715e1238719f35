// The merged state into this device's library, after every network step of the run has succeeded (a run that
// fails on the server changes nothing here). Arriving articles go through the backup import (receive-article.ts);
// a deletion moves the article to the trash, where it stays 30 days like any other; read, position and tags are
// set through the library's own updates.
import { markRead, removeArticle, setProgress, type LibraryDb } from '../library';
import { setTags } from '../library/update';
import type { ArrivingHtmlSanitiser } from './article-file';
import type { SyncKeys } from './crypto';
import { isDeleted, visibleTags, type LibraryState } from './merge';
import { receiveArticle, type Received } from './receive-article';
import type { LocalArticle } from './local-library';

export interface ArrivedFile {
  id: string;
  hash: string;
  logicalName: string;
  bytes: Uint8Array;
}

export interface Applied {
  received: number;
  quarantined: number;
  deleted: number;
  /** Article id → hash of each file that was taken in (or that the library kept its newer copy against). */
  taken: Map<string, string>;
  /** Article id → hash of each file that went to the quarantine instead. */
  refused: Map<string, string>;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t) => b.includes(t));

export async function applyToLibrary(
  db: LibraryDb,
  keys: SyncKeys,
  state: LibraryState,
  arrived: readonly ArrivedFile[],
  scan: () => Promise<Map<string, LocalArticle>>,
  sanitise: ArrivingHtmlSanitiser | undefined,
  onStep: (done: number, total: number) => void,
): Promise<Applied> {
  const applied: Applied = { received: 0, quarantined: 0, deleted: 0, taken: new Map(), refused: new Map() };
  const total = arrived.length + Object.keys(state.articles).length;
  let done = 0;
  for (const file of arrived) {
    const outcome: Received = await receiveArticle(db, keys, file.logicalName, file.bytes, sanitise);
    if (outcome.outcome === 'quarantined') {
      applied.quarantined++;
      applied.refused.set(file.id, file.hash);
    } else {
      applied.taken.set(file.id, file.hash);
      if (outcome.outcome === 'added' || outcome.outcome === 'updated') applied.received++;
    }
    onStep(++done, total);
  }
  const local = await scan();
  for (const [id, article] of Object.entries(state.articles)) {
    onStep(++done, total);
    const here = local.get(id);
    if (!here) continue;
    if (isDeleted(article)) {
      await removeArticle(db, id);
      applied.deleted++;
      continue;
    }
    if (article.read && article.read.value !== here.read) await markRead(db, id, article.read.value);
    if (article.position && article.position.value !== here.progress) await setProgress(db, id, article.position.value);
    const tags = visibleTags(article);
    if (!sameSet(tags, here.tags)) await setTags(db, id, tags);
  }
  return applied;
}
