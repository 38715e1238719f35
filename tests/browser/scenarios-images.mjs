// Photos that travel with a saved article, image fetches with limits (a hostile host may send endless or huge
// answers), and no network from the popup (opening it must not tell a photo host the reader is here).
// Registered from scenarios.mjs; the same scenarios run in Chromium and Firefox.
//
// The image host anh.cdn-thu-nghiem.vn is served by the test server like a real CDN: PNGs with no CORS headers,
// not a host the extension may read until the reader allows it (Chromium: granted up front in chromium-driver.mjs,
// as automation cannot press the prompt; Firefox: the real permissions.request, answered by a pref).
import { assert, sleep, tid, waitForSelector, waitUntil } from './driver.mjs';
import { PAGE_SIZE, expectArticle, norm, openPopup, readerImages } from './ui-steps.mjs';

const CROSS_HOST_PAGE = 'anh-may-chu-khac.html';
const CROSS_HOST_TITLE = 'Tỉnh khởi công 12 cầu dân sinh trước mùa mưa lũ';
const IMAGE_HOST = 'anh.cdn-thu-nghiem.vn';
/** A second image host nobody allowed: what the page, the extractor and the extension can do without access. */
const FOREIGN_IMAGE = 'http://anh.cdn-khac.vn/2026/anh-do-thu.jpg';
const HUNG_PAGE = 'anh-treo.html';
const HUNG_TITLE = 'Huyện hoàn thành 150 nhà đại đoàn kết cho hộ nghèo';

/**
 * The requests a page of ours could have caused: plain HTTP ones. The browser's own background traffic (Google
 * services, safe browsing…) is HTTPS, which reaches the proxy as CONNECT tunnels and is refused there.
 */
const pageRequests = (list) => list.filter((r) => r.method !== 'CONNECT');

/** Waits until the test server has seen no request for `quietMs`; returns the request count then. */
async function quietCount(server, quietMs = 800) {
  let last = -1;
  for (;;) {
    const n = server.requests.length;
    if (n === last) return n;
    last = n;
    await sleep(quietMs);
  }
}

/** Opens the popup, presses Save, returns the popup and the final status text (after "Đang lưu…"). */
async function saveFromPopup(ctx, tabId, timeout = 60_000) {
  const popup = await openPopup(ctx, tabId, { lang: 'vi' });
  expectArticle(popup, 'the images page');
  await popup.page.click(tid('save-button'));
  const status = await waitUntil(() => popup.page.evaluate(() => {
    const text = document.querySelector('[data-testid="status-message"]')?.textContent ?? '';
    return /^Đã lưu|Không lưu/.test(text) ? text : null;
  }), { timeout, message: 'the save to finish (status line)' });
  return { popup, status: norm(status) };
}

/** The library row of an article, by title: its missing-photos marker and whether it offers "Tải lại ảnh". */
async function libraryRow(library, title) {
  return library.evaluate((t) => {
    const item = [...document.querySelectorAll('[data-testid="library-item"]')].find((li) => li.textContent.includes(t));
    if (!item) return null;
    return {
      missing: item.querySelector('[data-testid="missing-photos"]')?.textContent ?? null,
      refetch: Boolean(item.querySelector('[data-testid="refetch-photos"]')),
      href: item.querySelector('a[href*="reader.html"]')?.href ?? null,
      id: item.getAttribute('data-id'),
    };
  }, title);
}

