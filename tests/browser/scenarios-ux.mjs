// Browser scenarios for what a reader meets first: the popup's first screen (the article first), the
// language switch persisting across popup, library and reader, and the read-aloud bar. Registered from
// scenarios.mjs; same driver interface and helpers as the rest of the suite.
import { assert, setFieldValue, tid, waitForSelector, waitUntil } from './driver.mjs';
import { PAGE_SIZE, ensureSeedSaved, expectArticle, openPopup, runAxe, seedReaderHref, seedTab, withLang } from './ui-steps.mjs';

/** A national paper's page; served under the gov test host, where a popup opened as a tab may read it. */
export const NATIONAL_FILE = 'news/vnexpress_5047363.html';
const PREFS_KEY = 'interfacePrefs';

/** Back to "follow the browser", nothing folded, no notice dismissed (the other scenarios expect that). */
function resetPrefs(ctx) {
  return ctx.driver.extensionEval((key) => (globalThis.browser ?? globalThis.chrome).storage.local.remove(key), PREFS_KEY);
}

/** Where the popup's parts are, in CSS px from the top of the page (the viewport is 600 px high). */
function popupLayout(page) {
  return page.evaluate(() => {
    const top = (sel) => {
      const el = document.querySelector(sel);
      return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
    };
    const row = document.querySelector('.popup-bar');
    return {
      viewport: window.innerHeight,
      rowHeight: row ? Math.round(row.getBoundingClientRect().height) : null,
      rowButtons: row ? [...row.querySelectorAll('button')].map((b) => b.textContent.trim()) : [],
      meta: top('.article-meta'),
      title: top('[data-testid="article-title"]'),
      summary: top('[data-testid="summary"]'),
      chip: top('[data-testid="figure-chip"]'),
      body: top('[data-testid="article-body"]'),
    };
  });
}

/** Waits for a page to come up (again) in `lang`: <html lang> and a known label. */
async function expectLang(page, lang, what) {
  await waitUntil(() => page.evaluate((l) => document.documentElement.lang === l && document.readyState === 'complete', lang),
    { timeout: 15_000, message: `${what} in ${lang}` });
}

/** Chooses a language from the popup's "Thêm" menu (the popup reloads into it). */
async function chooseInPopupMenu(page, lang) {
  await page.click(tid('more-actions'));
  await waitForSelector(page, tid(`language-${lang}`), { what: `the ${lang} item of the popup menu` });
  await page.click(tid(`language-${lang}`));
}

