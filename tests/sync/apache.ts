// Starts Debian's apache2 as a WebDAV server on 127.0.0.1 for one test file, with the repository's
// configuration (.ci/webdav/httpd.conf), a fresh temporary directory and a generated htpasswd.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export interface DavServer {
  folder: string;
  username: string;
  password: string;
  /** Where the server keeps the files: the test reads them to prove they are opaque. */
  filesDir: string;
  /** Stops answering (the process ends) but keeps the files: a server that went away for a while. */
  pause(): Promise<void>;
  /** Starts again on the same address with the same files. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

const CONFIG = resolve(import.meta.dirname, '../../.ci/webdav/httpd.conf');
const APACHE = '/usr/sbin/apache2';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, root: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = existsSync(join(root, 'error.log')) ? readFileSync(join(root, 'error.log'), 'utf8') : '(no log)';
  throw new Error(`apache2 did not start on ${url}:\n${log}`);
}

export async function startDavServer(): Promise<DavServer> {
  if (!existsSync(APACHE)) throw new Error('apache2 is not installed: apt-get install apache2 apache2-utils (.ci/run does this)');
  const root = mkdtempSync(join(tmpdir(), 'tin-sach-dav-'));
  const filesDir = join(root, 'files');
  mkdirSync(filesDir);
  mkdirSync(join(root, 'lock'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // Apache refuses to serve as root: its workers run as www-data, which must be able to reach and write these.
    chmodSync(root, 0o755);
    const wwwData = Number(execFileSync('id', ['-u', 'www-data']).toString().trim());
    for (const dir of [filesDir, join(root, 'lock')]) chownSync(dir, wwwData, wwwData);
  }
  const username = 'reader';
  const password = `pw-${crypto.randomUUID()}`;
  execFileSync('htpasswd', ['-cbB', '-C', '5', join(root, 'htpasswd'), username, password], { stdio: 'ignore' });
  chmodSync(join(root, 'htpasswd'), 0o644);
  const port = await freePort();
  const launch = () =>
    spawn(APACHE, ['-f', CONFIG, '-D', 'FOREGROUND', ...(asRoot ? ['-D', 'TS_DAV_AS_ROOT'] : [])], {
      env: { ...process.env, TS_DAV_PORT: String(port), TS_DAV_ROOT: root, APACHE_RUN_DIR: root, APACHE_LOCK_DIR: root },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  const halt = async (proc: ChildProcess) => {
    if (proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  };
  let child = launch();
  const folder = `http://127.0.0.1:${port}/`;
  await waitUntilAnswering(folder, child, root);
  return {
    folder,
    username,
    password,
    filesDir,
    pause: () => halt(child),
    async resume() {
      child = launch();
      await waitUntilAnswering(folder, child, root);
    },
    async stop() {
      await halt(child);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
