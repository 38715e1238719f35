// A phone-sized screen (412×915 CSS px, a common Android phone) for Firefox for Android readers: the popup, the
// library and the reader must not scroll sideways, and every control in view must be at least 44×44 px, the
// size a finger can hit. Writes <browser>-phone-<page>.png. Registered at the end of scenarios.mjs.
import { assert, tid, waitForSelector } from './driver.mjs';
import { expectArticle, openPopup, seedReaderHref, seedTab } from './ui-steps.mjs';

export const PHONE_SIZE = { width: 412, height: 915 };
const MIN_TARGET = 44;

/** Visible controls smaller than a fingertip, and how far the page is wider than the screen. */
async function touchProblems(page) {
  return page.evaluate((min) => {
    const controls = [...document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button]')];
    const small = [];
    for (const el of controls) {
      // A checkbox is hit through its label (the label toggles it), so the label is the target.
      const check = el.matches('input[type=checkbox], input[type=radio]');
      const label = check ? (el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null)) : null;
      const r = (label ?? el).getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // A link inside running text is read, not aimed at; the rule is for controls.
      if (el.tagName === 'A' && el.closest('p, li:not([data-testid]), blockquote, figcaption, td')) continue;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        const label = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('data-testid') || el.tagName).trim().slice(0, 40);
        small.push(`${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? ''}] “${label}” ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    return { small, overflow };
  }, MIN_TARGET);
}

async function check(ctx, name, page) {
  await ctx.shot(`phone-${name}`, page);
  const { small, overflow } = await touchProblems(page);
  assert(overflow <= 0, `${name} at 412 px is ${overflow} px wider than the screen`);
  assert(small.length === 0, `${name} at 412 px: controls smaller than ${MIN_TARGET}×${MIN_TARGET} px:\n  ${small.join('\n  ')}`);
}

export const phoneScenarios = [
  {
    name: 'phone',
    title: (driver) => `${driver} popup, library and reader on a 412×915 phone screen`,
    corpus: true,
    timeout: 120_000,
    async run(ctx) {
      const href = await seedReaderHref(ctx);
      const tab = await seedTab(ctx);
      const problems = [];
      const popup = await openPopup(ctx, tab.tabId);
      expectArticle(popup, 'seed page');
      // Firefox for Android opens the popup as a full-screen page.
      await popup.page.setViewport(PHONE_SIZE);
      const pages = [
        ['popup', popup.page],
        ['library', await ctx.open.ext('library.html', PHONE_SIZE)],
        ['reader', await ctx.open.ext(href, PHONE_SIZE)],
      ];
      await waitForSelector(pages[1][1], tid('library-item'), { what: 'a library item' });
      await waitForSelector(pages[2][1], tid('reader-body'), { what: 'the reader body' });
      for (const [name, page] of pages) {
        try {
          await check(ctx, name, page);
        } catch (error) {
          problems.push(error.message);
        }
      }
      assert(problems.length === 0, problems.join('\n'));
    },
  },
];
