// The Vietnamese word list chip labels are cut by (utils/text/words), injected just before analyser.js. A file
// of its own, not part of the analyser (see utils/text/words/injected-word-list.ts): most of the analyser's
// bytes were this list, and the page parses it as one string.
import { defineUnlistedScript } from '#imports';
import { WORD_LIST } from '../utils/text/words/word-list';
import { WORD_LIST_KEY } from '../utils/text/words/word-list-key';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<symbol, string>)[WORD_LIST_KEY] = WORD_LIST;
});
