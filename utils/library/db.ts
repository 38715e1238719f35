// Opening the library database: runs the upgrade steps from the version on disk (migrations/steps.ts), and
// turns "another tab holds an older version open" into a clear error instead of a hang.
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, type LibraryDb, type LibrarySchema, type WriteTx } from './schema';
import { LibraryError, toLibraryError } from './errors';
import { UPGRADE_STEPS, type UpgradeStep } from './migrations/steps';

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
