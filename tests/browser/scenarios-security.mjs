// Browser scenarios for hostile pages (a page must not touch another saved article or run code during
// extraction) and the popup's undo (every delete can be undone). Registered from scenarios.mjs; run in Chromium and Firefox.
import { assert, tid, waitForSelector, waitUntil } from './driver.mjs';
import { FIXTURE_PAGE, FIXTURE_TITLE, PAGE_SIZE, expectArticle, norm, openPopup } from './ui-steps.mjs';

const TRAP_TITLE = 'Tin giả: xã Phong Niên tạm dừng mọi công trình cầu treo';
const INSERTED = 'CHÈN VÀO BẢN SAO';

const savedLabel = (page) => page.evaluate(() => document.querySelector('[data-testid="save-button"]')?.getAttribute('data-saved'));

async function waitSaved(page, saved, what) {
  await waitUntil(async () => (await savedLabel(page)) === String(saved), { timeout: 20_000, message: what });
}

/** Titles of the library's rows. */
async function libraryTitles(ctx) {
  const page = await ctx.open.ext('library.html', PAGE_SIZE);
  await waitUntil(() => page.evaluate(() => document.querySelector('[data-testid="library-item"], [data-testid="library-empty"]') !== null),
    { timeout: 15_000, message: 'the library list' });
  const titles = await page.evaluate(() => [...document.querySelectorAll('[data-testid="library-item"] .item-title')].map((h) => h.textContent.trim()));
  await page.close();
  return titles;
}

export const securityScenarios = [
  {
    // 16.1: a page naming another page of its own site as canonical is not "Saved", cannot replace it without
    // the reader's yes, and the real article is untouched. Then 15.5: deleting from the popup can be undone.
    name: 'forged canonical',
    async run(ctx) {
      const realTab = await ctx.open.web(ctx.server.fixtureUrl(FIXTURE_PAGE));
      const real = await openPopup(ctx, realTab.tabId);
      expectArticle(real, 'the fixture page');
      if ((await savedLabel(real.page)) !== 'true') await real.page.click(tid('save-button'));
      await waitSaved(real.page, true, 'the fixture article to be saved');
      await real.page.close();

      const trapTab = await ctx.open.web(ctx.server.fixtureUrl('canonical-trap.html'));
      const trap = await openPopup(ctx, trapTab.tabId);
      expectArticle(trap, 'the canonical trap page');
      assert(norm(await waitForSelector(trap.page, tid('article-title'))) === TRAP_TITLE, 'the trap page shows its own title');
      // Wait for the popup's library question to be answered before judging the button.
      await new Promise((r) => setTimeout(r, 1500));
      assert((await savedLabel(trap.page)) === 'false', 'the trap page is shown as "Saved" (it only claims the saved article’s address)');
      await trap.page.click(tid('save-button'));
      await waitForSelector(trap.page, tid('replace-prompt'), { what: 'the "replace the saved article?" question' });
      await trap.page.click(tid('replace-keep'));
      await waitUntil(() => trap.page.evaluate(() => document.querySelector('[data-testid="replace-prompt"]') === null),
        { timeout: 5000, message: 'the question to close after "Giữ bài đã lưu"' });
      assert((await savedLabel(trap.page)) === 'false', 'after "keep", the trap page must not be shown as saved');
      await trap.page.close();

      const titles = await libraryTitles(ctx);
      assert(titles.includes(FIXTURE_TITLE), `the real article is gone from the library (titles: ${JSON.stringify(titles)})`);
      assert(!titles.includes(TRAP_TITLE), `the trap page replaced or joined the real article (titles: ${JSON.stringify(titles)})`);

      // The popup's delete has an undo: the real article comes back exactly.
      const again = await openPopup(ctx, realTab.tabId);
      await waitSaved(again.page, true, 'the real article to show as saved');
      await again.page.click(tid('save-button'));
      await waitSaved(again.page, false, 'the delete to happen');
      await waitForSelector(again.page, tid('undo-toast'), { what: 'the undo button after a delete' });
      await ctx.shot('popup-delete-toast', again.page);
      await again.page.click(`${tid('undo-toast')} button`);
      await waitSaved(again.page, true, 'undo to restore the article');
      await again.page.close();
      assert((await libraryTitles(ctx)).includes(FIXTURE_TITLE), 'the undone delete did not restore the article in the library');
    },
  },
  {
    // 16.5: copying the page for extraction runs none of its custom-element code.
    name: 'custom elements inert',
    async run(ctx) {
      const { server } = ctx;
      const tab = await ctx.open.web(server.fixtureUrl('custom-element-trap.html'));
      await waitUntil(() => server.reports.some((r) => r.query.page === 'custom-element-trap' && r.query.loaded === '1'),
        { timeout: 10_000, message: 'the trap page to load (its own custom elements defined)' });
      const popup = await openPopup(ctx, tab.tabId);
      expectArticle(popup, 'the custom-element trap page');
      const body = norm(await waitForSelector(popup.page, tid('article-body'), { what: 'the article body' }));
      assert(body.includes('cầu của học trò'), 'the custom element’s own text (on the page) is missing from the article');
      assert(!body.includes(INSERTED), 'text written by the page’s custom-element callback into the copy appears in the popup');
      // Reports are fetches: give any callback that did run the time to arrive.
      await new Promise((r) => setTimeout(r, 1000));
      const events = server.reports.filter((r) => r.query.page === 'custom-element-trap' && r.query.event).map((r) => r.query.event);
      assert(events.length === 0, `the page's custom-element code ran during extraction: ${JSON.stringify(events)}`);
      const live = await tab.evaluate(() => document.querySelector('tin-tracker')?.textContent.includes('CHÈN VÀO BẢN SAO'));
      assert(!live, 'the page itself was changed');
    },
  },
  {
    // 16.3: analysis is bounded on any text a page writes. Runs of 300,000 "-" and 200,000 digit-pattern
    // characters in the article used to freeze the tab for 88 s; the popup gave up at 15 s with "took too long".
    name: 'long runs do not freeze the tab',
    async run(ctx) {
      const tab = await ctx.open.web(ctx.server.fixtureUrl('dong-ke-dai.html'));
      await waitUntil(() => tab.evaluate(() => (document.getElementById('ruled')?.textContent.length ?? 0) === 300000),
        { message: 'the page to write its long runs' });
      const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
      expectArticle(popup, 'the page with long runs');
      const chips = await waitUntil(() => popup.page.evaluate(() => {
        const n = document.querySelectorAll('[data-testid="figure-chip"]').length;
        return n > 0 ? n : null;
      }), { timeout: 10_000, message: 'the key figures of the article beside the runs' });
      assert(chips > 0, 'no key figures');
      // The tab answers at once afterwards: nothing is still running in it.
      const alive = await Promise.race([tab.evaluate(() => 'ok'), new Promise((r) => setTimeout(() => r('busy'), 3000))]);
      assert(alive === 'ok', 'the tab is still busy after the popup answered');
    },
  },
];
