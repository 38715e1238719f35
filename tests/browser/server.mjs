// The one local web server of the browser tests. The browsers are started with it as their HTTP proxy, so a
// page is requested as `GET http://baothang.laocai.gov.vn/tin-tuc/…` (an absolute URL) and is served under
// its REAL host name: the extension's content script and host access exist only on gov/party hosts, and the
// article id, site name and relative links all depend on the page's own URL. Nothing leaves the machine:
// HTTPS tunnels (CONNECT) are refused and unknown paths get a fast 404, so corpus pages full of CDN scripts
// load quickly and offline.
//
// Serves: (a) the shared corpus pages under their expected.json URLs (http:// instead of https://),
// (b) the synthetic pages in tests/fixtures/e2e under http://thu-nghiem.laocai.gov.vn/e2e/NAME,
// (c) the hostile pages in tests/fixtures/hostile under http://thu-nghiem.laocai.gov.vn/hostile/NAME,
// (d) a generated PNG for any image path it does not know (so saved articles have images to store),
// (e) `/__report` on any host: pages (or XSS vectors) report here; the tests read `server.reports`,
// (f) misbehaving images for the save limits: `/__hang/…` sends headers and a little, then never ends;
// `/__endless/…` streams for ever — until `misbehavingImages = false`, then they are ordinary PNGs.
// (g) pages a scenario writes with `setPage(url, html)`, served before everything else at that address.
// `setOffline(true)` destroys every open connection and every new one, as if the network were gone.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePng } from './png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(here, '../..');
/** The shared, read-only material sits next to the project root (see the project rules). */
export const SHARED_DIR = path.resolve(PROJECT_ROOT, '../shared');
export const FIXTURE_HOST = 'thu-nghiem.laocai.gov.vn';

const IMAGE_EXT = /\.(png|jpe?g|gif|webp|bmp|avif)$/i;
// Some portals serve images from handlers without an extension (e.g. `/handle_cert?id=…`, `/ImageHandler.ashx`).
const IMAGE_HINT = /(image|img|photo|thumb|anh)/i;
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.webp': 'image/webp' };

/** Every `*.expected.json` under the corpus folder → { url, file, isArticle, title }. */
export function readCorpus(corpusDir) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.expected.json')) {
        const expected = JSON.parse(fs.readFileSync(full, 'utf8'));
        out.push({ ...expected, path: path.join(corpusDir, expected.file) });
      }
    }
  };
  walk(corpusDir);
  return out;
}

/** The http:// form of a page URL: the proxy serves plain HTTP (no certificates to fake). */
export function servedUrl(url) {
  const u = new URL(url);
  u.protocol = 'http:';
  u.hash = '';
  return u.toString();
}

const routeKey = (u) => `${u.host.toLowerCase()}${u.pathname}${u.search}`;

/**
 * Starts the server on 127.0.0.1 (random port).
 * @param {{ corpusDir?: string, fixturesDir?: string, hostileDir?: string, log?: boolean,
 *   extraPages?: Array<{ url: string, path: string }> }} [options]   extraPages: more files under chosen http:// URLs
 */
