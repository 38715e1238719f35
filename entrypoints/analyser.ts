// Injected beside the extractor (entrypoints/extractor.ts) once a page is read as an article: on load on a
// registered site, after the badge is lit (utils/extension/read-on-load.ts), else when the popup or a save needs
// the article's figures and summary. Kept out of extractor.js because the background injects the extractor on
// load into every registered-site page: the list, home and search pages, most of a portal's pages, should not
// pay for parsing the figure finder and the summariser they never run, and the badge should not wait for them.
import { defineUnlistedScript } from '#imports';
import { analyseArticle } from '../utils/analysis/analyse-article';
import { ANALYSER_KEY, type Analyse } from '../utils/messaging/extract-service';

export default defineUnlistedScript(() => {
  const analyse: Analyse = (article, deadline) => analyseArticle(article, { deadline });
  (globalThis as unknown as Record<symbol, Analyse>)[ANALYSER_KEY] = analyse;
});
