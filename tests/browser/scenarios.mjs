// The browser scenarios, written once against the driver interface (driver.mjs) and run by both
// tests/browser/chromium.mjs and tests/browser/firefox.mjs. Each scenario is a named async function over a
// context `ctx` (see run.mjs): ctx.driver, ctx.server, ctx.state (shared between scenarios, in order),
// ctx.open.web(url) / ctx.open.ext(path, viewport) (pages closed after the scenario unless kept),
// ctx.shot(name, page). Scenarios that need the shared corpus say so (`corpus: true`).
import { legalScenarios } from './scenarios-legal.mjs';
import { assert, setFieldValue, tid, waitForSelector, waitForText, waitUntil } from './driver.mjs';
import { hostilePages } from './hostile.mjs';
import { summaryScenarios } from './scenarios-summary.mjs';
import { uxScenarios } from './scenarios-ux.mjs';
import { figureScenarios } from './scenarios-figures.mjs';
import { securityScenarios } from './scenarios-security.mjs';
import { imageScenarios } from './scenarios-images.mjs';
import { miscScenarios } from './scenarios-misc.mjs';
import { backupScenarios } from './scenarios-backup.mjs';
import { recoveryScenarios } from './scenarios-recovery.mjs';
import { digestScenarios } from './scenarios-digest.mjs';
import { keepScenarios } from './scenarios-keep.mjs';
import { phoneScenarios } from './scenarios-phone.mjs';
import { followScenarios } from './scenarios-follow.mjs';
import { edgeScenarios } from './scenarios-edges.mjs';
import {
  FIXTURE_PAGE, FIXTURE_TITLE, LIST_FILE, PAGE_SIZE, SEED_FILE, checkLangAndTheme, expectArticle, expectFailure, norm,
  ensureSeedSaved, openPopup, readerImages, runAxe, seedReaderHref, seedTab, setThemeInReader, withLang,
} from './ui-steps.mjs';

