// The memory of one check over 50 followed pages, in Debian's Chromium with the built extension: 50 district
// portals' "Tin tức" lists (each ~150 KB, twenty teasers among a portal's menus, sidebars and footer links) under
// their own host names on the local test server, followed and read once, then each given a new article and checked
// with "Kiểm tra ngay". The JavaScript heap of the extension's service worker and its offscreen document (where
// Chrome's worker parses the pages; opened for the check and closed after it) is sampled over CDP every ~20 ms
// during the check: the peak above the heap before it, what stays once the check is over (after a garbage
// collection), and the check's wall time. The offscreen page's renderer process outside its JS heap is not counted.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, CHROMIUM_PATH } from '../../tests/browser/chromium-driver.mjs';
import { startTestServer, PROJECT_ROOT } from '../../tests/browser/server.mjs';

const PAGES = 50;
const ROUNDS = 3;
const MB = 1024 * 1024;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  return { median: at(50), p95: at(95) };
}

const host = (i) => `xa${i}.benchfollow.gov.vn`;
const listUrl = (i) => `http://${host(i)}/tin-tuc`;

/** A portal's list page: twenty teasers (`fresh` new ones on top) inside the usual menus, sidebar and footer. */
function listPage(i, fresh) {
  const teaser = (n) =>
    `<div class="news-item"><a href="/tin-tuc/bai-${n}-${100000 + n}.html"><img src="/anh/${n}.jpg" alt=""></a><h3><a href="/tin-tuc/bai-${n}-${100000 + n}.html">Tin hoạt động số ${n} của Ủy ban nhân dân xã ${i} trong tháng</a></h3><span class="date">0${1 + (n % 9)}/05/2026</span><p class="sapo">${'Ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ trọng tâm, yêu cầu các thôn bản báo cáo kết quả. '.repeat(2)}</p></div>`;
  const items = Array.from({ length: 20 }, (_, k) => teaser(fresh + 20 - k));
  const menu = Array.from({ length: 120 }, (_, k) => `<li><a href="/chuyen-muc/${k}">Chuyên mục số ${k} của cổng thông tin</a></li>`).join('');
  const side = Array.from({ length: 60 }, (_, k) => `<li><a href="/tin-tuc/xem-nhieu-${k}-${200000 + k}.html">Tin xem nhiều số ${k} của xã trong năm nay</a></li>`).join('');
  const foot = `<p>${'Cổng thông tin điện tử xã. Địa chỉ: trụ sở Ủy ban nhân dân xã. Điện thoại: 0214.3881.234. '.repeat(300)}</p>`;
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Xã ${i}</title><style>${'.x{color:red}'.repeat(2000)}</style></head>
<body><nav class="menu"><ul>${menu}</ul></nav><main><h1>Tin tức - Sự kiện</h1><div class="list-news">${items.join('')}</div>
<div class="paging"><a href="?page=2">2</a></div></main><aside class="sidebar"><div class="box-xem-nhieu"><ul>${side}</ul></div></aside><footer>${foot}</footer></body></html>`;
}

/** A CDP session on one of the extension's targets, through the page session's Target domain. */
async function attach(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 1;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    waiting.get(msg.id)?.(msg);
    waiting.delete(msg.id);
  });
  // A target that closes between a question and its answer never answers: the question gives up after 2 s.
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`${method}: no answer`));
      }, 2000);
      waiting.set(id, (msg) => {
        clearTimeout(timer);
        if (msg.error) reject(new Error(msg.error.message));
        else resolve(msg.result);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  return { send };
}

export async function run() {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const extensionDir = path.join(PROJECT_ROOT, '.output/chrome-mv3');
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error('no build: run `npm run build` first');
  const server = await startTestServer();
  const fresh = new Array(PAGES).fill(0);
  server.addHandler((url, _req, res) => {
    const m = /^xa(\d+)\.benchfollow\.gov\.vn$/.exec(url.host);
    if (!m || url.pathname !== '/tin-tuc') return 0;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(listPage(Number(m[1]), fresh[Number(m[1])]));
    return 200;
  });
  const driver = await launchChromium({ extensionDir, server });
  const peak = [];
  const retained = [];
  const times = [];
  let pageBytes = 0;
  try {
    const library = await driver.openExtensionPage('library.html?lang=vi', { width: 1100, height: 800 });
    const send = (message) => library.evaluate((m) => globalThis.chrome.runtime.sendMessage(m), message);
    for (let i = 0; i < PAGES; i++) {
      await send({ type: 'tinsach/follow-edit', edit: { op: 'follow', url: listUrl(i), title: `Tin tức - Xã ${i}`, kind: 'list', known: [] } });
    }
    const stored = () => library.evaluate(async () => (await globalThis.chrome.storage.local.get('follows')).follows);
    for (let t = 0; t < 600; t++) {
      const s = await stored();
      if (s?.pages?.length === PAGES && s.pages.every((p) => p.baselined)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    pageBytes = Buffer.byteLength(listPage(0, 0));
    const cdp = await driver.context.newCDPSession(library.page);
    // The offscreen document exists only during a check (the background closes it after): targets are looked up
    // at every sample, and one that has closed counts for nothing.
    const sessions = new Map();
    const extensionTargets = async () => {
      const infos = (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url.startsWith(driver.extensionBase) && /background\.js|offscreen\.html/.test(t.url));
      for (const t of infos) if (!sessions.has(t.targetId)) sessions.set(t.targetId, attach(cdp, t.targetId).catch(() => null));
      return (await Promise.all(infos.map((t) => sessions.get(t.targetId)))).filter(Boolean);
    };
    let sawOffscreen = false;
    const heap = async () => {
      const live = await extensionTargets();
      if (live.length > 1) sawOffscreen = true;
      const used = await Promise.all(live.map((s) => s.send('Runtime.getHeapUsage').then((h) => h.usedSize, () => 0)));
      return used.reduce((n, x) => n + x, 0);
    };
    const collect = async () => Promise.all((await extensionTargets()).map((s) => s.send('HeapProfiler.collectGarbage').catch(() => undefined)));
    for (let round = 0; round < ROUNDS; round++) {
      fresh.fill(round + 1);
      await collect();
      const before = await heap();
      let top = before;
      let done = false;
      const sampler = (async () => {
        while (!done) {
          top = Math.max(top, await heap().catch(() => 0));
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const start = performance.now();
      const reply = await send({ type: 'tinsach/follow-check' });
      times.push(performance.now() - start);
      done = true;
      await sampler;
      if (!reply?.ok || reply.checked !== PAGES || reply.fresh !== PAGES) {
        const s = await stored();
        throw new Error(`the check answered ${JSON.stringify(reply)}; pages: ${JSON.stringify(s.pages.filter((p) => p.problem || p.note).map((p) => [p.url, p.problem, p.note, p.known.length]))}`);
      }
      if (!sawOffscreen) throw new Error('the offscreen document was never seen during the check');
      await send({ type: 'tinsach/follow-edit', edit: { op: 'done', url: null } });
      await collect();
      peak.push((top - before) / MB);
      retained.push(((await heap()) - before) / MB);
    }
  } finally {
    await driver.close();
    await server.close();
  }
  const round2 = (xs) => xs.map((x) => Math.round(x * 100) / 100);
  const note = `${PAGES} pages of ${Math.round(pageBytes / 1024)} KB, ${ROUNDS} rounds`;
  return [
    { name: 'follow.check_50_pages.peak_heap_mb', unit: 'MB', ...stats(peak), samples: round2(peak), note },
    { name: 'follow.check_50_pages.retained_mb', unit: 'MB', ...stats(retained), samples: round2(retained), note },
    { name: 'follow.check_50_pages.ms', unit: 'ms', ...stats(times), samples: round2(times), note },
  ];
}
