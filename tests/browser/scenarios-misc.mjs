// Scenarios for the export and shortcut features: the Markdown file (front matter) from the popup and the library, a
// Pocket link opened online and saved by the popup, and the shortcuts the browser really assigned.
// Registered at the end of scenarios.mjs; each runs alone with --only (it saves what it needs itself).
import { assert, tid, waitForSelector, waitUntil } from './driver.mjs';
import { FIXTURE_PAGE, FIXTURE_TITLE, PAGE_SIZE, expectArticle, openPopup } from './ui-steps.mjs';
import { captureDownloads, chooseImportFile, nextDownload } from './files.mjs';

/** The lines between the opening and the closing `---`. */
function frontMatter(md) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  assert(m, `the Markdown does not start with a front matter block: “${md.slice(0, 200)}”`);
  return m[1].split('\n');
}

/** The library row whose title link has this href, as {id, toRead, href, text}. */
function rowFor(page, url) {
  return page.evaluate((url) => {
    const row = [...document.querySelectorAll('[data-testid="library-item"]')].find((li) => li.querySelector('.item-title a')?.getAttribute('href') === url
      || li.textContent.includes(url));
    if (!row) return null;
    const a = row.querySelector('.item-title a');
    return { id: row.dataset.id, toRead: row.dataset.toRead === 'true', href: a?.getAttribute('href') ?? null, target: a?.getAttribute('target') ?? null, text: row.textContent };
  }, url);
}

