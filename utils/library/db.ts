// The library database: schema (as an idb DBSchema type), the upgrade path from every past version, and a
// guarded open that turns "another tab holds an older version open" into a clear error instead of a hang.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SavedArticle } from './types';
import type { DeadDocRecord, MetaRecord, QuarantineRecord, SearchDocRecord, StoredImage, SummaryRecord, TermRecord, TrashRecord } from './records';
import { LibraryError, toLibraryError } from './errors';
import { migrateToV2 } from './migrate';
import { rekeyByIdentity } from './migrate-identity';

export const DB_NAME = 'tin-sach';
export const DB_VERSION = 4;

export interface LibrarySchema extends DBSchema {
  /** v1. Full articles (html, text, figures), keyed by articleId(canonicalUrl). */
  articles: { key: string; value: SavedArticle; indexes: { savedAt: string } };
  /** v1. Image bytes, keyed by [articleId, original URL]. */
  images: { key: [string, string]; value: StoredImage; indexes: { articleId: string } };
  /** v2. Light rows for the list. */
  summaries: {
    key: string;
    value: SummaryRecord;
    indexes: { savedAt: string; publishedKey: string; titleKey: string; siteKey: string; tags: string; unread: number };
  };
  /** v2. Search: article id → docNo and indexed tokens (needed to remove an article from the postings). */
  searchDocs: { key: string; value: SearchDocRecord; indexes: { docNo: number; merged: number } };
  /** v2. Search: tombstones for documents still present in `terms` (removed at the next merge). */
  deadDocs: { key: number; value: DeadDocRecord };
  /** v2. Search: folded token → postings. */
  terms: { key: string; value: TermRecord };
  /** v2. Counters (nextDocNo). */
  meta: { key: string; value: MetaRecord };
  /** v3. Records that failed validation on read, kept for recovery instead of being deleted. */
  quarantine: { key: number; value: QuarantineRecord };
  /** v4. Deleted articles with their images, kept 30 days so every delete can be undone. */
  trash: { key: string; value: TrashRecord; indexes: { deletedAt: string } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
export type LibraryStore = StoreNames<LibrarySchema>;
/** A transaction that may write (a normal readwrite one, or the upgrade transaction). */
export type WriteTx = IDBPTransaction<LibrarySchema, ArrayLike<LibraryStore>, 'readwrite' | 'versionchange'>;

type UpgradeDb = IDBPDatabase<LibrarySchema>;

/**
 * One step per version, applied in order from the version on disk; a user who skipped versions runs every
 * step in between, and a step never changes once released. `schema` runs synchronously inside the
 * upgradeneeded event (createObjectStore is only allowed while the upgrade transaction is active); the
 * optional `migrate` steps run afterwards, in order, against the final schema. They must only chain requests
 * on the upgrade transaction: any other await would let it auto-commit half-way.
 */
interface UpgradeStep {
  schema: (db: UpgradeDb) => void;
  migrate?: (tx: WriteTx) => Promise<void>;
}

const UPGRADE_STEPS: Record<number, UpgradeStep> = {
  1: {
    schema: (db) => {
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      articles.createIndex('savedAt', 'savedAt');
      const images = db.createObjectStore('images', { keyPath: ['articleId', 'url'] });
      images.createIndex('articleId', 'articleId');
    },
  },
  2: {
    schema: (db) => {
      const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
      summaries.createIndex('savedAt', 'savedAt');
      summaries.createIndex('publishedKey', 'publishedKey');
      summaries.createIndex('titleKey', 'titleKey');
      summaries.createIndex('siteKey', 'siteKey');
      summaries.createIndex('tags', 'tags', { multiEntry: true });
      summaries.createIndex('unread', 'unread');
      const docs = db.createObjectStore('searchDocs', { keyPath: 'id' });
      docs.createIndex('docNo', 'docNo', { unique: true });
      docs.createIndex('merged', 'merged');
      db.createObjectStore('deadDocs', { keyPath: 'docNo' });
      db.createObjectStore('terms', { keyPath: 'token' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
    // v1 records lack tags/missingImages and have no summary or search entries yet.
    migrate: migrateToV2,
  },
  3: {
    schema: (db) => {
      db.createObjectStore('quarantine', { autoIncrement: true });
    },
  },
  4: {
    schema: (db) => {
      const trash = db.createObjectStore('trash', { keyPath: 'id' });
      trash.createIndex('deletedAt', 'deletedAt');
    },
    // Records keyed by another site's address (a page's forged canonical URL) move to their page's own key.
    migrate: rekeyByIdentity,
  },
};

export interface OpenLibraryOptions {
  name?: string;
  /** Another tab holds an older version open: the UI should ask the user to close/reload it. */
  onBlocked?: () => void;
  /** This connection blocks a newer version (extension updated). Without a handler the connection closes
   *  itself so the newer code can upgrade; with one, the caller decides (e.g. close, then reload the page). */
  onBlocking?: () => void;
  /** How long to wait after "blocked" before giving up with LibraryError('blocked'). Default 10 s. */
  blockedTimeoutMs?: number;
}

export function openLibrary(opts: OpenLibraryOptions = {}): Promise<LibraryDb> {
  const version = DB_VERSION;
  const blockedTimeoutMs = opts.blockedTimeoutMs ?? 10_000;
  return new Promise<LibraryDb>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const opening = openDB<LibrarySchema>(opts.name ?? DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        const steps: UpgradeStep[] = [];
        for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
          const step = UPGRADE_STEPS[v];
          if (!step) throw new Error(`no upgrade step for version ${v}`);
          steps.push(step);
        }
        for (const step of steps) step.schema(db);
        let chain: Promise<void> = Promise.resolve();
        for (const step of steps) {
          const migrate = step.migrate;
          if (migrate) chain = chain.then(() => migrate(tx as unknown as WriteTx));
        }
        // A failed data migration must not leave a half-upgraded database: abort, so the open fails and the
        // old version stays on disk untouched.
        chain.catch(() => {
          try {
            tx.abort();
          } catch {
            /* already finished */
          }
        });
      },
      blocked() {
        opts.onBlocked?.();
        if (timer === undefined && !settled) {
          timer = setTimeout(() => {
            if (settled) return;
            settled = true;
            reject(new LibraryError('blocked', `still blocked after ${blockedTimeoutMs} ms`));
          }, blockedTimeoutMs);
        }
      },
      blocking() {
        if (opts.onBlocking) opts.onBlocking();
        else void opening.then((db) => db.close());
      },
    });
    opening.then(
      (db) => {
        if (timer !== undefined) clearTimeout(timer);
        // Gave up already (blocked): the caller has its error; do not leak a connection that blocks others.
        if (settled) db.close();
        else {
          settled = true;
          resolve(db);
        }
      },
      (e: unknown) => {
        if (timer !== undefined) clearTimeout(timer);
        if (!settled) {
          settled = true;
          reject(toLibraryError(e));
        }
      },
    );
  });
}
