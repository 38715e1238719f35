// A sync server that misbehaves (a small node server on 127.0.0.1): each failure ends the run with its reason as
// a catalog key, in time, and the library is exactly as it was.
import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { freshLibrary, snapshot } from '../library/helpers';
import { makeArticle } from '../library/fixtures/articles';
import { saveArticle } from '../../utils/library';
import { runSync } from '../../utils/sync/run';
import { setUpSync } from '../../utils/sync/setup';
import type { SyncConfig } from '../../utils/sync/config';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server | null = null;

async function serve(handler: Handler): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/sync/`;
}
afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((r) => server!.close(r));
  server = null;
});

const config = (folder: string, timeoutSeconds = 15): SyncConfig => ({
  folder,
  username: 'lan',
  password: 'mật khẩu ứng dụng',
  keyMaterial: Buffer.alloc(64, 1).toString('base64'),
  auto: false,
  timeoutSeconds,
});

const multistatusOk = '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/sync/</d:href></d:response></d:multistatus>';

const servers: [string, Handler, string][] = [
  ['answers 500', (_q, s) => s.writeHead(500).end('Internal Server Error'), 'syncErrServer'],
  ['refuses the login', (_q, s) => s.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }).end(), 'syncErrAuth'],
  ['never answers', () => undefined, 'syncErrTimeout'],
  ['answers the listing with malformed XML', (_q, s) => s.writeHead(207, { 'content-type': 'application/xml' }).end('<html><body>Đăng nhập</body'), 'syncErrMalformed'],
  ['gives a keycheck that is not JSON', (q, s) => (q.method === 'PROPFIND' ? s.writeHead(207).end(multistatusOk) : s.writeHead(200).end('<?xml')), 'syncErrMalformed'],
  [
    'sends an endless body',
    (_q, s) => {
      s.writeHead(207);
      const chunk = Buffer.alloc(1 << 16, 60);
      const pump = () => {
        while (s.write(chunk));
        s.once('drain', pump);
      };
      pump();
      s.on('close', () => s.removeAllListeners('drain'));
    },
    'syncErrTooLarge',
  ],
  ['redirects to another host', (_q, s) => s.writeHead(302, { location: 'http://attacker.invalid/steal' }).end(), 'syncErrRedirect'],
];

describe('a sync run against a misbehaving server', () => {
  for (const [what, handler, key] of servers) {
    it(`${what}: ${key}, the library unchanged`, async () => {
      const db = await freshLibrary();
      await saveArticle(db, makeArticle());
      const before = await snapshot(db);
      const folder = await serve(handler);
      let saved = false;
      const result = await runSync({ db, config: config(folder, key === 'syncErrTimeout' ? 1 : 15), memory: null, saveMemory: async () => void (saved = true), timeLimitMs: 25_000 });
      expect(result).toMatchObject({ ok: false, error: key });
      expect(saved).toBe(false);
      expect(await snapshot(db)).toEqual(before);
    }, 30_000);
  }

  it('a server that is not there at all is "offline"', async () => {
    const folder = await serve(() => undefined);
    await new Promise((r) => server!.close(r));
    server = null;
    const db = await freshLibrary();
    expect(await runSync({ db, config: config(folder), memory: null, saveMemory: async () => undefined })).toMatchObject({ ok: false, error: 'syncErrOffline' });
  });

  it('setup refuses a short passphrase before sending anything', async () => {
    let asked = 0;
    const folder = await serve((_q, s) => void (asked++, s.writeHead(500).end()));
    const result = await setUpSync({ folder, username: 'lan', password: 'x', passphrase: 'ngắn', timeoutSeconds: 1 });
    expect(result).toMatchObject({ ok: false, error: 'syncErrPassphraseShort' });
    expect(asked).toBe(0);
  });
});