export const miscScenarios = [
  {
    name: 'markdown front matter',
    async run(ctx) {
      const url = ctx.server.fixtureUrl(FIXTURE_PAGE);
      const tab = await ctx.open.web(url);
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      expectArticle(popup, 'markdown page');
      const { page } = popup;
      await captureDownloads(page);
      // The popup's actions other than Save live in its "Thêm" menu.
      await page.click(tid('more-actions'));
      await page.click(tid('download-markdown'));
      const fromPopup = await nextDownload(page, 'the popup\'s .md download');
      assert(fromPopup.name === 'xa-phong-nien-khanh-thanh-cau-treo-moi-cho-hoc-sinh-di-hoc.md', `the file is named “${fromPopup.name}”`);
      const fm = frontMatter(fromPopup.text);
      for (const line of [`title: "${FIXTURE_TITLE}"`, 'source: "Cổng TTĐT thử nghiệm Lào Cai"', `url: "${url}"`, 'published: 2024-05-06']) {
        assert(fm.includes(line), `the front matter misses ${line}: ${JSON.stringify(fm)}`);
      }
      assert(!fm.some((l) => l.startsWith('saved:')), 'an unsaved article has no saved: date');
      const md = fromPopup.text;
      for (const part of [`# ${FIXTURE_TITLE}`, '## Tóm tắt', '## Nội dung', '## Số liệu chính', '| Số liệu | Giá trị |', 'Nguồn: <']) {
        assert(md.includes(part), `the Markdown misses “${part}”`);
      }
      const status = await waitForSelector(page, tid('status-message'));
      assert(/Đã tải bài về dạng Markdown/.test(status), `the status line says “${status}”`);

      // Save, then the library's .md of the same article: the same file plus the saved date.
      // (An earlier scenario in the same profile may have saved this page already: Save is a toggle.)
      const alreadySaved = await page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.dataset.saved === 'true');
      if (!alreadySaved) await page.click(tid('save-button'));
      await waitUntil(() => page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.dataset.saved === 'true'),
        { timeout: 20_000, message: 'the article to be saved' });
      const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
      await waitForSelector(library, tid('library-item'), { what: 'a library item' });
      await captureDownloads(library);
      const clicked = await library.evaluate((title) => {
        // Earlier scenarios in the same profile may have left another row with this title (a link to read, a
        // forged-canonical trap): the saved article is the one whose row offers the .md file.
        const rows = [...document.querySelectorAll('[data-testid="library-item"]')].filter((li) => li.textContent.includes(title));
        const button = rows.map((li) => li.querySelector('[data-testid="download-markdown"]')).find(Boolean);
        button?.setAttribute('data-e2e-md', '');
        return Boolean(button);
      }, FIXTURE_TITLE);
      assert(clicked, 'the library row of the saved article has no .md button');
      await library.click('[data-e2e-md]');
      const fromLibrary = await nextDownload(library, 'the library\'s .md download');
      const savedLine = frontMatter(fromLibrary.text).find((l) => l.startsWith('saved: '));
      assert(/^saved: \d{4}-\d{2}-\d{2}$/.test(savedLine ?? ''), `the library's front matter has no saved date: ${savedLine}`);
      assert(fromLibrary.text.replace(`${savedLine}\n`, '') === md, 'the library\'s Markdown differs from the popup\'s (beyond the saved date)');
    },
  },
  {
    name: 'pocket link saved online',
    async run(ctx) {
      // A URL of its own (the query keeps it apart from the fixture page other scenarios save).
      const url = `${ctx.server.fixtureUrl(FIXTURE_PAGE)}?tu=pocket`;
      const library = await ctx.open.ext('library.html?lang=vi', PAGE_SIZE);
      await waitUntil(() => library.evaluate(() => Boolean(document.querySelector('[data-testid="import-file"]'))), { message: 'the import input' });
      const csv = `title,url,time_added,tags,status\r\n"Cầu treo Cốc Tủm, đọc sau",${url},1681786500,đọc sau,unread\r\n`;
      await chooseImportFile(library, 'ril_export.csv', 'text/csv', csv);
      const link = await waitUntil(() => rowFor(library, url), { timeout: 15_000, message: 'the imported Pocket row' });
      assert(link.toRead, `the Pocket row is not marked as a link to read: “${link.text}”`);
      assert(link.href === url && link.target === '_blank', `the Pocket row links to ${link.href} (target ${link.target}), not the original page`);
      assert(/Liên kết để đọc/.test(link.text), `the row does not say “Liên kết để đọc”: “${link.text}”`);
      await ctx.shot('library-pocket-link', library);
      // Reached through search, its reader page says what it is and links to the original.
      const stubReader = await ctx.open.ext(`reader.html?id=${encodeURIComponent(link.id)}&lang=vi`, PAGE_SIZE);
      const notice = await waitForSelector(stubReader, tid('to-read-notice'), { what: 'the reader\'s notice for a link to read' });
      assert(/Mở trang gốc/.test(notice), `the notice offers no way to the original page: “${notice}”`);
      await stubReader.close();

      // The reader opens the original page online and clicks the toolbar icon: the popup saves it.
      const tab = await ctx.open.web(url);
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      expectArticle(popup, 'the Pocket page');
      await waitUntil(() => popup.page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.dataset.saved === 'true'),
        { timeout: 20_000, message: 'the popup to save the link to read (Save button data-saved=true)' });

      await library.reload();
      const saved = await waitUntil(async () => {
        const row = await library.evaluate((id) => {
          const li = document.querySelector(`[data-testid="library-item"][data-id="${id}"]`);
          return li ? { toRead: li.dataset.toRead === 'true', href: li.querySelector('.item-title a')?.getAttribute('href') ?? '', title: li.querySelector('.item-title')?.textContent ?? '', text: li.textContent } : null;
        }, link.id);
        return row && !row.toRead ? row : null;
      }, { timeout: 15_000, message: 'the library row to become a saved article' });
      assert(saved.href.includes('reader.html?id='), `the saved row opens ${saved.href}, not the reader`);
      assert(saved.title.includes(FIXTURE_TITLE), `the saved row's title is “${saved.title}”`);
      assert(saved.text.includes('đọc sau'), 'the Pocket tag was lost on saving');

      const reader = await ctx.open.ext(saved.href, PAGE_SIZE);
      const body = await waitForSelector(reader, tid('reader-body'), { what: 'the reader body of the saved Pocket link' });
      assert(body.includes('Cây cầu treo dài 86 m'), `the reader shows no article text: “${body.slice(0, 200)}”`);
    },
  },
  {
    name: 'shortcuts',
    async run(ctx) {
      const page = await ctx.open.ext('options.html?lang=vi', PAGE_SIZE);
      const keys = await waitUntil(() => page.evaluate(() => {
        const rows = [...document.querySelectorAll('.shortcut-row')];
        return rows.length ? rows.map((r) => [r.dataset.command, r.querySelector('dd')?.textContent ?? '']) : null;
      }), { message: 'the shortcuts card on the options page' });
      const byName = Object.fromEntries(keys);
      const open = byName._execute_action ?? byName._execute_browser_action;
      assert(open === 'Alt+Shift+D', `the open command has “${open}” (the browser dropped the suggested key?): ${JSON.stringify(keys)}`);
      assert(byName['save-article'] === 'Alt+Shift+S', `the save command has “${byName['save-article']}”: ${JSON.stringify(keys)}`);
      const howTo = await waitForSelector(page, tid('shortcuts-howto'));
      const expected = ctx.browser === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts';
      assert(howTo.includes(expected), `the how-to does not name ${expected}: “${howTo}”`);
      await page.evaluate(() => document.querySelector('[data-testid="shortcuts"]').scrollIntoView({ block: 'end' }));
      await ctx.shot('options-shortcuts', page);
    },
  },
];
