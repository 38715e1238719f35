// The teaser reader of an extension page (the popup's digest, the library's "Tin mới"): articles fetched through
// the polite fetcher with the extension's host access, parsed inert by DOMParser, summaries cached per address in
// extension storage. The reading code is loaded on first use only: a page that shows no list does not pay for it.
import { browser } from '#imports';
import type { TeaserReader } from '../digest/read-teasers';
import { parseInertPage } from '../html/inert-page';

export function lazyTeaserReader(lang: 'vi' | 'en'): () => Promise<TeaserReader> {
  let reader: Promise<TeaserReader> | null = null;
  return () =>
    (reader ??= Promise.all([import('../digest/read-teasers'), import('../digest/page-fetcher'), import('../digest/summary-cache')]).then(
      ([{ createTeaserReader }, { createPageFetcher }, { createSummaryCache }]) =>
        createTeaserReader({
          fetcher: createPageFetcher((input, init) => fetch(input, init)),
          parse: (html) => parseInertPage(html),
          cache: createSummaryCache(browser.storage.local),
          lang,
          yieldToPaint: () => new Promise((resolve) => setTimeout(resolve, 0)),
        }),
    ));
}
