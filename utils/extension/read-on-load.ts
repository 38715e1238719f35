// What the background does when a registered site's page has loaded (the content script says so): read it once
// with the popup's own gate, so that the popup opened on it answers from the page's cache.
//   1. The extraction, with a refused list, home or search page's teasers: the badge lights on an article only
//      (it agrees with what the popup will say), and a portal's list page has its digest ready.
//   2. On an article, its figures and summary too (the analyser injected beside the extractor). A reader on a
//      portal's article is the reader most likely to open the popup there, and the first open would otherwise
//      wait for the analyser's injection and a first analysis in a page that has never run it (on the seed
//      page in Chromium, a popup opened 1.5 s after load showed its first screen in 199-347 ms with this, 314-443
//      ms without). The analysis is kept to the extraction's time budget (entrypoints/extractor.ts) and runs
//      once the badge is lit.
import { extractFromTab } from './tab-extract';
import type { ToolbarApi } from './toolbar';

export type BadgeApi = Pick<ToolbarApi, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** Reads the tab's page once it has loaded; never rejects. Resolves once everything it started is done. */
export async function readOnLoad(tabId: number, badge: BadgeApi): Promise<void> {
  try {
    // An article is not read twice for this: teasers are only looked for on a refusal.
    const reply = await extractFromTab(tabId, undefined, undefined, { analysed: false, teasers: true });
    if (!reply.ok) return;
    await badge.setBadgeBackgroundColor({ tabId, color: '#0b5cad' });
    await badge.setBadgeText({ tabId, text: '•' });
    await extractFromTab(tabId, undefined, undefined, { analysed: true });
  } catch {
    // The tab closed or moved on meanwhile: the popup reads the page itself when it is opened.
  }
}
