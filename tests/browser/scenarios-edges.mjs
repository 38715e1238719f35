// Rough edges a new reader meets: answers appear where the reader looks (export and import at the foot of a
// long library), the photo-permission explanation stays until the browser's question is answered, and a link to
// read (Pocket) whose page now has another address is recognised from the popup. Registered from scenarios.mjs;
// the same scenarios run in Chromium and Firefox.
import { assert, sleep, tid, waitForSelector, waitUntil } from './driver.mjs';
import { FIXTURE_HOST } from './server.mjs';
import { captureDownloads, chooseImportFile, nextDownload } from './files.mjs';
import { POPUP_SIZE, PAGE_SIZE, expectArticle, norm, openPopup } from './ui-steps.mjs';

const BASE = `http://${FIXTURE_HOST}/goc-canh`;

const PARAGRAPHS = [
  'Sáng 4/12, UBND xã Tả Phìn tổ chức lễ khánh thành nhà văn hóa thôn Sả Xéng với tổng kinh phí 1,2 tỷ đồng, trong đó nhân dân đóng góp 180 triệu đồng và hơn 600 ngày công lao động.',
  'Nhà văn hóa rộng 150 m2, có sân thể thao và khu vệ sinh, là nơi sinh hoạt cộng đồng của 126 hộ dân. Trước đây, các cuộc họp thôn phải tổ chức tại nhà trưởng thôn hoặc ngoài trời.',
  'Phát biểu tại buổi lễ, Chủ tịch UBND xã đề nghị ban quản lý thôn sử dụng công trình đúng mục đích, giữ gìn vệ sinh chung và tổ chức thường xuyên các hoạt động văn hóa, văn nghệ.',
];

/** A portal article page with one photo (its caption under it). */
function articlePage(title, photo) {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Cổng TTĐT thử nghiệm Lào Cai"></head>
<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="content"><h1 class="title">${title}</h1><div class="date">Ngày đăng: 04/12/2026 09:00</div>
<p class="sapo"><strong>${PARAGRAPHS[0]}</strong></p><div class="detail">
<p>${PARAGRAPHS[1]}</p>
${photo ? `<figure><img src="${photo}" alt="Nhà văn hóa thôn Sả Xéng" width="640" height="400"><figcaption>Nhà văn hóa thôn Sả Xéng ngày khánh thành.</figcaption></figure>` : ''}
<p>${PARAGRAPHS[2]}</p>
<p style="text-align:right"><strong>Minh Hà</strong></p></div></div></body></html>`;
}

/** Where an element is against the window: in view when its whole box is inside it. */
const placeOf = (page, selector) => page.evaluate((selector) => {
  const el = document.querySelector(selector);
  const box = el?.getBoundingClientRect();
  return {
    text: (el?.textContent ?? '').trim(),
    inView: Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight + 1),
    where: box ? `${Math.round(box.top)}–${Math.round(box.bottom)} of ${innerHeight}, scrollY ${Math.round(scrollY)} of ${document.documentElement.scrollHeight}` : 'none',
  };
}, selector);

const BACKUP_STATUS = '.backup [data-testid="status-message"]';

/** Clicks a button of the backup card by its text, as a reader who scrolled to it. */
async function pressBackupButton(library, label) {
  await library.evaluate(() => document.querySelector('.backup')?.scrollIntoView({ block: 'end' }));
  const clicked = await library.evaluate((label) => {
    const b = [...document.querySelectorAll('.backup button')].find((x) => x.textContent.trim() === label);
    b?.click();
    return Boolean(b);
  }, label);
  assert(clicked, `no “${label}” button in the backup card`);
}

/** Imports a Pocket CSV at the foot of the library and returns where its answer is. */
async function importAtFoot(library, csv, what) {
  await library.evaluate(() => document.querySelector('.backup')?.scrollIntoView({ block: 'end' }));
  await chooseImportFile(library, 'ril_export.csv', 'text/csv', csv);
  return waitUntil(async () => {
    const r = await placeOf(library, BACKUP_STATUS);
    return /^Đã nhập xong/.test(r.text) || /không|lỗi/i.test(r.text) ? r : null;
  }, { timeout: 30_000, message: `the import's answer next to the Import button (${what})` });
}

