// Sync benchmark: the first sync of a large library (2,000 generated articles of ~1,500 words, no photos) through
// Debian's apache2 mod_dav on 127.0.0.1 (tests/sync/apache.ts), then the first sync of an empty second device that
// receives all of it through the backup import and its sanitiser (DOMPurify on jsdom here, as the browsers run it
// on their DOM). Time and the heap above the start of each run are reported, without budgets: they describe what
// a reader's first sync costs, on this machine, with this server.
// Run: npm run bench -- --only sync      (or npx tsx tools/bench/sync.ts [--articles=N])
import 'fake-indexeddb/auto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import type { BenchResult } from './types';
import { createArticleGenerator } from './generate-library';
import { buildLibrary } from './library';
import { openLibrary } from '../../utils/library/db';
import { runSync, type SyncResult } from '../../utils/sync/run';
import { setUpSync } from '../../utils/sync/setup';
import type { SyncConfig } from '../../utils/sync/config';
import type { LibraryDb } from '../../utils/library/schema';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';
import { sanitizerWindow } from '../../utils/html/parse-html';
import { startDavServer, type DavServer } from '../../tests/sync/apache';

const PASSPHRASE = 'cây đa giếng nước sân đình';
const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

async function configFor(server: DavServer): Promise<SyncConfig> {
  const input = { folder: server.folder, username: server.username, password: server.password, passphrase: PASSPHRASE, timeoutSeconds: 60 };
  const setup = await setUpSync(input);
  if (!setup.ok) throw new Error(`sync setup failed: ${setup.detail}`);
  return { ...input, keyMaterial: setup.keyMaterial, auto: false };
}

/** One first run: its wall time and the highest heap above the heap it started with (sampled every 20 ms). */
async function measuredRun(db: LibraryDb, config: SyncConfig, sanitise?: (html: string) => Promise<string>): Promise<{ ms: number; peakMb: number; result: SyncResult }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = heapMb();
  let peak = base;
  const sample = setInterval(() => (peak = Math.max(peak, heapMb())), 20);
  const t0 = performance.now();
  try {
    const result = await runSync({ db, config, memory: null, saveMemory: async () => undefined, sanitise, timeLimitMs: 60 * 60 * 1000 });
    return { ms: performance.now() - t0, peakMb: Math.max(peak, heapMb()) - base, result };
  } finally {
    clearInterval(sample);
  }
}

export async function run(opts: { articles?: number; log?: (s: string) => void } = {}): Promise<BenchResult[]> {
  const count = opts.articles ?? 2_000;
  const log = opts.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const gen = createArticleGenerator({ seed: 24 });
  const articles = Array.from({ length: count }, () => gen.next());
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  const first = await openLibrary({ name: 'bench-sync-a' });
  await buildLibrary(first, articles);
  const server = await startDavServer();
  try {
    const config = await configFor(server);
    const up = await measuredRun(first, config);
    if (!up.result.ok || up.result.sent !== count) throw new Error(`first device's sync: ${JSON.stringify(up.result)}`);
    log(`  send ${count}: ${(up.ms / 1000).toFixed(1)} s, heap +${up.peakMb.toFixed(0)} MB`);
    const serverMb = readdirSync(server.filesDir).reduce((sum, f) => sum + statSync(join(server.filesDir, f)).size, 0) / 1024 / 1024;

    const second = await openLibrary({ name: 'bench-sync-b' });
    const window = await sanitizerWindow();
    const down = await measuredRun(second, config, async (html) => sanitizeArticleHtml(html, window));
    if (!down.result.ok || down.result.received !== count) throw new Error(`second device's sync: ${JSON.stringify(down.result)}`);
    log(`  receive ${count}: ${(down.ms / 1000).toFixed(1)} s, heap +${down.peakMb.toFixed(0)} MB`);
    const note = `${count} articles, no photos, apache2 mod_dav on 127.0.0.1, fake-indexeddb; reported, not budgeted`;
    const one = (name: string, unit: BenchResult['unit'], value: number): BenchResult => ({ name, unit, median: value, p95: null, note });
    return [
      one(`sync.first_send_${count}.ms`, 'ms', up.ms),
      one(`sync.first_send_${count}.peak_heap_mb`, 'MB', up.peakMb),
      one(`sync.first_receive_${count}.ms`, 'ms', down.ms),
      one(`sync.first_receive_${count}.peak_heap_mb`, 'MB', down.peakMb),
      one(`sync.server_files_${count}.mb`, 'MB', serverMb),
    ];
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv.find((a) => a.startsWith('--articles='))?.split('=')[1]) || undefined;
  run({ articles: n }).then((results) => console.log(JSON.stringify(results, null, 2)));
}
