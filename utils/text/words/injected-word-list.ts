// The word list as analyser.js sees it. The analyser's build puts this module in place of word-list.ts
// (wxt.config.ts, for that one build), so the list is not bundled twice: words.js, injected just before
// analyser.js (utils/extension/tab-extract.ts), has left its text under WORD_LIST_KEY. Everywhere else — the
// popup, the offscreen document, the CLI, the tests — segment.ts reads word-list.ts itself.
// Without the list the labels would be cut at other places, so its absence is an error: analyser.js then
// installs nothing, and the popup analyses the article itself (entrypoints/popup/load-article.ts).
import { WORD_LIST_KEY } from './word-list-key';

const injected = (globalThis as unknown as Record<symbol, unknown>)[WORD_LIST_KEY];
if (typeof injected !== 'string' || injected.length === 0) throw new Error('words.js was not injected before analyser.js');

export const WORD_LIST: string = injected;