export const uxScenarios = [
  {
    name: 'popup first screen',
    corpus: true,
    timeout: 120_000,
    async run(ctx) {
      const pages = [
        { name: 'seed', tab: await seedTab(ctx) },
        { name: 'national', tab: await ctx.open.web(ctx.server.corpusOnGovUrl(NATIONAL_FILE)) },
      ];
      for (const { name, tab } of pages) {
        const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
        expectArticle(popup, `${name} page`);
        const { page } = popup;
        await waitForSelector(page, 'mark.fig', { what: 'figure highlights in the popup' });
        const at = await popupLayout(page);
        // One compact row of actions: Save and the menu.
        assert(at.rowHeight !== null && at.rowHeight <= 60, `${name}: the action row is ${at.rowHeight}px high (one row is ≤ 60)`);
        assert(at.rowButtons.length === 2 && /^(Lưu|Đã lưu)/.test(at.rowButtons[0]) && /^Thêm/.test(at.rowButtons[1]),
          `${name}: the action row holds ${JSON.stringify(at.rowButtons)}, expected Save and “Thêm”`);
        // Source/date, title and the summary on the first screen; the figures and the body within one more.
        assert(at.meta < 120 && at.title < 160, `${name}: the meta line (${at.meta}px) or the title (${at.title}px) is not at the top`);
        assert(at.summary !== null && at.summary < at.viewport * 0.6, `${name}: the summary starts at ${at.summary}px (viewport ${at.viewport})`);
        assert(at.chip !== null && at.chip < at.viewport * 2, `${name}: the first key figure is at ${at.chip}px, more than one scroll away`);
        assert(at.body !== null && at.body < at.viewport * 2, `${name}: the body starts at ${at.body}px, more than one scroll away`);
        await ctx.shot(`popup-first-${name}-vi`, page);
        await page.close();
      }

      // The "Thêm" menu, open, from the keyboard: on its first item, and clean for axe-core.
      const menuPopup = await openPopup(ctx, pages[0].tab.tabId, { lang: 'vi' });
      await menuPopup.page.evaluate(() => document.querySelector('[data-testid="more-actions"]').focus());
      await menuPopup.page.evaluate(() => document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
      const focused = await waitUntil(() => menuPopup.page.evaluate(() =>
        document.activeElement?.getAttribute('role') === 'menuitem' ? document.activeElement.textContent : null), { timeout: 5000, message: 'the first menu item to take the focus' });
      assert(focused === 'Mở trang đọc', `the menu opened on “${focused}”`);
      await ctx.shot('popup-menu-vi', menuPopup.page);
      const problems = await runAxe(menuPopup.page, 'popup, menu open');
      if (problems.length) console.log(problems.join('\n'));
      assert(problems.length === 0, `${problems.length} serious/critical axe violations with the menu open (listed above)`);
      await menuPopup.page.close();

      // Folding the key figures brings the text up, and the popup opens folded the next time.
      const tab = pages[0].tab;
      try {
        let popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
        // The body is drawn after the first screen's paint: measure once it and its figures are there.
        await waitForSelector(popup.page, 'mark.fig', { what: 'figure highlights in the popup' });
        const before = await popupLayout(popup.page);
        await popup.page.click(`${tid('fold-figures')} .fold-toggle`);
        await waitUntil(() => popup.page.evaluate(() =>
          document.querySelector('[data-testid="fold-figures"]')?.getAttribute('data-open') === 'false'), { timeout: 5000, message: 'the figures to fold' });
        const after = await popupLayout(popup.page);
        assert(after.body < before.body - 60, `folding the figures moved the body from ${before.body}px only to ${after.body}px`);
        await popup.page.close();
        popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
        const remembered = await waitUntil(() => popup.page.evaluate(() =>
          document.querySelector('[data-testid="fold-figures"]')?.getAttribute('data-open') ?? null), { timeout: 5000, message: 'the figures fold' });
        assert(remembered === 'false', `the popup forgot the folded figures (data-open=${remembered})`);
        await popup.page.close();
      } finally {
        await resetPrefs(ctx);
      }
    },
  },
  {
    name: 'language switch',
    corpus: true,
    timeout: 150_000,
    async run(ctx) {
      await ensureSeedSaved(ctx);
      const readerHref = withLang(await seedReaderHref(ctx), null);
      const tab = await seedTab(ctx);
      try {
        // Vietnamese first: the test browsers' own language is English.
        for (const lang of ['vi', 'en']) {
          // Chosen in the popup's menu: the popup comes back in that language…
          const popup = await openPopup(ctx, tab.tabId);
          expectArticle(popup, 'seed page');
          await chooseInPopupMenu(popup.page, lang);
          await expectLang(popup.page, lang, 'the popup after the choice');
          const save = await waitForSelector(popup.page, tid('save-button'), { what: 'the Save button after the reload' });
          assert(lang === 'vi' ? /^(Lưu|Đã lưu)/.test(save) : /^Save/.test(save), `the popup in ${lang} says “${save}” on its Save button`);
          await popup.page.close();
          // …and every other page, opened without ?lang=, follows it and shows the choice.
          const library = await ctx.open.ext('library.html', PAGE_SIZE);
          await waitForSelector(library, tid('library-item'), { what: 'a library item' });
          await expectLang(library, lang, 'the library');
          const chosen = await library.evaluate(() => document.querySelector('[data-testid="language-select"]')?.value ?? null);
          assert(chosen === lang, `the library's language choice shows ${chosen}, expected ${lang}`);
          const heading = await library.evaluate(() => document.querySelector('h1')?.textContent?.trim());
          assert(heading === (lang === 'vi' ? 'Thư viện Tin Sạch' : 'Tin Sạch library'), `the library heading is “${heading}” in ${lang}`);
          await library.close();
          const reader = await ctx.open.ext(readerHref, PAGE_SIZE);
          await waitForSelector(reader, tid('reader-body'), { what: 'the reader body' });
          await expectLang(reader, lang, 'the reader');
          const back = await reader.evaluate(() => document.querySelector('.reader-bar a')?.textContent?.trim());
          assert(back?.endsWith(lang === 'vi' ? 'Thư viện' : 'Library') ?? false, `the reader's back link says “${back}” in ${lang}`);
          await reader.close();
        }
        // "As the browser" from the library's select: the page reloads into the browser's language.
        const library = await ctx.open.ext('library.html', PAGE_SIZE);
        await waitForSelector(library, tid('language-select'), { what: 'the language choice in the library' });
        const browserLang = await library.evaluate(() =>
          ((navigator.languages ?? []).some((l) => /^vi\b/i.test(l)) || !/^en\b/i.test(navigator.language) ? 'vi' : 'en'));
        await setFieldValue(library, tid('language-select'), 'auto');
        await waitUntil(() => library.evaluate(() => document.querySelector('[data-testid="language-select"]')?.value === 'auto'
          && document.readyState === 'complete'), { timeout: 15_000, message: 'the library to reload with “as the browser”' });
        await expectLang(library, browserLang, 'the library following the browser');
        await library.close();
      } finally {
        await resetPrefs(ctx);
      }
    },
  },
  {
    name: 'read-aloud bar',
    corpus: true,
    async run(ctx) {
      const href = withLang(await seedReaderHref(ctx), 'vi');
      try {
        const reader = await ctx.open.ext(href, PAGE_SIZE);
        await waitForSelector(reader, tid('reader-body'), { what: 'the reader body' });
        const voice = await waitUntil(() => reader.evaluate(() => {
          const bar = document.querySelector('[data-testid="read-aloud"]');
          if (!bar) return null;
          const note = bar.querySelector('[data-testid="voice-note"]');
          const none = bar.querySelector('[data-testid="voice-none"]');
          const play = bar.querySelector('[data-testid="read-aloud-play"]');
          return { note: Boolean(note), none: none ? none.textContent : null, play: Boolean(play), noteHeight: note ? Math.round(note.getBoundingClientRect().height) : 0, text: bar.textContent };
        }), { timeout: 5000, message: 'the read-aloud bar' });
        if (voice.none !== null) {
          // No voice at all (Debian's headless browsers): no button that does nothing, but the reason and
          // how to install a voice, this system's (Linux) first.
          console.log(`      note: ${ctx.driver.name} has no speech voice here; checking the no-voice message`);
          assert(!voice.play, 'a ▶ button is shown although there is no voice to read with');
          assert(voice.none.includes('chưa có giọng đọc nào'), `the no-voice message says “${voice.none}”`);
          const firstHelp = await reader.evaluate(() => document.querySelector('[data-testid="voice-help"] li')?.textContent ?? '');
          assert(firstHelp.startsWith('Linux:') && firstHelp.includes('espeak-ng'), `the first install help is “${firstHelp}”, expected Linux`);
          const inView = await reader.evaluate(() => {
            const r = document.querySelector('[data-testid="voice-none"]').getBoundingClientRect();
            return r.height > 20 && r.width > 200;
          });
          assert(inView, 'the no-voice message is not laid out visibly');
          await reader.evaluate(() => document.querySelector('[data-testid="voice-none"]').scrollIntoView({ block: 'center' }));
          await ctx.shot('reader-no-voice-vi', reader);
          await reader.close();
          return;
        }
        if (voice.note) {
          // No Vietnamese voice here: the notice is one line (44 px targets) and goes away for good.
          assert(voice.noteHeight <= 64, `the no-voice notice is ${voice.noteHeight}px high (one line is ≤ 64)`);
          await ctx.shot('reader-voice-note-vi', reader);
          await reader.click(tid('voice-note-dismiss'));
          await waitUntil(() => reader.evaluate(() => !document.querySelector('[data-testid="voice-note"]')), { timeout: 5000, message: 'the notice to close' });
          await reader.reload();
          await waitForSelector(reader, tid('read-aloud'), { what: 'the read-aloud bar after reload' });
          const back = await reader.evaluate(() => Boolean(document.querySelector('[data-testid="voice-note"]')));
          assert(!back, 'the dismissed no-voice notice came back after a reload');
        } else {
          assert(/Giọng đọc/.test(voice.text), `no notice, but no Vietnamese voice named either: “${voice.text}”`);
        }
        // ▶: whatever the voice does, Stop is in the window while reading, and stays there as the text scrolls.
        await reader.click(tid('read-aloud-play'));
        const playing = await waitUntil(() => reader.evaluate(() => {
          const bar = document.querySelector('[data-testid="read-aloud"]');
          const state = bar?.getAttribute('data-state');
          if (state === 'idle') return { state };
          const stop = document.querySelector('[data-testid="read-aloud-stop"]')?.getBoundingClientRect();
          return stop ? { state, position: getComputedStyle(bar).position, stopTop: stop.top, stopBottom: stop.bottom, vh: innerHeight } : null;
        }), { timeout: 5000, message: 'the read-aloud state after ▶' });
        if (playing.state !== 'idle') {
          assert(playing.position === 'fixed', `the bar is ${playing.position} while reading, expected pinned (fixed)`);
          assert(playing.stopTop >= 0 && playing.stopBottom <= playing.vh, `Stop is outside the window while reading (${playing.stopTop}–${playing.stopBottom} of ${playing.vh})`);
          await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
          const still = await reader.evaluate(() => {
            const r = document.querySelector('[data-testid="read-aloud-stop"]').getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          });
          assert(still, 'Stop scrolled out of the window while reading');
          await ctx.shot('reader-reading-vi', reader);
          await reader.click(tid('read-aloud-stop'));
          await waitUntil(() => reader.evaluate(() => document.querySelector('[data-testid="read-aloud"]')?.getAttribute('data-state') === 'idle'),
            { timeout: 5000, message: 'Stop to end the reading' });
        } else {
          console.log(`      note: ${ctx.driver.name} has no speech output here; ▶ ended at once (the pinned bar is covered by the unit tests)`);
        }
        await reader.close();
      } finally {
        await resetPrefs(ctx);
      }
    },
  },
];