export async function startTestServer(options = {}) {
  const corpusDir = options.corpusDir ?? path.join(SHARED_DIR, 'corpus');
  const fixturesDir = options.fixturesDir ?? path.join(PROJECT_ROOT, 'tests/fixtures/e2e');
  const hostileDir = options.hostileDir ?? path.join(PROJECT_ROOT, 'tests/fixtures/hostile');

  /** host+path+search → absolute file path */
  const routes = new Map();
  const corpus = fs.existsSync(corpusDir) ? readCorpus(corpusDir) : [];
  for (const page of corpus) routes.set(routeKey(new URL(servedUrl(page.url))), page.path);
  // Every corpus page also under the gov test host: a popup opened as a tab (no activeTab grant) can read
  // a national paper's page only there (scenarios-ux.mjs: the popup's first screen).
  // Every corpus page also under the fixture host, whose permission the extension has: news pages can then be
  // read from a popup opened as a tab (which gets no activeTab grant for their own hosts).
  for (const page of corpus) routes.set(`${FIXTURE_HOST}/corpus/${page.file}`, page.path);
  const addFolder = (dir, prefix) => {
    if (!fs.existsSync(dir)) return;
    for (const name of fs.readdirSync(dir)) {
      if (fs.statSync(path.join(dir, name)).isFile()) routes.set(`${FIXTURE_HOST}/${prefix}/${name}`, path.join(dir, name));
    }
  };
  for (const page of options.extraPages ?? []) routes.set(routeKey(new URL(page.url)), page.path);
  addFolder(fixturesDir, 'e2e');
  addFolder(hostileDir, 'hostile');
  // The development corpus's pages (tests/data/corpus-dev/<kind>/NAME) under /corpus-dev/<kind>/NAME.
  const devCorpus = path.join(PROJECT_ROOT, 'tests/data/corpus-dev');
  if (fs.existsSync(devCorpus)) for (const kind of fs.readdirSync(devCorpus)) if (fs.statSync(path.join(devCorpus, kind)).isDirectory()) addFolder(path.join(devCorpus, kind), `corpus-dev/${kind}`);

  const requests = [];
  const reports = [];
  /** Pages a scenario writes (and rewrites: the same address serving a newer article), by host+path+search. */
  const pages = new Map();
  const state = { misbehavingImages: true };
  const sockets = new Set();
  let offline = false;

  function send(res, status, type, body) {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return status;
  }

  function handle(req, res) {
    // Proxy requests carry an absolute URL; direct ones (127.0.0.1:PORT/__report) a path plus a Host header.
    const url = new URL(req.url.startsWith('/') ? `http://${req.headers.host ?? '127.0.0.1'}${req.url}` : req.url);
    if (url.pathname === '/__report') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        reports.push({ host: url.host, query: Object.fromEntries(url.searchParams), body,
          origin: req.headers.origin ?? null, referer: req.headers.referer ?? null, at: Date.now() });
        res.writeHead(204, { 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
        res.end();
      });
      return 204;
    }
    if (state.misbehavingImages && url.pathname.startsWith('/__hang/')) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      res.write(makePng(32, 32, url.pathname).subarray(0, 20));
      return 200;
    }
    if (state.misbehavingImages && url.pathname.startsWith('/__endless/')) {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
      const chunk = Buffer.alloc(256 * 1024, 0x42);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return 200;
    }
    const written = pages.get(routeKey(url));
    if (written !== undefined) return send(res, 200, 'text/html; charset=utf-8', written);
    const file = routes.get(routeKey(url)) ?? routes.get(`${url.host.toLowerCase()}${url.pathname}`);
    if (file) {
      return send(res, 200, TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', fs.readFileSync(file));
    }
    // Pictures next to a fixture page (none yet) would be served above; everything image-like gets a PNG.
    if (IMAGE_EXT.test(url.pathname) || (req.headers.accept ?? '').startsWith('image/') || IMAGE_HINT.test(url.pathname)) {
      return send(res, 200, 'image/png', makePng(320, 200, url.pathname));
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'not served by the e2e test server');
  }

  const server = http.createServer((req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    let status = 500;
    try {
      status = handle(req, res);
    } catch (e) {
      status = send(res, 500, 'text/plain', String(e));
    }
    requests.push({ method: req.method, url: req.url, host: req.headers.host ?? null, status, at: Date.now() });
    if (options.log) console.log(`[server] ${req.method} ${req.url} → ${status}`);
  });
  // No HTTPS: refuse tunnels, so an https:// subresource fails at once instead of hanging.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url, status: 403, at: Date.now() });
    if (offline) return socket.destroy();
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
  });
  server.on('connection', (socket) => {
    if (offline) return socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 2000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  const corpusPage = (file) => {
    const page = corpus.find((p) => p.file === file || p.file.endsWith(`/${file}`));
    if (!page) throw new Error(`corpus page ${file} is not available (looked in ${corpusDir})`);
    return page;
  };

  return {
    port,
    /** For `--proxy-server=` and the Firefox proxy prefs. */
    proxy: `http://127.0.0.1:${port}`,
    corpusAvailable: corpus.length > 0,
    corpusDir,
    /** The expected.json entry of a corpus page, by file ('seed/baothang-tuyen-van.html') or base name. */
    corpusPage,
    /** The URL to open for a corpus page: its real host and path, over http. */
    corpusUrl: (file) => servedUrl(corpusPage(file).url),
    fixtureUrl: (name) => `http://${FIXTURE_HOST}/e2e/${name}`,
    /** A development-corpus page ('legal/vntaxdoc-luat-56-2024-qh15.html') under the fixture host. */
    devCorpusUrl: (file) => `http://${FIXTURE_HOST}/corpus-dev/${file}`,
    /** A corpus page served under the gov test host (the extension's host permission covers it). */
    corpusOnGovUrl: (file) => `http://${FIXTURE_HOST}/corpus/${corpusPage(file).file}`,
    /** A corpus page (by its file, 'news/vnexpress_5047363.html') under the fixture host. */
    corpusOnFixtureHost: (file) => `http://${FIXTURE_HOST}/corpus/${corpusPage(file).file}`,
    hostileUrl: (name) => `http://${FIXTURE_HOST}/hostile/${name}`,
    reportUrl: `http://${FIXTURE_HOST}/__report`,
    requests,
    reports,
    /** Serves `html` at the http:// URL `url` until it is set again (a site editing its article). */
    setPage(url, html) {
      pages.set(routeKey(new URL(url)), html);
    },
    get misbehavingImages() {
      return state.misbehavingImages;
    },
    set misbehavingImages(value) {
      state.misbehavingImages = value;
    },
    get offline() {
      return offline;
    },
    /** Simulates losing the network: every open and every new connection is dropped. */
    setOffline(value) {
      offline = value;
      if (value) for (const s of sockets) s.destroy();
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
