// The summary in the browser: the popup never shows the same sentence twice. The summary card adds to the
// lead shown in the body (no bullet is part of the lead), keeps to 1–3 short bullets, and takes well under a
// third of the article. Screenshots of the seed page and two government pages: tests/browser/screenshots/
// <browser>-summary-*.png (look at them when the summary changes).
import { assert, tid, waitForSelector, waitUntil } from './driver.mjs';
import { SEED_FILE, expectArticle, norm, openPopup } from './ui-steps.mjs';

const PAGES = [
  { file: SEED_FILE, shot: 'summary-seed' },
  { file: 'gov/baochinhphu_102260228093004191.html', shot: 'summary-baochinhphu' },
  { file: 'gov/liferay-sotttt-hanoi-chucnang.html', shot: 'summary-sotttt-hanoi' },
];

/** Syllables as a reader counts them (numbers count as one). */
const syllables = (s) => (s.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).length;

export const summaryScenarios = [
  {
    name: 'summary adds to the lead',
    corpus: true,
    timeout: 120_000,
    async run(ctx) {
      for (const { file, shot } of PAGES) {
        const tab = await ctx.open.web(ctx.server.corpusUrl(file));
        const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
        expectArticle(popup, file);
        const { page } = popup;
        await waitForSelector(page, tid('article-body'), { what: `the article body of ${file}` });
        const seen = await waitUntil(() => page.evaluate(() => {
          const body = document.querySelector('[data-testid="article-body"]');
          if (!body) return null;
          const card = document.querySelector('[data-testid="summary"]');
          return {
            bullets: card ? [...card.querySelectorAll('li')].map((li) => li.textContent ?? '') : [],
            lead: body.querySelector('.lead')?.textContent ?? '',
            body: body.textContent ?? '',
          };
        }), { timeout: 5000, message: `the popup of ${file}` });
        const lead = norm(seen.lead);
        const body = norm(seen.body);
        assert(seen.bullets.length >= 1 && seen.bullets.length <= 3, `${file}: ${seen.bullets.length} summary bullets (expected 1–3)`);
        let total = 0;
        for (const b of seen.bullets.map(norm)) {
          assert(body.includes(b), `${file}: summary bullet not taken from the article: “${b}”`);
          assert(!lead || !lead.includes(b), `${file}: summary bullet repeats the lead shown below it: “${b}”`);
          assert(syllables(b) <= 60, `${file}: summary bullet of ${syllables(b)} syllables: “${b}”`);
          total += b.length;
        }
        assert(new Set(seen.bullets.map(norm)).size === seen.bullets.length, `${file}: a summary bullet is shown twice`);
        assert(total < body.length / 3, `${file}: the summary takes ${total} of ${body.length} characters (a third or more)`);
        await ctx.shot(shot, page);
        await page.close();
      }
    },
  },
];
