// Two real browsers sharing one library through Debian's apache2 mod_dav on 127.0.0.1: Chromium (playwright-core)
// is device A, Firefox ESR (puppeteer-core over WebDriver BiDi) is device B, each with its own fresh profile and
// the built extension (run `npm run build` first). Everything the reader does goes through the library page's
// sync card; tags and "read" are edited in IndexedDB from the library page (the library has no tag editor yet).
// A small node server on 127.0.0.1 plays the misbehaving sync servers. Run by `npm run test:sync`.
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDavServer } from './apache';
import { startTestServer, PROJECT_ROOT } from '../browser/server.mjs';
import { launchChromium, ALLOWED_IMAGE_HOSTS } from '../browser/chromium-driver.mjs';
import { launchFirefox } from '../browser/firefox-driver.mjs';
import { tid, waitUntil, waitForSelector } from '../browser/driver.mjs';
import { readerImages } from '../browser/ui-steps.mjs';
import { offerArticleFromThirdDevice } from './third-device';

const PASSPHRASE = 'cây đa giếng nước sân đình';
const FIXTURE_PAGE = 'bai-viet-thu-nghiem.html';
const TITLE = 'Xã Phong Niên khánh thành cầu treo mới cho học sinh đi học';
const CARD = tid('sync-settings');
const builds = { chromium: path.join(PROJECT_ROOT, '.output/chrome-mv3'), firefox: path.join(PROJECT_ROOT, '.output/firefox-mv2') };

let dav;
let web;
let a;
let b;
const pages = {};

// --- steps in an extension page (the same code runs in both browsers) -----------------------------------------

/** Every article in the library: id, title, tags, read, and how many photos are stored for it. */
function readLibrary(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('tin-sach');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all = (store) => new Promise((ok) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => ok(req.result);
    });
    const [articles, images, trash] = [await all('articles'), await all('images'), await all('trash')];
    db.close();
    return {
      articles: articles
        .map((x) => ({ id: x.id, title: x.title, tags: [...x.tags].sort(), read: x.readAt !== null, photos: images.filter((im) => im.articleId === x.id).length }))
        .sort((x, y) => (x.id < y.id ? -1 : 1)),
      trash: trash.map((t) => t.id),
    };
  });
}

/** The reader's own edit as the library stores it: the article record and its list row, with a new updatedAt. */
function editArticle(page, id, change) {
  return page.evaluate(async ({ id, change }) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('tin-sach');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction(['articles', 'summaries'], 'readwrite');
    const now = new Date().toISOString();
    const get = (store) => new Promise((ok) => {
      const req = tx.objectStore(store).get(id);
      req.onsuccess = () => ok(req.result);
    });
    const article = await get('articles');
    const row = await get('summaries');
    for (const record of [article, row]) {
      if (change.addTag) record.tags = [...record.tags, change.addTag];
      if (change.read) record.readAt = now;
    }
    if (change.read) row.unread = 0;
    article.updatedAt = now;
    tx.objectStore('articles').put(article);
    tx.objectStore('summaries').put(row);
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, { id, change });
}

function storedStatus(page) {
  return page.evaluate(async () => (await (globalThis.browser ?? globalThis.chrome).storage.local.get('syncStatus')).syncStatus ?? null);
}

/** Presses a button of the sync card and waits for the run it starts to end (the stored status changes). */
async function pressAndWait(page, selector) {
  const before = JSON.stringify(await storedStatus(page));
  await page.click(selector);
  const status = await waitUntil(async () => {
    const now = await storedStatus(page);
    return now && !now.running && JSON.stringify(now) !== before ? now : null;
  }, { timeout: 60_000, message: `the sync started by ${selector} to end` }).catch(async (error) => {
    throw new Error(`${error.message}; the card says: ${await cardText(page)}`);
  });
  // The card says it in words.
  await waitUntil(() => page.evaluate((card) => (document.querySelector(`${card} [data-testid="status-message"]`)?.textContent ?? '').trim().length > 10, CARD),
    { timeout: 10_000, message: 'the sync card to say how it went' });
  return status;
}

