// The popup's first questions, sent the moment the popup's code runs: the article (to the page) and the stored
// preferences (language, folds). Imported first by main.ts, so this module runs before the interface's modules are
// even evaluated; a second open is answered from the extractor's cache in this one message.
import { browser } from '#imports';
import { loadPrefs } from '../../utils/prefs/interface-prefs';
import { loadArticle, targetTab } from './load-article';

export const tabPromise = targetTab(location.search);
export const firstLoad = loadArticle(tabPromise);
export const prefsPromise = loadPrefs(browser.storage.local);
