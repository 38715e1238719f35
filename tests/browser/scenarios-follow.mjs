// Issue 22, part 2 and 3, in the browser: following a portal's list page from the popup's digest ("Theo dõi trang
// này", aria-pressed), a new article published on it found by "Kiểm tra ngay" in the library (the toolbar's global
// badge says "1", one "Tin mới" item with its title, site and a summary taken from the article), an unchanged
// list answered by 304, the item cleared when opened, unfollowing from the popup; and hostile followed lists
// (5,000 links with other hosts and javascript:/data: links, a redirect to another site, a 500, a hang, a template
// change, a rotating "random news" box, twelve new articles at once): each page's state in words, only the real
// new articles announced (capped), the saved articles untouched; the optional auto-save (off by default) keeping
// a new article for offline reading; and the followed pages travelling in the JSON backup. Pages: follow-site.mjs.
// Screenshots: <browser>-follow-popup-{vi,en}.png (420×600), <browser>-follow-library-{vi,en}.png and
// <browser>-follow-hostile-vi.png (the followed pages' states).
import { assert, sleep, tid, waitForSelector, waitUntil } from './driver.mjs';
import { createFollowSite, followArticleText } from './follow-site.mjs';
import { PAGE_SIZE, ensureSeedSaved, norm, openPopup } from './ui-steps.mjs';
import { captureDownloads, chooseImportFile, nextDownload } from './files.mjs';

function followSite(ctx) {
  if (!ctx.state.followSite) {
    ctx.state.followSite = createFollowSite();
    ctx.server.addHandler(ctx.state.followSite.route);
  }
  return ctx.state.followSite;
}

/** The toolbar's global badge text (not a tab's own). */
const globalBadge = (ctx) =>
  ctx.driver.extensionEval(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (api.action ?? api.browserAction).getBadgeText({});
  });

/** The follow state as the background stored it, read from an extension page. */
const followState = (page) =>
  page.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.local.get('follows')).follows ?? null;
  });

/** Starts from nothing followed (a scenario may run alone or after another). */
async function clearFollows(page) {
  await page.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.runtime.sendMessage({ type: 'tinsach/follow-edit', edit: { op: 'done', url: null } });
    const stored = (await api.storage.local.get('follows')).follows;
    for (const p of stored?.pages ?? []) await api.runtime.sendMessage({ type: 'tinsach/follow-edit', edit: { op: 'unfollow', url: p.url } });
  });
}

/** The generated sites, and a library page with nothing followed (a scenario may run alone or after another). */
async function freshStart(ctx) {
  const site = followSite(ctx);
  const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
  await clearFollows(library);
  return { site, library };
}

/** The number of saved articles, counted in the library's own database (the page's heading may not be drawn yet). */
const savedCount = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tin-sach');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('articles', 'readonly').objectStore('articles').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );

const newItems = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="new-item"]')].map((li) => ({
      url: li.getAttribute('data-url'),
      title: (li.querySelector('[data-testid="new-item-title"]')?.textContent ?? '').trim(),
      meta: (li.querySelector('.meta')?.textContent ?? '').trim(),
      summary: (li.querySelector('[data-testid="new-item-summary"]')?.textContent ?? '').trim(),
    })),
  );

const followedRows = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="followed-page"]')].map((li) => ({
      url: li.getAttribute('data-url'),
      problem: li.getAttribute('data-problem'),
      note: li.getAttribute('data-note'),
      state: (li.querySelector('[data-testid="follow-state"]')?.textContent ?? '').trim(),
      meta: (li.querySelector('.meta')?.textContent ?? '').trim(),
    })),
  );

/** Clicks "Kiểm tra ngay" and waits for its answer in the section's own status line. */
async function checkNow(library, timeout = 40_000) {
  await library.click(tid('follow-check-now'));
  return waitUntil(() => library.evaluate(() => {
    const text = document.querySelector('[data-testid="follow-status"]')?.textContent ?? '';
    return /Đã kiểm tra|Checked|Chưa kiểm tra được|did not run/.test(text) ? text : null;
  }), { timeout, message: 'the answer to “Kiểm tra ngay”' });
}

