// Scenarios for recovery (every delete can be undone: the library's toast after several deletes, then
// "Đã xoá gần đây") and damaged records (one damaged record never blanks the library: a damaged row, "export as is",
// the quarantine "Bài bị hỏng"). Registered at the end of scenarios.mjs; each runs alone with --only (it saves
// the two fixture articles it needs itself), in Chromium and in Firefox.
import path from 'node:path';
import { assert, tid, waitForSelector, waitForText, waitUntil } from './driver.mjs';
import { PROJECT_ROOT } from './server.mjs';
import { FIXTURE_PAGE, FIXTURE_TITLE, PAGE_SIZE, expectArticle, openPopup, runAxe } from './ui-steps.mjs';
import { captureDownloads, nextDownload } from './files.mjs';

const SECOND_PAGE = 'custom-element-trap.html';
const SECOND_TITLE = 'Cầu treo Cốc Tủm: học sinh hết cảnh lội suối đến trường';
const TITLES = [FIXTURE_TITLE, SECOND_TITLE];
const LIBRARY = 'library.html?lang=vi';

/** Saves both fixture pages through the popup (Save is a toggle: pressed only when not saved yet). */
async function saveBoth(ctx) {
  for (const file of [FIXTURE_PAGE, SECOND_PAGE]) {
    const tab = await ctx.open.web(ctx.server.fixtureUrl(file));
    const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
    expectArticle(popup, file);
    const saved = () => popup.page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.dataset.saved === 'true');
    // Let the popup learn whether the page is saved before pressing the toggle.
    await new Promise((r) => setTimeout(r, 800));
    if (!(await saved())) await popup.page.click(tid('save-button'));
    await waitUntil(saved, { timeout: 20_000, message: `${file} to be saved` });
    await popup.page.close();
  }
}

/** Titles of the saved-article rows (a row with a .md button: not a link to read, not a damaged row). */
function savedTitles(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="library-item"]')]
    .filter((li) => li.querySelector('[data-testid="download-markdown"]'))
    .map((li) => li.querySelector('.item-title')?.textContent.trim()));
}

/** Whether every one of `wanted` is (or, with `present` false, none is) among what `read(page)` lists. */
async function among(read, page, wanted, present = true) {
  const have = await read(page);
  return wanted.every((w) => have.includes(w) === present);
}
const listed = (page, titles) => among(savedTitles, page, titles);
/** Titles of the search's hits, once the search has answered (its heading says "Kết quả tìm kiếm"). */
const hitTitles = (page) =>
  page.evaluate(() => (document.querySelector('#results-heading') ? [...document.querySelectorAll('.search-hit .item-title')].map((h) => h.textContent.trim()) : []));
const noneListed = (page, titles) => among(savedTitles, page, titles, false);

/**
 * Clicks `selector` inside the row (of `rows`) whose title is `title`, with a real mouse click. The element is
 * marked first because the driver clicks by selector.
 */
async function clickIn(page, rows, title, selector) {
  await waitUntil(() => page.evaluate(({ rows, title, selector }) => {
    const row = [...document.querySelectorAll(rows)].find((li) => li.querySelector('.item-title')?.textContent.trim() === title
      && (rows !== '[data-testid="library-item"]' || li.querySelector('[data-testid="download-markdown"]')));
    const el = row?.querySelector(selector);
    if (!el) return false;
    for (const old of document.querySelectorAll('[data-e2e-click]')) old.removeAttribute('data-e2e-click');
    el.setAttribute('data-e2e-click', '');
    return true;
  }, { rows, title, selector }), { timeout: 10_000, message: `${selector} in the row “${title}”` });
  await page.click('[data-e2e-click]');
}

/** The id of the first saved-article row titled `title` (other scenarios may have saved the same page under
 *  another address, so rows are told apart by id, not by title). */
const savedRowId = (page, title) => page.evaluate((title) => [...document.querySelectorAll('[data-testid="library-item"]')]
  .find((li) => li.querySelector('.item-title')?.textContent.trim() === title && li.querySelector('[data-testid="download-markdown"]'))
  ?.dataset.id ?? null, title);
const listedIds = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid="library-item"]')].map((li) => li.dataset.id));
const allListed = (page, ids) => among(listedIds, page, ids);
const noneOfListed = (page, ids) => among(listedIds, page, ids, false);
const trashEntries = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid="trash-item"]')].map((li) => li.textContent));
const deleteRow = (page, id) => page.click(`[data-testid="library-item"][data-id="${id}"] .btn-delete`);

const ROW = tid('library-item');
const TRASH_ROW = tid('trash-item');
const QUARANTINE_ROW = tid('quarantine-item');