const pocketCsv = (from, count) => [
  'title,url,time_added,tags,status',
  ...Array.from({ length: count }, (_, i) => `"Tin đọc sau số ${from + i} về xây dựng nông thôn mới ở vùng cao",${BASE}/doc-sau/tin-${from + i}.html,${1700000000 + from + i},,unread`),
].join('\r\n');

/**
 * The popup's photo-host question, answered `ms` after the click, as a reader who reads it first. In Chromium the
 * test host is granted up front (chromium-driver.mjs), so the popup is made to see it as not yet granted; the
 * real request still runs inside the click. Runs in the popup page before its own scripts (Chromium) or before
 * the click (Firefox).
 */
function slowPhotoQuestion({ host, ms }) {
  const api = (globalThis.browser ?? globalThis.chrome).permissions;
  const getAll = api.getAll.bind(api);
  const request = api.request.bind(api);
  window.__asked = [];
  api.getAll = async () => {
    const p = await getAll();
    return { ...p, origins: (p.origins ?? []).filter((o) => !o.includes(host)) };
  };
  api.request = (p) => {
    window.__asked.push(...(p.origins ?? []));
    const answer = request(p);
    return new Promise((resolve) => setTimeout(() => resolve(answer), ms));
  };
}

/** Records every status the popup shows, with the time since the save was pressed. */
const recordStatuses = (page) => page.evaluate(() => {
  window.__statuses = [];
  const button = document.querySelector('[data-testid="save-button"]');
  button?.addEventListener('click', () => (window.__pressedAt = performance.now()), { capture: true });
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="status-message"]')?.textContent ?? '';
    if (text && window.__statuses.at(-1)?.text !== text) window.__statuses.push({ text, at: performance.now() - (window.__pressedAt ?? 0) });
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
});

/** The toolbar button's tooltip for tabs with none of their own. */
const toolbarTitle = (ctx) => ctx.driver.extensionEval(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  return (api.action ?? api.browserAction).getTitle({});
});

