// The upgrade path from every past version of the library database: what each version added to the schema,
// and the data migrations that had to run with it.
import type { IDBPDatabase } from 'idb';
import type { LibrarySchema, WriteTx } from '../schema';
import { migrateToV2 } from './to-v2';
import { rekeyByIdentity } from './rekey-by-identity';

type UpgradeDb = IDBPDatabase<LibrarySchema>;

/**
 * One step per version, applied in order from the version on disk; a user who skipped versions runs every
 * step in between, and a step never changes once released. `schema` runs synchronously inside the
 * upgradeneeded event (createObjectStore is only allowed while the upgrade transaction is active); the
 * optional `migrate` steps run afterwards, in order, against the final schema. They must only chain requests
 * on the upgrade transaction: any other await would let it auto-commit half-way.
 */
export interface UpgradeStep {
  schema: (db: UpgradeDb) => void;
  migrate?: (tx: WriteTx) => Promise<void>;
}

export const UPGRADE_STEPS: Record<number, UpgradeStep> = {
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
