// Injected beside the extractor (entrypoints/extractor.ts) when the popup or a save needs the article's figures
// and summary. Kept out of extractor.js because the background also injects the extractor, on page load, into
// every registered-site page Readability calls readerable — only to confirm the badge: that page should not pay
// for parsing the figure finder and the summariser, nor run them, for a popup the reader may never open.
import { defineUnlistedScript } from '#imports';
import { analyseArticle } from '../utils/analysis/analyse-article';
import { ANALYSER_KEY, type Analyse } from '../utils/messaging/extract-service';

export default defineUnlistedScript(() => {
  const analyse: Analyse = (article, deadline) => analyseArticle(article, { deadline });
  (globalThis as unknown as Record<symbol, Analyse>)[ANALYSER_KEY] = analyse;
});