export const imageScenarios = [
  {
    // Measures, in this browser, which ways of reading a cross-host photo's bytes work without host access
    // (the README's table "Which photos fail, and why" is written from this output).
    name: 'image hosts measured',
    async run(ctx) {
      const tab = await ctx.open.web(ctx.server.fixtureUrl(CROSS_HOST_PAGE));
      const page = await tab.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode().catch(() => undefined);
        const out = { decoded: img.naturalWidth > 0 };
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth || 1;
        canvas.height = img.naturalHeight || 1;
        canvas.getContext('2d').drawImage(img, 0, 0);
        try {
          canvas.toDataURL('image/png');
          out.canvas = 'read';
        } catch (e) {
          out.canvas = e.name;
        }
        out.pageFetch = await fetch(src).then((r) => `status ${r.status}`, (e) => e.name);
        return out;
      }, FOREIGN_IMAGE);
      const extension = await ctx.driver.extensionEval(
        (src) => fetch(src).then((r) => `status ${r.status}`, (e) => e.name),
        FOREIGN_IMAGE,
      );
      console.log(`      measured (${ctx.driver.name}, image host without CORS or host access): decoded in the page ${page.decoded}, ` +
        `canvas ${page.canvas}, page fetch ${page.pageFetch}, extension fetch ${extension}`);
      assert(page.decoded, 'the page could not even show the cross-host photo');
      assert(page.canvas === 'SecurityError', `a canvas that drew the cross-host photo was readable (${page.canvas})`);
      assert(page.pageFetch === 'TypeError', `the page's own fetch of the cross-host photo was not refused by CORS (${page.pageFetch})`);
      assert(extension === 'TypeError', `the extension read a photo host it has no access to (${extension})`);
    },
  },
  {
    name: 'photos from another host kept offline',
    timeout: 120_000,
    async run(ctx) {
      const { server, driver } = ctx;
      const tab = await ctx.open.web(server.fixtureUrl(CROSS_HOST_PAGE));
      const beforePopup = await quietCount(server);
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      expectArticle(popup, 'the cross-host photos page');
      const title = await waitForSelector(popup.page, tid('article-title'));
      assert(norm(title) === CROSS_HOST_TITLE, `popup title “${title}”`);
      // The body comes a frame after the first screen (title, card, chips): its photo frames are read once it is in.
      await waitForSelector(popup.page, tid('article-body'), { what: 'the article body of the cross-host photos page' });
      const frames = await popup.page.evaluate(() => ({
        imgs: [...document.querySelectorAll('[data-testid="article-body"] img')].map((i) => i.getAttribute('src')),
        previews: [...document.querySelectorAll('.img-preview')].map((f) => f.textContent),
      }));
      await popup.page.evaluate(() => document.querySelector('.img-preview')?.scrollIntoView({ block: 'center' }));
      await ctx.shot('popup-photo-placeholders', popup.page);
      // 16.6: the popup loads no page image, not even the lazy one the page never loaded.
      const popupRequests = pageRequests(server.requests.slice(beforePopup, await quietCount(server)));
      assert(popupRequests.length === 0, `opening the popup made requests: ${popupRequests.map((r) => r.url).join(', ')}`);
      assert(frames.imgs.length === 0 && frames.previews.length === 4,
        `the popup should frame its 4 photos without loading them: ${JSON.stringify(frames)}`);
      assert(frames.previews.includes('Ảnh: Lễ khởi công cầu dân sinh tại xã Bản Lầu'), `placeholders: ${frames.previews.join(' | ')}`);
      await popup.page.close();

      const { popup: saved } = await saveFromPopup(ctx, tab.tabId);
      // Firefox answers the host question while the save runs: the count may say 1/4 first, then 4/4 once the
      // photos still missing have been fetched again.
      await waitUntil(() => saved.page.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent === 'Đã lưu, 4/4 ảnh.'),
        { timeout: 60_000, message: 'the status “Đã lưu, 4/4 ảnh.”' });
      await ctx.shot('popup-saved-photo-count', saved.page);
      const fromImageHost = server.requests.filter((r) => r.url.includes(IMAGE_HOST) && r.url.includes('hoc-sinh-qua-suoi'));
      assert(fromImageHost.length >= 1, 'the lazy photo on the image host was never fetched by the save');
      // The photo's exact host is what was asked for and granted, never a wildcard over its whole domain.
      const granted = await driver.extensionEval((host) => (globalThis.browser ?? globalThis.chrome).permissions.contains({ origins: [`*://${host}/*`] }), IMAGE_HOST);
      assert(granted === true, 'the image host is not among the granted host permissions after the save');
      const wildcard = await driver.extensionEval(() => (globalThis.browser ?? globalThis.chrome).permissions.contains({ origins: ['*://*.cdn-thu-nghiem.vn/*'] }));
      assert(wildcard === false, 'the whole image domain was granted, not the photo host alone');

      const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
      await waitForSelector(library, tid('library-item'), { what: 'a library item' });
      const row = await waitUntil(() => libraryRow(library, CROSS_HOST_TITLE), { message: 'the saved article in the library' });
      assert(row.missing === null && !row.refetch, `the library marks photos missing: ${JSON.stringify(row)}`);

      // The offline reader: zero requests while the network is there (nothing to fetch: every photo is stored)…
      const beforeReader = await quietCount(server);
      const reader = await ctx.open.ext(`${row.href}&lang=vi`, PAGE_SIZE);
      await waitForSelector(reader, tid('reader-body'), { what: 'the reader body' });
      const online = await readerImages(reader);
      const readerRequests = pageRequests(server.requests.slice(beforeReader, await quietCount(server)));
      assert(readerRequests.length === 0, `the reader made requests: ${readerRequests.map((r) => r.url).join(', ')}`);
      assert(online.count === 4, `the reader shows ${online.count} photos, expected 4: ${JSON.stringify(online)}`);
      await reader.close();
      // …and with the network gone every photo is still there, from IndexedDB.
      driver.setOffline(true);
      try {
        const offline = await ctx.open.ext(`${row.href}&lang=vi`, PAGE_SIZE);
        await waitForSelector(offline, tid('reader-body'), { what: 'the reader body offline' });
        const images = await readerImages(offline);
        assert(images.count === 4 && images.imgs.every((i) => i.src.startsWith('blob:') && i.w > 0),
          `offline, not every photo is shown from IndexedDB: ${JSON.stringify(images)}`);
        const missing = await offline.evaluate(() => document.querySelectorAll('.img-missing').length);
        assert(missing === 0, `${missing} photos are framed as missing offline`);
        await offline.evaluate(() => document.querySelector('article img')?.scrollIntoView({ block: 'start' }));
        await ctx.shot('reader-cross-host-photos-offline', offline);
      } finally {
        driver.setOffline(false);
      }
    },
  },
  {
    name: 'hung and endless photos',
    timeout: 150_000,
    async run(ctx) {
      const { server } = ctx;
      server.misbehavingImages = true;
      try {
        const tab = await ctx.open.web(server.fixtureUrl(HUNG_PAGE));
        const started = Date.now();
        const { popup, status } = await saveFromPopup(ctx, tab.tabId, 90_000);
        const tookMs = Date.now() - started;
        assert(status.startsWith('Đã lưu, 1/3 ảnh.'), `the save said “${status}”, expected “Đã lưu, 1/3 ảnh. …”`);
        assert(status.includes('Tải lại ảnh'), `the save message gives no way forward: “${status}”`);
        console.log(`      saved with a hung and an endless photo in ${tookMs} ms`);
        await popup.page.close();

        const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
        const row = await waitUntil(() => libraryRow(library, HUNG_TITLE), { message: 'the saved article in the library' });
        assert(row.missing === 'Thiếu 2 ảnh' && row.refetch, `the library row: ${JSON.stringify(row)}`);
        await ctx.shot('library-missing-photos', library);

        // The servers behave again: "Tải lại ảnh" fetches both, and the marker goes.
        server.misbehavingImages = false;
        await library.click(`[data-id="${row.id}"] ${tid('refetch-photos')}`);
        // The answer is in the row whose button was pressed.
        const said = await waitUntil(() => library.evaluate((id) => {
          const text = document.querySelector(`[data-id="${id}"] [data-testid="row-status"]`)?.textContent ?? '';
          return /Đã tải lại|Mới có/.test(text) ? text : null;
        }, row.id), { timeout: 60_000, message: 'the refetch to finish (its answer in the row)' });
        assert(norm(said) === 'Đã tải lại ảnh: có 3/3 ảnh.', `the refetch said “${said}”`);
        await ctx.shot('library-refetch-answer', library);
        const after = await waitUntil(async () => {
          const r = await libraryRow(library, HUNG_TITLE);
          return r && r.missing === null ? r : null;
        }, { message: 'the missing-photos marker to go' });
        assert(!after.refetch, 'the row still offers "Tải lại ảnh"');

        ctx.driver.setOffline(true);
        try {
          const offline = await ctx.open.ext(`${row.href}&lang=vi`, PAGE_SIZE);
          await waitForSelector(offline, tid('reader-body'), { what: 'the reader body offline' });
          const images = await readerImages(offline);
          assert(images.count === 3 && images.imgs.every((i) => i.src.startsWith('blob:') && i.w > 0),
            `offline after "Tải lại ảnh", not every photo is stored: ${JSON.stringify(images)}`);
        } finally {
          ctx.driver.setOffline(false);
        }
      } finally {
        server.misbehavingImages = true;
      }
    },
  },
];