export const followScenarios = [
  {
    name: 'follow a list page',
    timeout: 150_000,
    async run(ctx) {
      const { site, library } = await freshStart(ctx);
      await waitUntil(async () => (await globalBadge(ctx)) === '', { timeout: 5000, message: 'no badge before anything is followed' });

      const tab = await ctx.open.web(site.listUrl);
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      assert(popup.shows === 'digest', `the list page shows ${popup.shows} (“${popup.text ?? ''}”), expected its digest`);
      const button = tid('follow-button');
      await waitUntil(() => popup.page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'false' && !document.querySelector(sel).disabled, button),
        { timeout: 5000, message: 'the follow button, not pressed' });
      await popup.page.click(button);
      await waitUntil(() => popup.page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', button),
        { timeout: 10_000, message: 'the follow button to be pressed after following' });
      const said = await popup.page.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent ?? '');
      assert(/Đã theo dõi trang này/.test(said), `the popup did not say the page is followed: “${said}”`);
      await ctx.shot('follow-popup-vi', popup.page);
      const en = await openPopup(ctx, tab.tabId, { lang: 'en' });
      await waitUntil(() => en.page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true', button),
        { timeout: 5000, message: 'the follow button pressed when the popup opens again' });
      await ctx.shot('follow-popup-en', en.page);
      await en.page.close();

      // The background reads the page at once: what it lists now is known, nothing is new.
      const baselined = await waitUntil(async () => {
        const s = await followState(library);
        const p = s?.pages?.find((x) => x.url === site.listUrl);
        return p?.baselined ? s : null;
      }, { timeout: 15_000, message: 'the followed page to be read once by the background' });
      assert(baselined.news.length === 0, `following announced ${baselined.news.length} articles as new`);
      assert(baselined.pages[0].title.includes('Tin tức - Sự kiện'), `the followed page is named “${baselined.pages[0].title}”, not by its tab's title`);
      // The schedule: one alarm, every 3 hours by default.
      const alarm = await ctx.driver.extensionEval(() => (globalThis.browser ?? globalThis.chrome).alarms.get('tinsach-follow-check'));
      assert(alarm?.periodInMinutes === 180, `the follow alarm is ${JSON.stringify(alarm)}, expected every 180 minutes`);

      // Nothing changed on the page: the check asks with its ETag and the server answers 304.
      await library.reload();
      await waitForSelector(library, tid('follow-check-now'), { what: 'the “Kiểm tra ngay” button in the library' });
      const asked = site.state.conditional.notModified;
      await checkNow(library);
      assert(site.state.conditional.notModified === asked + 1, `the unchanged list was not answered by a 304 (${JSON.stringify(site.state.conditional)})`);
      assert((await newItems(library)).length === 0, 'an unchanged list brought new articles');

      const slug = 'bat-xat-khai-truong-cho-phien-vung-cao-1401200.html';
      const title = 'Bát Xát khai trương chợ phiên vùng cao phục vụ du khách dịp lễ';
      site.publish(slug, title, '03/05/2026');
      const answer = await checkNow(library);
      assert(/1 bài mới/.test(answer), `“Kiểm tra ngay” answered “${answer}”, expected one new article`);
      const items = await waitUntil(async () => {
        const list = await newItems(library);
        return list.length === 1 && list[0].summary ? list : null;
      }, { timeout: 20_000, message: 'one “Tin mới” item with its summary' });
      assert(norm(items[0].title) === norm(title), `the new item is “${items[0].title}”, expected “${title}”`);
      assert(items[0].meta.includes('batxat.laocai.gov.vn') && items[0].meta.includes('03/05/2026'), `the new item's site and date: “${items[0].meta}”`);
      const text = norm(followArticleText(`http://batxat.laocai.gov.vn/tin-tuc-su-kien/${slug}`).join(' '));
      const sentences = items[0].summary.split(/(?<=[.!?])\s+/).filter(Boolean);
      assert(sentences.length > 0 && sentences.every((s) => text.includes(norm(s))), `the summary is not taken from the article: “${items[0].summary}”`);
      const badge = await waitUntil(async () => ((await globalBadge(ctx)) === '1' ? '1' : null), { timeout: 5000, message: 'the toolbar badge to say 1' });
      assert(badge === '1', 'badge');
      const rows = await followedRows(library);
      assert(rows.length === 1 && rows[0].problem === '' && /Kiểm tra bình thường/.test(rows[0].state) && /Kiểm tra lần cuối/.test(rows[0].meta),
        `the followed page's row: ${JSON.stringify(rows)}`);
      await ctx.shot('follow-library-vi', library);
      const libraryEn = await ctx.open.ext('library.html?lang=en', PAGE_SIZE);
      await waitUntil(async () => (await newItems(libraryEn)).some((i) => i.summary), { timeout: 10_000, message: 'the English library with its new item' });
      await ctx.shot('follow-library-en', libraryEn);
      await libraryEn.close();

      // Opened, the article leaves "Tin mới" and the badge.
      await library.click(tid('new-item-title'));
      await waitUntil(async () => (await newItems(library)).length === 0, { timeout: 10_000, message: 'the opened item to leave “Tin mới”' });
      await waitUntil(async () => (await globalBadge(ctx)) === '', { timeout: 5000, message: 'the badge to clear once the item is read' });

      // Unfollowed from the popup, the page leaves the library's list.
      const again = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      await waitUntil(() => again.page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'true' && !document.querySelector(sel).disabled, button),
        { timeout: 5000, message: 'the follow button pressed' });
      await again.page.click(button);
      await waitUntil(() => again.page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-pressed') === 'false', button),
        { timeout: 10_000, message: 'the follow button released after unfollowing' });
      await waitUntil(async () => (await followState(library))?.pages?.length === 0, { timeout: 5000, message: 'the page to be unfollowed' });
      await waitUntil(() => library.evaluate(() => !document.querySelector('[data-testid="followed-page"]')), { timeout: 5000, message: 'the library to list no followed page' });
      // Nothing followed: no alarm wakes the browser for nothing.
      await waitUntil(async () => !(await ctx.driver.extensionEval(() => (globalThis.browser ?? globalThis.chrome).alarms.get('tinsach-follow-check'))),
        { timeout: 5000, message: 'the follow alarm to be cleared once nothing is followed' });
    },
  },
  {
    name: 'follow auto-save',
    timeout: 90_000,
    async run(ctx) {
      const { site, library } = await freshStart(ctx);
      const send = (message) => library.evaluate((m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), message);
      await send({ type: 'tinsach/follow-edit', edit: { op: 'follow', url: site.listUrl, title: 'Tin tức - Sự kiện', kind: 'list', known: [] } });
      await waitUntil(async () => (await followState(library))?.pages?.[0]?.baselined, { timeout: 15_000, message: 'the followed page to be read once' });
      await library.reload();
      await waitForSelector(library, tid('follow-auto-save'), { what: 'the auto-save choice' });
      const off = await library.evaluate(() => document.querySelector('[data-testid="follow-auto-save"]').checked);
      assert(off === false, 'auto-save is on before the reader turned it on');
      await library.click(tid('follow-auto-save'));
      await waitUntil(async () => (await followState(library))?.settings?.autoSave === true, { timeout: 5000, message: 'auto-save to be stored as on' });
      const before = await savedCount(library);
      const slug = `bat-xat-tu-luu-bai-moi-${Date.now() % 100000}-1401300.html`;
      const title = 'Bát Xát tổ chức giải việt dã truyền thống chào mừng ngày lễ lớn';
      site.publish(slug, title, '04/05/2026');
      await checkNow(library);
      await waitUntil(async () => (await savedCount(library)) === before + 1, { timeout: 30_000, message: 'the new article to be saved for offline reading' });
      await library.reload();
      await waitUntil(() => library.evaluate((t) => [...document.querySelectorAll('[data-testid="library-item"]')].some((li) => (li.textContent ?? '').includes(t)), title),
        { timeout: 10_000, message: 'the auto-saved article in the library list' });
      const listed = await library.evaluate(() => [...document.querySelectorAll('[data-testid="library-item"]')].map((li) => li.textContent ?? ''));
      assert(listed.some((t) => t.includes(title)), `the auto-saved article is not listed: ${JSON.stringify(listed.slice(0, 3))}`);
      assert((await newItems(library)).length === 1, 'the auto-saved article is not also in “Tin mới”');
      await send({ type: 'tinsach/follow-edit', edit: { op: 'settings', settings: { intervalMinutes: 180, autoSave: false, autoSaveMaxMb: 100 } } });
      await clearFollows(library);
    },
  },
  {
    name: 'follows in the backup',
    corpus: true,
    timeout: 120_000,
    async run(ctx) {
      // The export needs an article in the library (its button is off in an empty one).
      await ensureSeedSaved(ctx);
      const { site, library } = await freshStart(ctx);
      const send = (message) => library.evaluate((m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), message);
      await send({ type: 'tinsach/follow-edit', edit: { op: 'follow', url: site.listUrl, title: 'Tin tức - Sự kiện', kind: 'list', known: [] } });
      await library.reload();
      await waitForSelector(library, tid('followed-page'), { what: 'the followed page in the library' });
      await captureDownloads(library);
      await library.evaluate(() => [...document.querySelectorAll('.backup button')].find((b) => /Xuất bản sao lưu/.test(b.textContent ?? ''))?.click());
      const backup = await nextDownload(library, 'the backup download');
      const file = JSON.parse(backup.text);
      assert(Array.isArray(file.articles) && file.articles.length > 0, 'the backup lost its articles');
      assert(JSON.stringify(file.follows?.pages) === JSON.stringify([{ url: site.listUrl, title: 'Tin tức - Sự kiện', kind: 'list', paused: false }]),
        `the backup's follows: ${JSON.stringify(file.follows)}`);

      // Unfollowed, then restored from the file — with a crafted entry added, which is dropped.
      await clearFollows(library);
      await waitUntil(async () => (await followState(library))?.pages?.length === 0, { timeout: 5000, message: 'nothing followed' });
      file.follows.pages.push({ url: "javascript:alert('theo-doi')", title: 'x', kind: 'list' }, { url: 'http://thu-nghiem.laocai.gov.vn/tin', kind: 'article' });
      await chooseImportFile(library, 'tin-sach-sao-luu.json', 'application/json', JSON.stringify(file));
      const restored = await waitUntil(async () => {
        const s = await followState(library);
        return s?.pages?.length ? s.pages : null;
      }, { timeout: 15_000, message: 'the followed page restored from the backup' });
      assert(JSON.stringify(restored.map((p) => p.url)) === JSON.stringify([site.listUrl]), `restored follows: ${JSON.stringify(restored.map((p) => p.url))}`);
      await waitForSelector(library, tid('followed-page'), { what: 'the restored page in the library' });
      await clearFollows(library);
    },
  },
  {
    name: 'follow hostile lists',
    timeout: 180_000,
    async run(ctx) {
      const { site, library } = await freshStart(ctx);
      const savedBefore = await savedCount(library);
      const reportsBefore = ctx.server.reports.length;
      const urls = site.hostileUrls;
      for (const [name, url] of Object.entries(urls)) {
        const reply = await library.evaluate(async ({ url, name }) => {
          const api = globalThis.browser ?? globalThis.chrome;
          return api.runtime.sendMessage({ type: 'tinsach/follow-edit', edit: { op: 'follow', url, title: `Trang thử nghiệm ${name}`, kind: 'list', known: [] } });
        }, { url, name });
        assert(reply?.ok === true, `following ${url} answered ${JSON.stringify(reply)}`);
      }
      await waitUntil(async () => {
        const s = await followState(library);
        return s?.pages?.length === Object.keys(urls).length && s.pages.every((p) => p.baselined) ? s : null;
      }, { timeout: 30_000, message: 'every hostile page to be read once while still normal' });

      site.turnHostile();
      await library.reload();
      await waitForSelector(library, tid('follow-check-now'), { what: 'the “Kiểm tra ngay” button' });
      await checkNow(library, 60_000);
      const rows = await waitUntil(async () => {
        const r = await followedRows(library);
        return r.length === Object.keys(urls).length ? r : null;
      }, { timeout: 10_000, message: 'every followed page in the list' });
      const row = (name) => rows.find((r) => r.url === urls[name]);
      const expect = {
        'nam-nghin': (r) => r.problem === '' && r.note === '',
        'chuyen-huong': (r) => r.problem === 'other-site' || r.problem === 'moved',
        'loi-500': (r) => r.problem === 'status' && r.state.includes('500'),
        treo: (r) => r.problem === 'timeout',
        'doi-giao-dien': (r) => r.problem === '' && r.note === 'template-changed',
        'ngau-nhien': (r) => r.problem === '' && r.note === 'rotating',
        'nhieu-bai': (r) => r.problem === '' && r.note === 'capped',
      };
      for (const [name, ok] of Object.entries(expect)) {
        const r = row(name);
        assert(r && ok(r), `${name}: state ${JSON.stringify(r)}`);
        assert(r.state.length > 15, `${name}: its state has no words (“${r.state}”)`);
      }

      // Only the real new articles: one among the 5,000 links, five of the twelve published at once.
      const items = await newItems(library);
      const from = (name) => items.filter((i) => i.url.startsWith(`${urls[name]}/`));
      assert(from('nam-nghin').length === 1 && norm(from('nam-nghin')[0].title) === norm(site.hostileNewTitle),
        `the 5,000-link list announced ${JSON.stringify(from('nam-nghin').map((i) => i.title))}`);
      assert(from('nhieu-bai').length === 5, `twelve new at once announced ${from('nhieu-bai').length} (expected the cap, 5)`);
      assert(items.length === 6, `“Tin mới” holds ${items.length} items: ${JSON.stringify(items.map((i) => i.url))}`);
      for (const i of items) assert(/^http:\/\/thu-nghiem\.laocai\.gov\.vn\//.test(i.url), `a new item outside the followed site: ${i.url}`);
      await waitUntil(async () => ((await globalBadge(ctx)) === '6' ? true : null), { timeout: 5000, message: 'the badge to say 6' });
      await library.evaluate(() => document.querySelector('[data-testid="followed-pages"]')?.scrollIntoView());
      await ctx.shot('follow-hostile-vi', library);

      // The rotating box stays quiet at the next check too; nothing else in the library changed.
      await checkNow(library, 60_000);
      await sleep(300);
      assert((await newItems(library)).length === 6, 'a second check announced more articles');
      assert(ctx.server.reports.length === reportsBefore, 'a javascript: link of a followed page ran');
      assert((await savedCount(library)) === savedBefore, 'the hostile lists changed the saved articles');
      await clearFollows(library);
      await waitUntil(async () => (await globalBadge(ctx)) === '', { timeout: 5000, message: 'the badge to clear when nothing is followed' });
    },
  },
];