const cardText = (page) => page.evaluate((card) => document.querySelector(card)?.textContent?.replace(/\s+/g, ' ').trim() ?? '', CARD);

async function fillSetup(page, { passphrase = PASSPHRASE, password = dav.password } = {}) {
  await page.evaluate((card) => {
    const details = document.querySelector(`${card} details`);
    if (details) details.open = true;
  }, CARD);
  await page.fill(`${CARD} input[name="folder"]`, dav.folder);
  await page.fill(`${CARD} input[name="username"]`, dav.username);
  await page.fill(`${CARD} input[name="password"]`, password);
  await page.fill(`${CARD} input[name="passphrase"]`, passphrase);
}

const syncNow = (page) => pressAndWait(page, tid('sync-now'));
const storageGet = (page, key) => page.evaluate(async (key) => (await (globalThis.browser ?? globalThis.chrome).storage.local.get(key))[key], key);
const storageSet = (page, key, value) => page.evaluate(async ({ key, value }) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ [key]: value }), { key, value });
const followEdit = (page, edit) => page.evaluate((edit) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: 'tinsach/follow-edit', edit }), edit);
const followed = async (page) => ((await storageGet(page, 'follows'))?.pages ?? []).map((p) => ({ url: p.url, title: p.title, paused: p.paused }));

/** The stored HTML of one article, read from the library's IndexedDB in the extension page. */
function storedHtml(page, id) {
  return page.evaluate(async (id) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('tin-sach');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const record = await new Promise((ok) => {
      const req = db.transaction('articles').objectStore('articles').get(id);
      req.onsuccess = () => ok(req.result);
    });
    db.close();
    return record?.html ?? null;
  }, id);
}
const articleOf = async (page) => (await readLibrary(page)).articles.find((x) => x.title === TITLE);

beforeAll(async () => {
  for (const dir of Object.values(builds)) {
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` before \`npm run test:sync\``);
  }
  dav = await startDavServer();
  web = await startTestServer();
  // The reader's "Allow" for the sync server (Chromium cannot answer the prompt under automation); Firefox answers
  // the real request, and reaches 127.0.0.1 directly rather than through the test proxy.
  a = await launchChromium({ extensionDir: builds.chromium, server: web, allowedHosts: [...ALLOWED_IMAGE_HOSTS, 'http://127.0.0.1/*'] });
  b = await launchFirefox({ extensionDir: builds.firefox, server: web, prefs: { 'network.proxy.allow_hijacking_localhost': false } });
  pages.a = await a.openExtensionPage('library.html?lang=vi', { width: 1100, height: 900 });
  pages.b = await b.openExtensionPage('library.html?lang=vi', { width: 1100, height: 900 });
  for (const page of [pages.a, pages.b]) await waitForSelector(page, CARD, { what: 'the sync card in the library' });
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  web?.close();
  await dav?.stop();
}, 60_000);