export const edgeScenarios = [
  {
    name: 'the toolbar tooltip follows the chosen language',
    async run(ctx) {
      const setChoice = (language) => ctx.driver.extensionEval((language) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return language ? api.storage.local.set({ interfacePrefs: { language } }) : api.storage.local.remove('interfacePrefs');
      }, language);
      try {
        await setChoice('vi');
        await waitUntil(async () => ((await toolbarTitle(ctx)) === 'Tin Sạch — đọc gọn bài này' ? true : null),
          { timeout: 10_000, message: 'the tooltip in Vietnamese after choosing Vietnamese' });
        await setChoice('en');
        await waitUntil(async () => ((await toolbarTitle(ctx)) === 'Tin Sạch — read this article cleanly' ? true : null),
          { timeout: 10_000, message: 'the tooltip in English after choosing English' });
      } finally {
        await setChoice(null);
      }
    },
  },
  {
    name: 'export and import answer in view at the foot of a long library',
    timeout: 120_000,
    async run(ctx) {
      const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
      await waitUntil(() => library.evaluate(() => Boolean(document.querySelector('[data-testid="import-file"]'))), { message: 'the import input' });
      await captureDownloads(library);
      // Sixty links to read make the library several windows long.
      const first = await importAtFoot(library, pocketCsv(1, 60), 'sixty links');
      assert(first.inView, `the first import's answer “${first.text}” is outside the window (${first.where})`);
      await library.reload();
      await waitForSelector(library, tid('library-item'), { what: 'the long library' });
      await captureDownloads(library);
      const height = await library.evaluate(() => document.documentElement.scrollHeight / innerHeight);
      assert(height > 3, `the library is only ${height.toFixed(1)} windows long: not a long library`);

      await pressBackupButton(library, 'Xuất bản sao lưu (.json)');
      const exported = await waitUntil(async () => {
        const r = await placeOf(library, BACKUP_STATUS);
        return /^Đã tạo tệp sao lưu/.test(r.text) ? r : null;
      }, { timeout: 30_000, message: 'the export\'s answer next to the Export button' });
      assert(exported.inView, `the export's answer “${exported.text}” is outside the window where Export was pressed (${exported.where})`);
      const file = await nextDownload(library, 'the backup file');
      assert(/\.json$/.test(file.name) && file.text.includes('Tin đọc sau số 60'), `the backup download is ${file.name}`);
      await ctx.shot('library-export-answer', library);

      const second = await importAtFoot(library, pocketCsv(61, 3), 'three more links');
      assert(/thêm 3/.test(second.text), `the second import says “${second.text}”`);
      assert(second.inView, `the second import's answer “${second.text}” is outside the window where Import was pressed (${second.where})`);
      await ctx.shot('library-import-answer', library);
      // The page's own answers (undo, errors) sit in the toast region at the foot of the window.
      const toast = await library.evaluate(() => getComputedStyle(document.querySelector('.toast-region')).position);
      assert(toast === 'fixed', `the toast region is ${toast}, not fixed to the window`);
    },
  },
  {
    name: 'photo permission: the explanation stays until the question is answered',
    timeout: 120_000,
    async run(ctx) {
      // Chromium: the host granted up front, seen as not yet granted. Firefox: a host not granted yet, which its
      // prompt-less preference grants when asked (firefox-driver.mjs).
      const host = ctx.browser === 'firefox' ? 'anh-goc-canh.cdn-thu-nghiem.vn' : 'anh.cdn-thu-nghiem.vn';
      const url = `${BASE}/nha-van-hoa-sa-xeng.html`;
      const title = 'Khánh thành nhà văn hóa thôn Sả Xéng xã Tả Phìn';
      ctx.server.setPage(url, articlePage(title, `http://${host}/2026/12/04/nha-van-hoa.jpg`));
      const tab = await ctx.open.web(url);
      const answerMs = 2500;
      let page;
      if (ctx.browser === 'firefox') {
        page = (await openPopup(ctx, tab.tabId, { lang: 'vi' })).page;
        await page.evaluate(slowPhotoQuestion, { host, ms: answerMs });
      } else {
        page = await ctx.driver.openExtensionPage(`popup.html?tabId=${tab.tabId}&lang=vi`, POPUP_SIZE, { initScript: { fn: slowPhotoQuestion, arg: { host, ms: answerMs } } });
      }
      try {
        await waitForSelector(page, tid('article-title'), { what: 'the article in the popup' });
        await sleep(1200); // the library's "saved?" answer and the granted hosts, read after the first paint
        await recordStatuses(page);
        await page.click(tid('save-button'));
        await sleep(answerMs * 0.6);
        const asking = await page.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent ?? '');
        await ctx.shot('popup-photo-question-open', page);
        assert(asking.includes(host) && asking.includes('Cho phép'), `while the question is open the popup says “${asking}”, not the explanation`);
        const statuses = await waitUntil(async () => {
          const list = await page.evaluate(() => window.__statuses);
          return list.some((s) => /^Đã lưu|Không lưu/.test(s.text)) ? list : null;
        }, { timeout: 60_000, message: 'the save to finish' });
        const asked = await page.evaluate(() => window.__asked);
        assert(asked.some((o) => o.includes(host)), `the popup never asked for ${host}: ${JSON.stringify(asked)}`);
        const firstOutcome = statuses.find((s) => /^Đã lưu|Không lưu/.test(s.text));
        assert(firstOutcome.at >= answerMs - 100,
          `an outcome replaced the explanation ${Math.round(firstOutcome.at)} ms after the click, before the question was answered (${answerMs} ms): ${JSON.stringify(statuses)}`);
        const final = await waitUntil(() => page.evaluate(() => document.querySelector('[data-testid="status-message"]')?.textContent === 'Đã lưu, 1/1 ảnh.' ? true : null),
          { timeout: 30_000, message: 'the status “Đã lưu, 1/1 ảnh.” once allowed' });
        assert(final, 'no final count');
        await ctx.shot('popup-photo-question-answered', page);
      } finally {
        await page.close();
      }
      // The library has the photo: no "Thiếu" and no "Tải lại ảnh" to press.
      const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
      const row = await waitUntil(() => library.evaluate((t) => {
        const li = [...document.querySelectorAll('[data-testid="library-item"]')].find((x) => x.querySelector('.item-title')?.textContent.includes(t));
        return li ? { missing: li.querySelector('[data-testid="missing-photos"]')?.textContent ?? null, refetch: Boolean(li.querySelector('[data-testid="refetch-photos"]')) } : null;
      }, title), { timeout: 15_000, message: 'the saved article in the library' });
      assert(row.missing === null && !row.refetch, `the library still marks the photo missing: ${JSON.stringify(row)}`);
    },
  },
  {
    name: 'a link to read under another address is saved from the popup',
    timeout: 120_000,
    async run(ctx) {
      // Pocket kept the address the reader shared; the portal now redirects it to the article's new address.
      const target = `${BASE}/tin-tuc/khanh-thanh-cau-ban-lau.html`;
      const imported = `${BASE}/r/khanh-thanh-cau?utm_source=pocket`;
      const title = 'Khánh thành cầu dân sinh thôn Bản Lầu sau 8 tháng thi công';
      ctx.server.setPage(target, articlePage(title, null));
      ctx.server.addHandler((url, req, res) => {
        if (url.host !== FIXTURE_HOST || url.pathname !== '/goc-canh/r/khanh-thanh-cau') return 0;
        res.writeHead(301, { location: target, 'cache-control': 'no-store' });
        res.end();
        return 301;
      });
      const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
      await waitUntil(() => library.evaluate(() => Boolean(document.querySelector('[data-testid="import-file"]'))), { message: 'the import input' });
      await chooseImportFile(library, 'ril_export.csv', 'text/csv', `title,url,time_added,tags,status\r\n"${title} - Cổng TTĐT thử nghiệm Lào Cai",${imported},1700000500,đọc sau,unread\r\n`);
      const countRows = () => library.evaluate((t) => [...document.querySelectorAll('[data-testid="library-item"]')]
        .filter((x) => x.querySelector('.item-title')?.textContent.includes(t))
        .map((x) => ({ toRead: x.dataset.toRead === 'true', text: x.textContent })), title);
      await waitUntil(async () => ((await countRows()).some((r) => r.toRead) ? true : null), { timeout: 15_000, message: 'the imported link to read' });

      // The reader follows the link (redirected) and clicks the toolbar icon.
      const tab = await ctx.open.web(imported);
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      expectArticle(popup, 'the redirected page of the link to read');
      const shownTitle = norm(await waitForSelector(popup.page, tid('article-title')));
      assert(shownTitle === title, `the popup shows “${shownTitle}”`);
      await waitUntil(() => popup.page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.dataset.saved === 'true' ? true : null),
        { timeout: 30_000, message: 'the popup to fill the link to read in the background (Save button data-saved=true)' });
      // Still open, still showing the article: no permission question closed it.
      const still = await popup.page.evaluate(() => document.querySelector('[data-testid="article-title"]')?.textContent ?? '');
      assert(norm(still) === title, 'the popup no longer shows the article after filling the link');
      await ctx.shot('popup-to-read-filled', popup.page);

      await library.reload();
      const rows = await waitUntil(async () => {
        const r = await countRows();
        return r.length > 0 && r.every((x) => !x.toRead) ? r : null;
      }, { timeout: 15_000, message: 'the link to read to become a saved article' });
      assert(rows.length === 1, `the library lists the article ${rows.length} times: ${JSON.stringify(rows.map((r) => r.text))}`);
      assert(rows[0].text.includes('đọc sau'), 'the Pocket tag was lost');
    },
  },
];
