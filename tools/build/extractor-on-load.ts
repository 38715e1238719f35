// The extractor runs on the registered sites' pages as a content script of its own, loaded just before the
// registered content script (entrypoints/content.ts), instead of being injected by the background once that
// script has said the page is ready. Every registered page is read on load (utils/extension/read-on-load.ts), so
// it got the extractor anyway; injected, it came a message and an injection later (about 80 ms after the content
// script in Chromium), and a portal's list page had its digest ready that much later: `npm run bench -- --only
// digest`, builds alternated, popup to the digest's list 220 and 212 ms declared, 301 and 271 ms injected. The same
// file is still injected on demand into any other page the reader opens the popup on.
import { EXTRACTOR_FILE } from '../../utils/sites/page-access';

/** The part of a generated manifest this touches. */
interface WithContentScripts {
  content_scripts?: Array<{ js?: string[] }>;
}

const REGISTERED_SCRIPT = 'content-scripts/content.js';

/** Puts the extractor first in the registered content script's files (by reference, as WXT's hook expects). */
export function loadExtractorWithContentScript(manifest: WithContentScripts): void {
  const extractor = EXTRACTOR_FILE.replace(/^\//, '');
  const entry = manifest.content_scripts?.find((c) => c.js?.includes(REGISTERED_SCRIPT));
  if (!entry?.js) throw new Error(`the manifest has no content script ${REGISTERED_SCRIPT} to load the extractor with`);
  if (!entry.js.includes(extractor)) entry.js.unshift(extractor);
}
