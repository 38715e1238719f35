// Key-figure chips as a reader sees them, on the seed page and two government pages of the corpus:
// every chip has a label and a normalised amount, the tooltip is the clause (short, taken from the article), a
// range is one chip, đồng is the only currency shown with ₫, a document appears once, and the seed page lists
// Nghị quyết 17-NQ/HU. Screenshots of the chips: tests/browser/screenshots/<browser>-figures-<page>.png.
import { assert, tid, waitForSelector, waitUntil } from './driver.mjs';
import { SEED_FILE, expectArticle, norm, openPopup, seedTab } from './ui-steps.mjs';

const PAGES = [
  { file: SEED_FILE, shot: 'seed', mustShow: ['17-NQ/HU'] },
  // "Chính sách mới có hiệu lực từ tháng 3/2026": before, all eight chips were fines.
  { file: 'gov/baochinhphu_102260228093004191.html', shot: 'baochinhphu', mustShow: ['–'] },
  // A national paper's market news (dollars, barrels, percentages), served under the fixture host.
  { file: 'news/cafef_18826030622484142.html', shot: 'cafef', mustShow: ['USD'], fixtureHost: true },
];

/** The chips as the popup renders them. */
const readChips = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid="figure-chip"]')].map((chip) => ({
  kind: chip.getAttribute('data-kind'),
  icon: chip.querySelector('.fig-icon')?.textContent ?? '',
  label: chip.querySelector('[data-testid="figure-chip-label"]')?.textContent ?? '',
  value: chip.querySelector('[data-testid="figure-chip-value"]')?.textContent ?? '',
  title: chip.getAttribute('title') ?? '',
})));

async function checkPage(ctx, { file, shot, mustShow, fixtureHost = false }) {
  const url = fixtureHost ? ctx.server.corpusOnFixtureHost(file) : ctx.server.corpusUrl(file);
  const tab = file === SEED_FILE ? await seedTab(ctx) : await ctx.open.web(url);
  const popup = await openPopup(ctx, tab.tabId, { lang: 'vi' });
  expectArticle(popup, file);
  const { page } = popup;
  const body = norm(await waitForSelector(page, tid('article-body'), { what: 'the article body' }));
  const chips = await waitUntil(async () => {
    const list = await readChips(page);
    return list.length ? list : null;
  }, { timeout: 5000, message: `figure chips on ${file}` });
  const values = chips.map((c) => c.value);
  for (const c of chips) {
    // Amounts are named; a document or a date may stand alone (a document without a subject, a date of the story).
    assert(c.value.trim() && (c.label.trim() || c.kind === 'document' || c.kind === 'date'), `${file}: a chip without label or value: ${JSON.stringify(c)}`);
    assert(c.title.length > 0 && c.title.length <= 400 && body.includes(norm(c.title)),
      `${file}: the tooltip is not a clause of the article (${c.title.length} chars): “${c.title.slice(0, 120)}”`);
    if (c.kind === 'money') assert((c.icon === '₫') === / đồng(\/|$)/.test(c.value), `${file}: currency icon ${c.icon} on “${c.value}”`);
  }
  assert(new Set(values).size === values.length, `${file}: a chip is shown twice: ${values.join(' | ')}`);
  for (const part of mustShow) assert(values.some((v) => v.includes(part)), `${file}: no chip shows “${part}”: ${values.join(' | ')}`);
  // The chips card, for the reader's eye (and the report).
  await page.evaluate(() => document.querySelector('.key-figures')?.scrollIntoView({ block: 'start' }));
  await ctx.shot(`figures-${shot}`, page);
  await page.close();
  return chips;
}

export const figureScenarios = [
  {
    name: 'key figures',
    corpus: true,
    timeout: 120_000,
    async run(ctx) {
      for (const p of PAGES) await checkPage(ctx, p);
    },
  },
];
