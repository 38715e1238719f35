// Where the extension may look at pages without being asked: the small `content` script is registered on
// these (government and party news sites, the product's core audience) to light the toolbar badge.
// Chrome's `*.example.com` also matches `example.com` itself. Everywhere else nothing runs until the reader
// opens the popup; then the extractor is injected on demand through activeTab + scripting.
export const REGISTERED_MATCHES = [
  '*://*.gov.vn/*',
  '*://*.dcs.vn/*',
  '*://*.dangcongsan.vn/*',
  '*://*.baochinhphu.vn/*',
];

/** The file WXT emits for entrypoints/extractor.ts: a content script on the registered sites (listed before
 *  entrypoints/content.ts by tools/build/extractor-on-load.ts), injected on demand elsewhere. */
export const EXTRACTOR_FILE = '/extractor.js';
/** The file WXT emits for entrypoints/analyser.ts (figures and summary), injected beside the extractor once a page
 *  is read as an article: on load on a registered site, after the badge is lit (utils/extension/read-on-load.ts),
 *  else when the popup or a save needs them. A list or home page never gets it. */
export const ANALYSER_FILE = '/analyser.js';
/** The Vietnamese word list the analyser's chip labels are cut by (entrypoints/words.ts): injected just before
 *  analyser.js, which reads it from there. */
export const WORDS_FILE = '/words.js';
/** What the popup and saves inject for figures and summary, in this order. */
export const ANALYSIS_FILES = [WORDS_FILE, ANALYSER_FILE] as const;

/** How long the popup waits for an answer from a page before offering a retry. */
export const EXTRACT_TIMEOUT_MS = 15_000;
