// A guard kept apart from analyse.ts so that importing it does not pull the figure finder and the
// summariser into a bundle (the popup only needs to know whether the extractor already analysed).
import type { Article } from './article';
import type { AnalysedArticle } from './analysed-article';

/**
 * True when the article already carries its analysis: the extractor analyses once in the page and
 * caches it with the extraction, so a second popup open (and a save) does no work again.
 */
export function isAnalysed(article: Article): article is AnalysedArticle {
  const a = article as Partial<AnalysedArticle>;
  return Array.isArray(a.figures) && Array.isArray(a.keyFigures) && Array.isArray(a.summary);
}
