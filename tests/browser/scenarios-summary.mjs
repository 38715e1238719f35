// The popup's first screen tells the story, in the browser: at 420×600, in Vietnamese and in English, the
// summary card opens with the article's own lead (marked as the lead) and adds only sentences that are not the
// lead's; every card sentence that starts on the first screen is shown whole (no line clamp, no ellipsis, its
// box as tall as its text); the card stays within 600 characters. Pages: the seed portal page, a national
// paper, a page of legal news (new decrees in force) and a long portal page (a numbered list of duties).
// Screenshots, light and dark, both languages: tests/browser/screenshots/<browser>-first-screen-*.png (look at
// them when the card or the chips change).
import { assert, tid, waitForSelector, waitUntil } from './driver.mjs';
import { SEED_FILE, expectArticle, norm, openPopup, seedTab } from './ui-steps.mjs';

const PAGES = [
  { name: 'seed', file: SEED_FILE },
  { name: 'national', file: 'news/vnexpress_5047363.html', gov: true },
  { name: 'legal', file: 'gov/baochinhphu_102260228093004191.html' },
  { name: 'long-portal', file: 'gov/liferay-sotttt-hanoi-chucnang.html' },
];
const FIRST_SCREEN = 600;
const CARD_MAX_CHARS = 600;

/** The card's sentences as laid out: text, where each starts, and whether its box cuts it. */
function readCard(page) {
  return page.evaluate(() => {
    const body = document.querySelector('[data-testid="article-body"]');
    const card = document.querySelector('[data-testid="summary"]');
    if (!body || !card) return null;
    return {
      lead: body.querySelector('.lead')?.textContent ?? '',
      body: body.textContent ?? '',
      sentences: [...card.querySelectorAll('[data-testid="summary-sentence"]')].map((li) => {
        const style = getComputedStyle(li);
        const mark = li.querySelector('.lead-mark');
        return {
          text: (li.textContent ?? '').slice((mark?.textContent ?? '').length),
          fromLead: li.dataset.lead === 'true',
          top: Math.round(li.getBoundingClientRect().top + window.scrollY),
          clipped: li.scrollHeight > li.clientHeight + 1 || li.scrollWidth > li.clientWidth + 1,
          clamp: style.webkitLineClamp && style.webkitLineClamp !== 'none' ? style.webkitLineClamp : '',
          ellipsis: style.textOverflow === 'ellipsis',
        };
      }),
    };
  });
}

export const summaryScenarios = [
  {
    // On a registered site an article is read on load and its figures and summary worked out after the badge is
    // lit, so the first popup a reader opens there answers from the page's cache (utils/extension/read-on-load.ts).
    // Two portal articles (a district portal's, and a national portal's legal-news page under a gov host); a page
    // outside the registered sites gets nothing until the popup is opened.
    name: 'article analysed on load',
    corpus: true,
    timeout: 60_000,
    async run(ctx) {
      const inPage = (tabId) =>
        ctx.driver.extensionEval(async (id) => {
          const api = globalThis.browser ?? globalThis.chrome;
          // No injection here, and no question before the page has been read on load.
          const ping = await api.tabs.sendMessage(id, { type: 'tinsach/ping' }).catch(() => null);
          if (!ping?.ok) return { extractor: false };
          if (!ping.read) return { extractor: true, analysed: false };
          const reply = await api.tabs.sendMessage(id, { type: 'tinsach/extract' });
          const action = api.action ?? api.browserAction;
          const a = reply?.ok ? reply.article : null;
          return { extractor: true, ok: !!reply?.ok, analysed: !!a && Array.isArray(a.keyFigures) && Array.isArray(a.summary), chips: a?.keyFigures?.length ?? 0, badge: await action.getBadgeText({ tabId: id }) };
        }, tabId);
      for (const url of [ctx.server.corpusUrl(SEED_FILE), ctx.server.corpusOnGovUrl('gov/baochinhphu_102260228093004191.html')]) {
        const tab = await ctx.open.web(url);
        let last = null;
        const seen = await waitUntil(async () => {
          last = await inPage(tab.tabId);
          return last.extractor && last.analysed ? last : null;
        }, { timeout: 20_000, message: `figures and summary in ${url} without the popup` }).catch((e) => {
          throw new Error(`${e.message}; the page answered ${JSON.stringify(last)}`);
        });
        assert(seen.ok && seen.chips > 0, `${url}: read on load as ${JSON.stringify(seen)}`);
        assert(seen.badge === '•', `${url}: the badge is ${JSON.stringify(seen.badge)}`);
        await tab.close();
      }
      const elsewhere = await ctx.open.web(ctx.server.corpusUrl('news/vnexpress_5047363.html'));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const outside = await inPage(elsewhere.tabId);
      assert(!outside.extractor, 'a page outside the registered sites was read on load');
      await elsewhere.close();
    },
  },
  {
    name: 'first screen tells the story',
    corpus: true,
    timeout: 240_000,
    async run(ctx) {
      for (const { name, file, gov } of PAGES) {
        const tab = file === SEED_FILE ? await seedTab(ctx) : await ctx.open.web(gov ? ctx.server.corpusOnGovUrl(file) : ctx.server.corpusUrl(file));
        for (const lang of ['vi', 'en']) {
          const popup = await openPopup(ctx, tab.tabId, { lang });
          expectArticle(popup, file);
          const { page } = popup;
          await waitForSelector(page, tid('article-body'), { what: `the article body of ${file}` });
          const seen = await waitUntil(() => readCard(page), { timeout: 5000, message: `the summary card of ${file}` });
          const lead = norm(seen.lead);
          const body = norm(seen.body);
          const texts = seen.sentences.map((s) => norm(s.text));
          assert(texts.length >= 1 && texts.length <= 3, `${name}/${lang}: ${texts.length} card sentences (expected 1–3)`);
          const total = texts.reduce((n, s) => n + s.length, 0);
          assert(total <= CARD_MAX_CHARS, `${name}/${lang}: the card holds ${total} characters (at most ${CARD_MAX_CHARS})`);
          if (lead) {
            assert(seen.sentences[0].fromLead && lead.includes(texts[0]), `${name}/${lang}: the card does not open with the lead: “${texts[0]}”`);
          }
          seen.sentences.forEach((s, i) => {
            const text = texts[i];
            assert(body.includes(text), `${name}/${lang}: a card sentence is not the article's: “${text}”`);
            if (!s.fromLead) assert(!lead.includes(text), `${name}/${lang}: a summary sentence repeats the lead: “${text}”`);
            if (s.top < FIRST_SCREEN) {
              assert(!s.clipped && !s.clamp && !s.ellipsis, `${name}/${lang}: the card sentence at ${s.top}px is cut (${JSON.stringify({ clipped: s.clipped, clamp: s.clamp, ellipsis: s.ellipsis })}): “${text}”`);
            }
          });
          assert(new Set(texts).size === texts.length, `${name}/${lang}: a card sentence is shown twice`);
          await ctx.shot(`first-screen-${name}-${lang}-light`, page);
          await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
          await ctx.shot(`first-screen-${name}-${lang}-dark`, page);
          await page.close();
        }
      }
    },
  },
];