export const scenarios = [
  {
    // Proves, without any UI, that the registered content script runs on a gov host served through the proxy
    // (it lights the toolbar badge) and that the on-demand extractor can be injected and answers.
    name: 'smoke',
    title: (driver) => `${driver} smoke`,
    async run(ctx) {
      const { driver, server } = ctx;
      const url = server.fixtureUrl(FIXTURE_PAGE);
      const tab = await ctx.open.web(url);
      assert(server.reports.some((r) => r.query.page === 'bai-viet-thu-nghiem'),
        `the test page did not report through the proxy (reports: ${JSON.stringify(server.reports)})`);
      const badge = await waitUntil(() => driver.extensionEval((tabId) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const action = api.action ?? api.browserAction;
        return action.getBadgeText({ tabId });
      }, tab.tabId), { timeout: 10_000, message: 'the toolbar badge set by the registered content script (readerable page)' });
      assert(badge === '•', `expected the readerable badge "•", got ${JSON.stringify(badge)}`);
      const answer = await driver.extensionEval(async (tabId) => {
        const api = globalThis.browser ?? globalThis.chrome;
        if (api.scripting) await api.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
        else await api.tabs.executeScript(tabId, { file: '/extractor.js' });
        const ping = await api.tabs.sendMessage(tabId, { type: 'tinsach/ping' });
        const extract = await api.tabs.sendMessage(tabId, { type: 'tinsach/extract' });
        return { ping, ok: extract?.ok, title: extract?.article?.title ?? null, reason: extract?.reason ?? null };
      }, tab.tabId);
      assert(answer.ping?.ok === true && answer.ping.url === url, `the extractor ping answered ${JSON.stringify(answer.ping)}`);
      assert(answer.ok === true && answer.title === FIXTURE_TITLE, `the extractor answered ${JSON.stringify(answer)}`);
    },
  },
  {
    name: 'foundation',
    async run(ctx) {
      const tab = await ctx.open.web(ctx.server.fixtureUrl(FIXTURE_PAGE));
      const popup = await openPopup(ctx, tab.tabId);
      expectArticle(popup, 'foundation page');
      const title = await waitForSelector(popup.page, tid('article-title'));
      assert(norm(title) === FIXTURE_TITLE, `popup title is “${title}”, expected “${FIXTURE_TITLE}”`);
      await ctx.shot('foundation-popup', popup.page);
    },
  },
  {
    name: 'restricted',
    async run(ctx) {
      const tab = await ctx.driver.openRestrictedPage();
      ctx.track(tab);
      const popup = await openPopup(ctx, tab.tabId);
      expectFailure(popup, 'restricted', `popup for ${tab.url()}`);
      assert(popup.page.errors.length === 0, `the popup threw: ${popup.page.errors.join(' | ')}`);
    },
  },
  {
    name: 'seed page',
    corpus: true,
    async run(ctx) {
      const expected = ctx.server.corpusPage(SEED_FILE);
      const tab = await seedTab(ctx);
      const popup = await openPopup(ctx, tab.tabId);
      expectArticle(popup, 'seed page');
      const { page } = popup;
      const title = await waitForSelector(page, tid('article-title'));
      assert(norm(title) === expected.title, `title is “${title}”, expected “${expected.title}”`);
      const body = norm(await waitForSelector(page, tid('article-body'), { what: 'the article body' }));
      assert(body.includes(expected.lead), `the lead “${expected.lead}” is not in the article body (starts: “${body.slice(0, 160)}”)`);
      for (const fragment of expected.mustInclude) {
        assert(body.includes(fragment), `the article body misses “${fragment}”`);
      }
      const summary = await waitUntil(() => page.evaluate(() => {
        const el = document.querySelector('[data-testid="summary"]');
        // The lead's words in the card are marked as the lead ("Lời dẫn của bài:"): the mark is not the article's.
        return el ? [...el.querySelectorAll('li')].map((li) => (li.textContent ?? '').slice((li.querySelector('.lead-mark')?.textContent ?? '').length)) : null;
      }), { timeout: 5000, message: 'the summary card (data-testid=summary)' });
      assert(summary.length >= 1 && summary.length <= 3, `the summary has ${summary.length} sentences (expected 1–3)`);
      for (const sentence of summary) {
        assert(body.includes(norm(sentence)), `summary sentence not taken from the article: “${sentence}”`);
      }
      const marks = await waitUntil(() => page.evaluate(() => document.querySelectorAll('[data-testid="article-body"] mark.fig[data-kind]').length),
        { timeout: 5000, message: 'figure highlights (mark.fig[data-kind]) in the article body' });
      assert(marks > 0, 'no highlighted figures');

      // Click the chip whose highlight is furthest down the text (below the fold of the 600 px popup):
      // the click must bring it into view and focus it.
      const target = await page.evaluate(() => {
        const chips = [...document.querySelectorAll('[data-testid="figure-chip"]')];
        const marks = [...document.querySelectorAll('[data-testid="article-body"] mark.fig')];
        let best = null;
        for (const chip of chips) {
          const chipText = (chip.textContent ?? '').replace(/\s+/g, ' ');
          const mark = marks.find((m) => m.textContent && chipText.includes(m.textContent.replace(/\s+/g, ' ')));
          const top = mark ? mark.getBoundingClientRect().top : -Infinity;
          if (mark && (!best || top > best.top)) best = { chip, top };
        }
        if (!best) return { chips: chips.length, found: false };
        best.chip.setAttribute('data-e2e-target', '');
        return { chips: chips.length, found: true, top: best.top, height: window.innerHeight };
      });
      assert(target.chips > 0, 'no figure chips (data-testid=figure-chip)');
      assert(target.found, 'no figure chip has a highlight with its text in the article body');
      assert(target.top > target.height, `the chosen figure is already in view (top ${target.top}px of ${target.height}px): nothing to scroll`);
      await page.click('[data-e2e-target]');
      const focused = await waitUntil(() => page.evaluate(() => {
        const mark = document.activeElement;
        if (!mark || !mark.matches('mark.fig')) return null;
        const chipText = document.querySelector('[data-e2e-target]')?.textContent ?? '';
        const r = mark.getBoundingClientRect();
        const inView = r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
        return inView ? { text: mark.textContent, chipText, top: r.top } : null;
      }), { timeout: 5000, message: 'the clicked figure highlight to be focused and inside the viewport' });
      assert(norm(focused.chipText).includes(norm(focused.text)),
        `the chip “${focused.chipText}” scrolled to a highlight with other text: “${focused.text}”`);

      // "Copy as Markdown" (in the "Thêm" menu) goes through the real clipboard and the exporter the popup
      // loads after its first paint.
      await page.click(tid('more-actions'));
      await page.click(tid('copy-markdown'));
      const copied = await waitUntil(() => page.evaluate(() => {
        const text = document.querySelector('[data-testid="status-message"]')?.textContent ?? '';
        return /Markdown|chép được|could not copy/i.test(text) ? text : null;
      }), { timeout: 5000, message: 'the status line to report the Markdown copy' });
      assert(/Đã chép bài dạng Markdown|Copied as Markdown/.test(copied), `the Markdown copy failed: “${copied}”`);

      await page.click(tid('save-button'));
      await waitForText(page, tid('status-message'), [/Đã lưu/, /Saved/], { timeout: 20_000, what: 'the status line to say the article was saved' });
      await waitForText(page, tid('save-button'), [/Đã lưu/, /Saved/], { timeout: 5000, what: 'the Save button to show it is saved' });
      ctx.state.savedTitle = expected.title;
      ctx.state.seedExpected = expected;
    },
  },
  {
    name: 'library',
    corpus: true,
    async run(ctx) {
      await ensureSeedSaved(ctx);
      const page = await ctx.open.ext('library.html', PAGE_SIZE);
      await waitForSelector(page, tid('library-item'), { what: 'a library item' });
      const titles = await page.evaluate(() => [...document.querySelectorAll('[data-testid="library-item"]')].map((li) => li.textContent));
      assert(titles.some((t) => t.includes(ctx.state.savedTitle)), `the saved article is not listed (items: ${JSON.stringify(titles)})`);
      // Diacritics-insensitive search: "tuyen van" finds "tuyên vận".
      await page.fill(tid('library-search'), 'tuyen van');
      await waitUntil(() => page.evaluate((title) => {
        const items = [...document.querySelectorAll('[data-testid="library-item"]')];
        return items.length > 0 && items.some((li) => li.textContent.includes(title)) && Boolean(document.querySelector('[data-testid="library-item"] mark'));
      }, ctx.state.savedTitle), { timeout: 20_000, message: 'the search "tuyen van" to list the article with a highlighted snippet' });
      // …and a query that matches nothing lists nothing (the search really filters).
      await page.fill(tid('library-search'), 'khongcotunaytrongbai');
      await waitUntil(() => page.evaluate(() => document.querySelectorAll('[data-testid="library-item"]').length === 0),
        { timeout: 20_000, message: 'a search with no match to list no items' });
      ctx.state.readerHref = null;
      await seedReaderHref(ctx);
    },
  },
  {
    name: 'offline reader',
    corpus: true,
    async run(ctx) {
      const href = await seedReaderHref(ctx);
      const expected = ctx.state.seedExpected;
      assert(expected, 'the seed article was not saved');
      ctx.driver.setOffline(true);
      try {
        const page = await ctx.open.ext(href, PAGE_SIZE);
        // The network really is gone for the extension too: the article's own page cannot be fetched.
        const network = await page.evaluate((url) => fetch(url, { cache: 'no-store' }).then(() => 'online', () => 'offline'),
          ctx.server.corpusUrl(SEED_FILE));
        assert(network === 'offline', 'the test server still answered while "offline"');
        const body = norm(await waitForSelector(page, tid('reader-body'), { what: 'the reader body', timeout: 15_000 }));
        assert(body.includes(expected.mustInclude[0]), `the offline reader misses “${expected.mustInclude[0]}”`);
        const images = await readerImages(page);
        assert(images.count > 0, 'the offline reader shows no image (the seed article has one)');
        for (const img of images.imgs) {
          assert(img.src?.startsWith('blob:') && img.w > 0, `an image is not shown from IndexedDB: ${JSON.stringify(img)}`);
        }
        const before = await page.evaluate(() => {
          const sel = document.querySelector('[data-testid="settings-font-size"]');
          return sel ? { value: sel.value, options: [...(sel.options ?? [])].map((o) => o.value), fontPx: getComputedStyle(document.querySelector('[data-testid="reader-body"]')).fontSize } : null;
        });
        assert(before, 'no font-size setting (data-testid=settings-font-size)');
        const larger = before.options.length ? before.options[before.options.length - 1] : String(Number(before.value) + 4);
        assert(larger !== before.value, 'the font size is already the largest step');
        await setFieldValue(page, tid('settings-font-size'), larger);
        await waitUntil(() => page.evaluate((b) => getComputedStyle(document.querySelector('[data-testid="reader-body"]')).fontSize !== b, before.fontPx),
          { timeout: 5000, message: `the text size to change from ${before.fontPx}` });
        await setThemeInReader(page, 'dark');
        const after = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="reader-body"]')).fontSize);
        await page.reload();
        await waitForSelector(page, tid('reader-body'), { what: 'the reader body after reload (offline)' });
        const persisted = await waitUntil(() => page.evaluate(() => {
          const size = document.querySelector('[data-testid="settings-font-size"]')?.value;
          const theme = document.querySelector('[data-testid="theme-select"]')?.value;
          const fontPx = getComputedStyle(document.querySelector('[data-testid="reader-body"]')).fontSize;
          return theme === 'dark' && document.documentElement.dataset.theme === 'dark' ? { size, theme, fontPx } : null;
        }), { timeout: 5000, message: 'the dark theme to be restored after reload' });
        assert(persisted.size === larger, `font size after reload is ${persisted.size}, expected ${larger}`);
        assert(persisted.fontPx === after, `text is ${persisted.fontPx} after reload, was ${after}`);
        const imagesAfter = await readerImages(page);
        assert(imagesAfter.count === images.count && imagesAfter.imgs.every((i) => i.src?.startsWith('blob:') && i.w > 0),
          `after reload the images are not all shown from IndexedDB: ${JSON.stringify(imagesAfter)}`);
        // Back to the defaults the screenshots expect.
        await setFieldValue(page, tid('settings-font-size'), before.value);
        await setThemeInReader(page, 'light');
      } finally {
        ctx.driver.setOffline(false);
      }
      const served = ctx.server.requests.filter((r) => r.url.includes('/Uploads/')).length;
      assert(served >= 1, 'the seed image was never downloaded from the server (so nothing proves it was stored)');
    },
  },
  {
    name: 'not-article',
    corpus: true,
    async run(ctx) {
      const tab = await ctx.open.web(ctx.server.corpusUrl(LIST_FILE));
      // Readability's quick check calls this category page readerable; the badge waits for the extractor's own
      // gate (its reading on load) and stays dark, as the popup will say "not an article".
      await waitUntil(() => ctx.driver.extensionEval((tabId) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return api.tabs.sendMessage(tabId, { type: 'tinsach/ping' }).then((r) => r?.read === true, () => false);
      }, tab.tabId), { timeout: 15_000, message: 'the list page to have been read on load' });
      const badge = await ctx.driver.extensionEval((tabId) => {
        const api = globalThis.browser ?? globalThis.chrome;
        return (api.action ?? api.browserAction).getBadgeText({ tabId });
      }, tab.tabId);
      assert(badge === '', `the badge is lit on a list page: ${JSON.stringify(badge)}`);
      // The popup does not refuse it: it shows the list's articles (the digest scenarios check what it shows).
      const popup = await openPopup(ctx, tab.tabId);
      assert(popup.shows === 'digest', `the baochinhphu list page shows ${popup.shows} (“${popup.text ?? ''}”), expected its digest`);
      assert(popup.kind === 'list', `the digest names the page kind "${popup.kind}", expected "list"`);
    },
  },
  {
    name: 'accessibility',
    corpus: true,
    timeout: 120_000,
    async run(ctx) {
      // Popup, library and reader in the light and dark themes (contrast differs per theme), the reader also
      // in sepia, and the popup's failure view. The theme is chosen in the reader and applies to every page.
      const problems = [];
      const tab = await seedTab(ctx);
      const href = await seedReaderHref(ctx);
      const reader = await ctx.open.ext(href, PAGE_SIZE);
      await waitForSelector(reader, tid('reader-body'), { what: 'the reader body' });
      await readerImages(reader);
      try {
        for (const theme of ['light', 'dark']) {
          await setThemeInReader(reader, theme);
          problems.push(...(await runAxe(reader, `reader, ${theme}`)));
          const popup = await openPopup(ctx, tab.tabId);
          expectArticle(popup, 'seed page');
          await waitForSelector(popup.page, 'mark.fig', { what: 'figure highlights in the popup' });
          problems.push(...(await runAxe(popup.page, `popup, ${theme}`)));
          await popup.page.close();
          const library = await ctx.open.ext('library.html', PAGE_SIZE);
          await waitForSelector(library, tid('library-item'), { what: 'a library item' });
          problems.push(...(await runAxe(library, `library, ${theme}`)));
          await library.close();
        }
        await setThemeInReader(reader, 'sepia');
        problems.push(...(await runAxe(reader, 'reader, sepia')));
      } finally {
        await setThemeInReader(reader, 'light').catch(() => undefined);
      }
      const restricted = await ctx.driver.openRestrictedPage();
      ctx.track(restricted);
      const failure = await openPopup(ctx, restricted.tabId);
      expectFailure(failure, 'restricted', 'restricted page');
      problems.push(...(await runAxe(failure.page, 'popup failure view')));
      if (problems.length) console.log(problems.join('\n'));
      assert(problems.length === 0, `${problems.length} serious/critical axe violations (listed above)`);
    },
  },
  {
    name: 'screenshots',
    corpus: true,
    timeout: 180_000,
    async run(ctx) {
      const tab = await seedTab(ctx);
      const href = await seedReaderHref(ctx);
      const reader = await ctx.open.ext(href, PAGE_SIZE);
      const written = [];
      try {
        for (const theme of ['light', 'dark']) {
          await waitForSelector(reader, tid('reader-body'), { what: 'the reader body' });
          await setThemeInReader(reader, theme);
          for (const lang of ['vi', 'en']) {
            const popup = await openPopup(ctx, tab.tabId, { lang });
            expectArticle(popup, 'seed page');
            await waitForSelector(popup.page, 'mark.fig', { what: 'figure highlights in the popup' });
            await checkLangAndTheme(popup.page, lang, theme);
            written.push(await ctx.shot(`popup-${theme}-${lang}`, popup.page));
            await popup.page.close();
            const library = await ctx.open.ext(`library.html?lang=${lang}`, PAGE_SIZE);
            await waitForSelector(library, tid('library-item'), { what: 'a library item' });
            await checkLangAndTheme(library, lang, theme);
            written.push(await ctx.shot(`library-${theme}-${lang}`, library));
            await library.close();
            const view = await ctx.open.ext(withLang(href, lang), PAGE_SIZE);
            await waitForSelector(view, tid('reader-body'), { what: 'the reader body' });
            await readerImages(view);
            await checkLangAndTheme(view, lang, theme);
            written.push(await ctx.shot(`reader-${theme}-${lang}`, view));
            await view.close();
          }
        }
      } finally {
        await setThemeInReader(reader, 'light').catch(() => undefined);
      }
      assert(written.length === 12, `wrote ${written.length} of 12 screenshots`);
    },
  },
  {
    name: 'hostile pages',
    timeout: 180_000,
    run: (ctx) => hostilePages(ctx),
  },
  ...summaryScenarios,
  ...uxScenarios,
  ...figureScenarios,
  ...securityScenarios,
  ...imageScenarios,
  ...miscScenarios,
  ...backupScenarios,
  ...legalScenarios,
  ...digestScenarios,
  ...recoveryScenarios,
  ...keepScenarios,
  ...phoneScenarios,
  ...followScenarios,
  ...edgeScenarios,
];
