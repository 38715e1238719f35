// Registered on government and party news sites only, loaded just after the extractor (entrypoints/extractor.ts,
// listed before it in the manifest: tools/build/extractor-on-load.ts): it tells the background the page is ready,
// with Readability's quick `isProbablyReaderable` check. The background then asks the extractor to read the page
// once with the popup's own gate: an article lights the toolbar badge and gets its figures and summary; a list,
// home or search page has its teasers read, so its digest is ready when the popup opens
// (utils/extension/read-on-load.ts). Elsewhere the extractor is injected only when the reader opens the popup.
import { defineContentScript } from '#imports';
// The readerable check alone (about 1 KB), not the package index, which would pull all of Readability in.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { REGISTERED_MATCHES } from '../utils/sites/page-access';
import { send } from '../utils/messaging/messenger';
import { toExtension } from '../utils/extension/transports';

/**
 * A page the quick check doubts is read on load for its digest only up to this many elements. The largest list
 * and home pages seen have under 2,000; a land-price table of 10,000 rows has 40,000, and reading it would hold
 * the tab for seconds for a digest it does not have (the reader can still open the popup on it).
 */
const MAX_ELEMENTS_READ_ON_LOAD = 15_000;

export default defineContentScript({
  matches: REGISTERED_MATCHES,
  runAt: 'document_idle',
  main() {
    // A page with a body this small is a redirect or an error page; skip the check entirely.
    const readerable = document.body !== null && isProbablyReaderable(document, { minContentLength: 140 });
    if (!readerable && document.getElementsByTagName('*').length > MAX_ELEMENTS_READ_ON_LOAD) return;
    send(toExtension, { type: 'tinsach/readerable', readerable }).catch(() => {
      // The background may be restarting (MV3 service worker); the badge is a hint, not a duty.
    });
  },
});