describe('two browsers, one library, through apache2 mod_dav', () => {
  let id;

  it('saves on A (Chromium) with its photo, syncs A, syncs B (Firefox): B has the article and the photo', async () => {
    const tab = await a.openWebPage(web.fixtureUrl(FIXTURE_PAGE));
    const popup = await a.openExtensionPage(`popup.html?tabId=${tab.tabId}&lang=vi`, { width: 420, height: 600 });
    await waitForSelector(popup, tid('save-button'), { timeout: 30_000, what: 'the Save button' });
    await popup.click(tid('save-button'));
    await waitUntil(async () => (await articleOf(pages.a))?.photos === 1, { timeout: 30_000, message: 'the article and its photo saved on A' });
    await popup.close();
    await tab.close();
    id = (await articleOf(pages.a)).id;

    await fillSetup(pages.a);
    const first = await pressAndWait(pages.a, tid('sync-setup'));
    expect(first.lastError).toBeNull();
    expect(first.lastCounts).toMatchObject({ sent: 1 });
    expect(await cardText(pages.a)).toMatch(/Đã đồng bộ: gửi 1 bài/);

    await fillSetup(pages.b);
    const second = await pressAndWait(pages.b, tid('sync-setup'));
    expect(second.lastError).toBeNull();
    expect(second.lastCounts).toMatchObject({ received: 1 });
    expect(await articleOf(pages.b)).toMatchObject({ id, photos: 1, read: false });
  }, 150_000);

  it('with the server stopped, B reads the article offline with every photo, and its sync says "offline" in words', async () => {
    await dav.pause();
    try {
      const reader = await b.openExtensionPage(`reader.html?id=${encodeURIComponent(id)}&lang=vi`, { width: 1100, height: 900 });
      const title = await waitForSelector(reader, 'article h1', { timeout: 20_000, what: 'the article in the reader on B' });
      expect(title).toContain('Phong Niên');
      // Each photo scrolled into view (they load lazily) and drawn from the library, not from the network.
      const photos = await readerImages(reader);
      expect(photos.count).toBe(1);
      for (const img of photos.imgs) {
        expect(img.w, img.src).toBeGreaterThan(0);
        expect(img.src).toMatch(/^(blob|data):/);
      }
      await reader.close();

      const before = await readLibrary(pages.b);
      const status = await syncNow(pages.b);
      expect(status.lastError?.key).toBe('syncErrOffline');
      expect(await cardText(pages.b)).toMatch(/Không kết nối được máy chủ đồng bộ/);
      expect(await readLibrary(pages.b)).toEqual(before);
    } finally {
      await dav.resume();
    }
  }, 120_000);

  it('offline edits on both (A adds a tag; B adds another and marks it read) meet, whichever syncs first', async () => {
    for (const [round, order] of [[1, ['a', 'b', 'a']], [2, ['b', 'a', 'b']]]) {
      await editArticle(pages.a, id, { addTag: `Dân vận ${round}` });
      await editArticle(pages.b, id, { addTag: `Ngân sách ${round}`, read: round === 1 });
      for (const device of order) expect((await syncNow(pages[device])).lastError).toBeNull();
      const [onA, onB] = [await articleOf(pages.a), await articleOf(pages.b)];
      expect(onA.tags).toEqual(expect.arrayContaining([`Dân vận ${round}`, `Ngân sách ${round}`]));
      expect(onB.tags).toEqual(onA.tags);
      expect(onA.read && onB.read).toBe(true);
    }
  }, 180_000);

  it('A deletes while B edits later: the later edit wins, and the article comes back on A with B’s tag', async () => {
    await pages.a.reload();
    await waitForSelector(pages.a, tid('library-item'), { what: 'the article in A’s list' });
    await pages.a.click(`${tid('library-item')}[data-id="${id}"] .btn-delete`);
    await waitUntil(async () => !(await articleOf(pages.a)), { message: 'the article deleted on A' });
    expect((await readLibrary(pages.a)).trash).toContain(id);
    await new Promise((r) => setTimeout(r, 1100));
    await editArticle(pages.b, id, { addTag: 'Sửa sau khi xoá' });
    for (const [page, want] of [[pages.a, 'gone'], [pages.b, 'kept'], [pages.a, 'back']]) {
      expect((await syncNow(page)).lastError).toBeNull();
      const here = await articleOf(page);
      if (want === 'gone') expect(here).toBeUndefined();
      else expect(here?.tags).toContain('Sửa sau khi xoá');
    }
    expect((await articleOf(pages.a)).photos).toBe(1);
  }, 180_000);

  it('a hostile article from a third device (script, handlers, javascript: link, form, SVG) is stored clean on A and B', async () => {
    const hostile = await offerArticleFromThirdDevice(dav, await storageGet(pages.a, 'syncConfig'));
    for (const [name, page] of [['chromium', pages.a], ['firefox', pages.b]]) {
      const status = await syncNow(page);
      expect(status.lastError, name).toBeNull();
      expect(status.lastCounts, name).toMatchObject({ received: 1, quarantined: 0 });
      const html = await storedHtml(page, hostile.id);
      for (const banned of hostile.banned) expect(html, `${name}: ${banned}`).not.toMatch(banned);
      for (const words of hostile.kept) expect(html, name).toContain(words);
    }
  }, 120_000);

  it('a page followed on A is followed on B; paused on B, paused on A; unfollowed on A, gone from B', async () => {
    const url = web.fixtureUrl('tin-tuc-su-kien.html');
    const title = 'Tin tức - Sự kiện xã Phong Niên';
    await followEdit(pages.a, { op: 'follow', url, title, kind: 'list', known: [] });
    expect((await syncNow(pages.a)).lastError).toBeNull();
    expect((await syncNow(pages.b)).lastError).toBeNull();
    expect(await followed(pages.b)).toEqual([{ url, title, paused: false }]);
    await followEdit(pages.b, { op: 'pause', url, paused: true });
    expect((await syncNow(pages.b)).lastError).toBeNull();
    expect((await syncNow(pages.a)).lastError).toBeNull();
    expect(await followed(pages.a)).toEqual([{ url, title, paused: true }]);
    await followEdit(pages.a, { op: 'unfollow', url });
    for (const page of [pages.a, pages.b, pages.a]) expect((await syncNow(page)).lastError).toBeNull();
    expect(await followed(pages.b)).toEqual([]);
    expect(await followed(pages.a)).toEqual([]);
  }, 120_000);

  it('a wrong passphrase is refused in words, and nothing changes', async () => {
    const before = await readLibrary(pages.b);
    const config = await pages.b.evaluate(async () => (await globalThis.browser.storage.local.get('syncConfig')).syncConfig);
    await fillSetup(pages.b, { passphrase: 'mật khẩu sai hoàn toàn' });
    const status = await pressAndWait(pages.b, tid('sync-setup'));
    expect(status.lastError?.key).toBe('syncErrPassphrase');
    expect(await cardText(pages.b)).toMatch(/Cụm mật khẩu không đúng/);
    expect(await readLibrary(pages.b)).toEqual(before);
    expect(await pages.b.evaluate(async () => (await globalThis.browser.storage.local.get('syncConfig')).syncConfig)).toEqual(config);
  }, 120_000);

  it('a server that answers 500, hangs, sends malformed XML or an endless body, or redirects elsewhere: said in words, library unchanged, in both browsers', async () => {
    const modes = {
      500: (_q, s) => s.writeHead(500).end('Internal Server Error'),
      hang: () => undefined,
      xml: (_q, s) => s.writeHead(207, { 'content-type': 'application/xml' }).end('<html><body>Đăng nhập</body'),
      endless: (_q, s) => {
        s.writeHead(207);
        const chunk = Buffer.alloc(1 << 16, 60);
        const pump = () => {
          while (!s.destroyed && s.write(chunk));
          if (!s.destroyed) s.once('drain', pump);
        };
        pump();
      },
      redirect: (_q, s) => s.writeHead(302, { location: 'http://may-chu-la.example/steal' }).end(),
    };
    const expected = {
      500: ['syncErrServer', /Máy chủ đồng bộ đang gặp lỗi/],
      hang: ['syncErrTimeout', /không trả lời kịp/],
      xml: ['syncErrMalformed', /không đúng dạng WebDAV/],
      endless: ['syncErrTooLarge', /dữ liệu lớn bất thường/],
      redirect: ['syncErrRedirect', /chuyển hướng sang một địa chỉ khác/],
    };
    let mode = '500';
    const seen = [];
    const hostile = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.host}`);
      modes[mode](req, res);
    });
    await new Promise((r) => hostile.listen(0, '127.0.0.1', r));
    const folder = `http://127.0.0.1:${hostile.address().port}/TinSach/`;
    try {
      for (const [name, page] of [['chromium', pages.a], ['firefox', pages.b]]) {
        const original = await storageGet(page, 'syncConfig');
        const from = seen.length;
        try {
          await storageSet(page, 'syncConfig', { ...original, folder, timeoutSeconds: 3 });
          const before = await readLibrary(page);
          for (const m of Object.keys(modes)) {
            mode = m;
            const status = await syncNow(page);
            expect(status.lastError?.key, `${name} ${m}`).toBe(expected[m][0]);
            expect(await cardText(page), `${name} ${m}`).toMatch(expected[m][1]);
            expect(await readLibrary(page), `${name} ${m}`).toEqual(before);
          }
        } finally {
          await storageSet(page, 'syncConfig', original);
          hostile.closeAllConnections();
        }
        expect(seen.length, `${name} asked the hostile server`).toBeGreaterThan(from);
      }
      // The redirect was not followed: nothing ever asked for the other host.
      expect(seen.every((line) => line.endsWith(`127.0.0.1:${hostile.address().port}`))).toBe(true);
    } finally {
      hostile.closeAllConnections();
      await new Promise((r) => hostile.close(r));
    }
    for (const page of [pages.a, pages.b]) expect((await syncNow(page)).lastError).toBeNull();
  }, 360_000);

  it('screenshots of the sync card: desktop and 412×915, Vietnamese and English, in both browsers', async () => {
    const dir = path.join(PROJECT_ROOT, 'tests/browser/screenshots');
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, page] of [['chromium', pages.a], ['firefox', pages.b]]) {
      const original = await storedStatus(page);
      for (const [size, viewport] of [['desktop', { width: 1100, height: 900 }], ['phone', { width: 412, height: 915 }]]) {
        // On the phone, a run under way: its progress bar, as the first large sync shows it.
        const shown = size === 'phone' ? { ...original, running: { phase: 'download', done: 3, total: 8 } } : original;
        await page.evaluate((status) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ syncStatus: status }), shown);
        for (const lang of ['vi', 'en']) {
          await page.setViewport(viewport);
          await page.goto(`library.html?lang=${lang}`);
          await waitForSelector(page, CARD, { what: 'the sync card' });
          const fits = await page.evaluate((card) => {
            const el = document.querySelector(card);
            el.querySelector('details').open = true;
            el.scrollIntoView({ block: 'start' });
            // Nothing in the card is wider than the window (no sideways scrolling on a phone).
            return [...el.querySelectorAll('*')].every((child) => child.getBoundingClientRect().right <= window.innerWidth + 1);
          }, CARD);
          expect(fits, `${name} ${size} ${lang}: the card fits the window`).toBe(true);
          await page.screenshot(path.join(dir, `${name}-library-sync-${lang}-${size}.png`));
        }
      }
      await page.evaluate((status) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ syncStatus: status }), original);
    }
  }, 120_000);

  it('the server holds no readable word of any article, tag or device', () => {
    const files = fs.readdirSync(dav.filesDir);
    expect(files.length).toBeGreaterThan(4);
    const needles = [TITLE, 'Phong Niên', 'cầu treo', 'Dân vận', 'Ngân sách', 'Sửa sau khi xoá', 'thu-nghiem.laocai.gov.vn', 'PNG'].map((s) => Buffer.from(s));
    for (const file of files) {
      expect(file === 'keycheck' || /^[0-9a-f]{64}$/.test(file), file).toBe(true);
      const bytes = fs.readFileSync(path.join(dav.filesDir, file));
      for (const needle of needles) expect(bytes.includes(needle), `${file} contains “${needle}”`).toBe(false);
    }
  });
});
