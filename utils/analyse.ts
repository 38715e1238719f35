// Extraction → what the popup shows and the library stores: the article plus its figures
// (offsets into article.text), the ranked key figures and a three-sentence summary.
import type { Article } from './article';
import type { AnalysedArticle } from './library/types';
import { findFigures } from './figures';
import { keyFigures } from './figures/rank';
import { summarize } from './summary';

export function analyseArticle(article: Article): AnalysedArticle {
  const figures = findFigures(article.text);
  return {
    ...article,
    figures,
    keyFigures: keyFigures(article, figures),
    summary: summarize(article, { sentences: 3, figures }),
  };
}

