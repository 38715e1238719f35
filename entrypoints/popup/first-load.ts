// The popup's first question to the page, sent the moment the popup's code runs: imported first by main.ts,
// before the interface is even set up. A second open is answered from the extractor's cache in this one
// message; the interface takes the answer (or waits for it) when it mounts.
import { loadArticle, targetTab } from './load-article';

export const tabPromise = targetTab(location.search);
export const firstLoad = loadArticle(tabPromise);