export const recoveryScenarios = [
  {
    name: 'two quick deletes both undone',
    timeout: 120_000,
    async run(ctx) {
      await saveBoth(ctx);
      const page = await ctx.open.ext(LIBRARY, PAGE_SIZE);
      await waitUntil(() => listed(page, TITLES), { message: 'both fixture articles in the library' });

      const ids = [];
      for (const title of TITLES) ids.push(await waitUntil(() => savedRowId(page, title), { message: `the row of “${title}”` }));

      // Two deletes in a row, the second while the first one's toast is still up: one undo brings back both.
      for (const id of ids) await deleteRow(page, id);
      await waitUntil(() => noneOfListed(page, ids), { timeout: 10_000, message: 'both rows to leave the list' });
      await waitForText(page, tid('undo-toast'), 'Đã xoá 2 bài', { what: 'the toast to offer undo for both deletes' });
      await page.click(`${tid('undo-toast')} button`);
      await waitUntil(() => allListed(page, ids), { timeout: 10_000, message: 'undo to restore both articles' });
      await waitForText(page, `${tid('status-toast')} ${tid('status-message')}`, 'Đã khôi phục 2 bài', { what: 'the status to say both were restored' });
      await ctx.shot('library-undo-answer', page);

      // Again, and this time the toast is left to expire: both wait in "Đã xoá gần đây".
      for (const id of ids) await deleteRow(page, id);
      await waitUntil(() => noneOfListed(page, ids), { timeout: 10_000, message: 'both rows to leave the list again' });
      await waitUntil(() => page.evaluate(() => document.querySelector('[data-testid="undo-toast"]') === null),
        { timeout: 15_000, message: 'the undo toast to expire' });
      const toggle = await waitForText(page, tid('trash-toggle'), /Đã xoá gần đây \(\d+\)/, { what: 'the "Đã xoá gần đây (N)" button' });
      assert(Number(/\((\d+)\)/.exec(toggle)[1]) >= 2, `the trash button counts fewer than the 2 deleted articles: “${toggle}”`);
      await page.click(tid('trash-toggle'));
      await waitForSelector(page, tid('trash-section'), { what: 'the "Đã xoá gần đây" section' });
      const trashed = await waitUntil(async () => {
        const entries = await trashEntries(page);
        return TITLES.every((title) => entries.some((text) => text.includes(title))) ? entries : null;
      }, { timeout: 10_000, message: 'both deleted articles in "Đã xoá gần đây"' });
      for (const title of TITLES) {
        const entry = trashed.find((text) => text.includes(title));
        assert(entry, `“${title}” is not in "Đã xoá gần đây": ${JSON.stringify(trashed)}`);
        assert(/còn giữ đến/.test(entry), `the trash entry does not say how long it is kept: “${entry}”`);
      }
      // Newest first: the second delete is listed above the first.
      assert(trashed.findIndex((t) => t.includes(TITLES[1])) < trashed.findIndex((t) => t.includes(TITLES[0])), 'the trash is not newest first');
      for (const title of TITLES) await clickIn(page, TRASH_ROW, title, tid('trash-restore'));
      await waitUntil(() => allListed(page, ids), { timeout: 10_000, message: 'both articles back in the list after "Khôi phục"' });
      // The list and the trash are separate reads: wait for the state, with room for a busy machine.
      await waitUntil(async () => {
        const left = await trashEntries(page);
        return TITLES.every((t) => !left.some((x) => x.includes(t)));
      }, { timeout: 10_000, message: 'the restored articles to leave "Đã xoá gần đây"' });

      // Both open in the reader (the restored record is whole: text and all).
      const hrefs = await page.evaluate((ids) => ids.map((id) => document.querySelector(`[data-testid="library-item"][data-id="${id}"] .item-title a`)?.href ?? null), ids);
      for (const [i, href] of hrefs.entries()) {
        assert(href && href.includes('reader.html'), `the restored “${TITLES[i]}” has no reader link (${href})`);
        const reader = await ctx.open.ext(href, PAGE_SIZE);
        const body = await waitForSelector(reader, tid('reader-body'), { what: `the reader body of “${TITLES[i]}”` });
        assert(body.length > 200, `the reader shows almost nothing for “${TITLES[i]}”: “${body}”`);
        const titled = await reader.evaluate((t) => [...document.querySelectorAll('h1, h2')].some((h) => h.textContent.trim() === t), TITLES[i]);
        assert(titled, `the reader does not show the title “${TITLES[i]}”`);
        await reader.close();
      }
    },
  },
  {
    name: 'damaged record',
    timeout: 120_000,
    async run(ctx) {
      await saveBoth(ctx);
      const page = await ctx.open.ext(LIBRARY, PAGE_SIZE);
      await waitUntil(() => listed(page, TITLES), { message: 'both fixture articles in the library' });

      // Damage the second article's list row as in the report (title 42, tags null), and add an article record
      // that fails validation (a javascript: URL, script in its html) under a sound row.
      const ids = await page.evaluate(async (second) => {
        const done = (req) => new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const db = await done(indexedDB.open('tin-sach'));
        const tx = db.transaction(['summaries', 'articles'], 'readwrite');
        const rows = tx.objectStore('summaries');
        const row = (await done(rows.getAll())).find((r) => r.title === second);
        const article = await done(tx.objectStore('articles').get(row.id));
        const badId = 'e2e-damaged-article';
        rows.put({ ...row, title: 42, tags: null });
        tx.objectStore('articles').put({ ...article, id: badId, url: 'javascript:alert(1)', title: 'Bài hỏng thử nghiệm', html: '<img src=x onerror="window.__pwned=1">' });
        rows.put({ ...row, id: badId, title: 'Bài hỏng thử nghiệm', titleKey: 'bai hong thu nghiem' });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        return { row: row.id, bad: badId };
      }, SECOND_TITLE);
      await page.reload();
      await waitForSelector(page, tid('damaged-item'), { what: 'the damaged row' });
      const view = await page.evaluate(() => ({
        heading: document.querySelector('#list-heading')?.textContent ?? '',
        rows: document.querySelectorAll('[data-testid="library-item"]').length,
        damaged: [...document.querySelectorAll('[data-testid="damaged-item"]')].map((li) => ({ id: li.dataset.id, text: li.textContent })),
      }));
      assert(await listed(page, [FIXTURE_TITLE, 'Bài hỏng thử nghiệm']), `the sound articles are not listed beside the damaged row: ${JSON.stringify(await savedTitles(page))}`);
      assert(view.damaged.length === 1 && view.damaged[0].id === ids.row, `expected one damaged row for ${ids.row}: ${JSON.stringify(view.damaged)}`);
      assert(view.damaged[0].text.includes('Bài bị hỏng — không đọc được'), `the damaged row says “${view.damaged[0].text}”`);
      const count = Number(/\((\d[\d.]*)\)/.exec(view.heading)?.[1].replace('.', ''));
      assert(count === view.rows + 1 || count > 50, `the heading counts ${count}, the page shows ${view.rows} rows + 1 damaged (“${view.heading}”)`);
      // Search still works. Its hits are rows of their own (title, site and a snippet, no .md button), so they are
      // read by their titles alone; the run's earlier scenarios may have left a larger library to search.
      await page.fill(tid('library-search'), 'phong nien');
      await waitUntil(() => among(hitTitles, page, [FIXTURE_TITLE]), { timeout: 20_000, message: 'the search "phong nien" to find the fixture article' });
      await page.fill(tid('library-search'), '');
      await waitForSelector(page, tid('damaged-item'), { what: 'the damaged row after clearing the search' });

      // "Xuất nguyên trạng": the raw records, as they are on disk.
      await captureDownloads(page);
      await page.click(`${tid('damaged-item')} ${tid('damaged-export')}`);
      const file = await nextDownload(page, 'the damaged record download');
      const raw = JSON.parse(file.text);
      assert(file.name === `tin-sach-hong-${ids.row}.json`, `the file is named “${file.name}”`);
      assert(raw.summary?.title === 42 && raw.summary?.tags === null && raw.article?.title === SECOND_TITLE,
        `the export is not the raw records: ${file.text.slice(0, 300)}`);

      // "Gỡ bỏ": out of the list, into "Bài bị hỏng".
      await page.click(`${tid('damaged-item')} ${tid('damaged-remove')}`);
      await waitUntil(() => page.evaluate(() => document.querySelector('[data-testid="damaged-item"]') === null), { message: 'the damaged row to leave the list' });
      await waitForText(page, tid('quarantine-section'), /Bài bị hỏng \(\d+\)/, { what: 'the "Bài bị hỏng" section' });
      // The damaged article record is found when it is read (here: its .md download) and set aside too.
      await clickIn(page, ROW, 'Bài hỏng thử nghiệm', tid('download-markdown'));
      await waitUntil(() => page.evaluate((bad) => document.querySelector(`[data-testid="quarantine-item"][data-id="${bad}"]`) !== null, ids.bad),
        { timeout: 10_000, message: 'the damaged article record in "Bài bị hỏng"' });
      assert(await noneListed(page, ['Bài hỏng thử nghiệm']), 'the damaged article is still listed after it was set aside');

      // Inspect shows the record as text: its html is not markup.
      // The answer about the damaged record stays at the foot of the window until closed, and on a short window it
      // covers this row's buttons: the reader closes it first, as the test does.
      if (await page.evaluate(() => document.querySelector('[data-testid="status-toast"] button') !== null)) {
        await page.click(`${tid('status-toast')} button`);
      }
      await page.click(`${QUARANTINE_ROW}[data-id="${ids.bad}"] ${tid('quarantine-inspect')}`);
      await waitForSelector(page, `${QUARANTINE_ROW}[data-id="${ids.bad}"] ${tid('quarantine-json')}`, { what: 'the inspected record' });
      const inspected = await page.evaluate((bad) => {
        const pre = document.querySelector(`[data-testid="quarantine-item"][data-id="${bad}"] [data-testid="quarantine-json"]`);
        return { text: pre?.textContent ?? '', elements: pre?.children.length ?? -1, pwned: window.__pwned ?? null };
      }, ids.bad);
      assert(inspected.text.includes('onerror=\\"window.__pwned=1\\"') && inspected.elements === 0 && inspected.pwned === null,
        `the record is not shown as plain text: ${JSON.stringify(inspected).slice(0, 300)}`);
      // A delete too, so the screenshot shows "Đã xoá gần đây" with an entry beside "Bài bị hỏng" (restored at the end).
      const fixtureId = await waitUntil(() => savedRowId(page, FIXTURE_TITLE), { message: 'the fixture article\'s row' });
      await deleteRow(page, fixtureId);
      await waitUntil(() => noneOfListed(page, [fixtureId]), { timeout: 10_000, message: 'the fixture article to leave the list' });
      await page.click(tid('trash-toggle'));
      await waitUntil(() => page.evaluate((t) => [...document.querySelectorAll('[data-testid="trash-item"]')].some((li) => li.textContent.includes(t)), FIXTURE_TITLE),
        { message: 'the deleted article in "Đã xoá gần đây"' });
      await waitUntil(() => page.evaluate(() => document.querySelector('[data-testid="undo-toast"]') === null), { timeout: 15_000, message: 'the undo toast to expire' });
      const shot = path.join(PROJECT_ROOT, 'tests/browser/screenshots', `${ctx.browser}-library-recovery-vi.png`);
      await page.screenshot(shot, { fullPage: true });
      const problems = await runAxe(page, 'library with "Đã xoá gần đây" and "Bài bị hỏng" open');
      assert(problems.length === 0, `serious/critical axe violations:\n${problems.join('\n')}`);

      // Restoring the still-damaged article says why, in one sentence; deleting it for good asks first.
      await page.click(`${QUARANTINE_ROW}[data-id="${ids.bad}"] ${tid('quarantine-restore')}`);
      await waitForText(page, `${QUARANTINE_ROW}[data-id="${ids.bad}"] ${tid('quarantine-problem')}`, 'Bản ghi vẫn còn hỏng nên chưa khôi phục được',
        { what: 'the reason the damaged article cannot be restored' });
      await page.click(`${QUARANTINE_ROW}[data-id="${ids.bad}"] ${tid('quarantine-delete')}`);
      await page.click(`${QUARANTINE_ROW}[data-id="${ids.bad}"] ${tid('quarantine-confirm-delete')}`);
      await waitUntil(() => page.evaluate((bad) => document.querySelector(`[data-testid="quarantine-item"][data-id="${bad}"]`) === null, ids.bad),
        { message: 'the damaged article to be deleted for good' });

      // The set-aside row's article is sound: "Khôi phục" rebuilds its row and it is listed (and searchable) again.
      await page.click(`${QUARANTINE_ROW}[data-id="${ids.row}"] ${tid('quarantine-restore')}`);
      await waitUntil(() => listed(page, [SECOND_TITLE]), { timeout: 10_000, message: `“${SECOND_TITLE}” back in the list after "Khôi phục"` });
      await waitForText(page, `${tid('status-toast')} ${tid('status-message')}`, 'Đã khôi phục', { what: 'the status to say it was restored' });
      // The toast may come a frame before the quarantine's list is drawn again.
      await waitUntil(() => page.evaluate((id) => document.querySelector(`[data-testid="quarantine-item"][data-id="${id}"]`) === null, ids.row),
        { message: 'the restored record to leave "Bài bị hỏng"' });
      await clickIn(page, TRASH_ROW, FIXTURE_TITLE, tid('trash-restore'));
      await waitUntil(() => listed(page, TITLES), { timeout: 10_000, message: 'both articles listed at the end' });
      await page.fill(tid('library-search'), 'coc tum');
      await waitUntil(() => among(hitTitles, page, [SECOND_TITLE]), { timeout: 20_000, message: 'the search "coc tum" to find the restored article' });
    },
  },
];
