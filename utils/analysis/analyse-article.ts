// Extraction → what the popup shows and the library stores: the article plus its figures
// (offsets into article.text), the ranked key figures and the summary card's sentences (the lead's first,
// then the summary's: utils/summary/card.ts).
//
// Bounded work (a page controls its text): the figure finder reads at most MAX_FIGURE_TOKENS tokens, the
// summary reads at most MAX_SUMMARY_CHARS characters (a prefix, so offsets stay offsets into article.text),
// and analysis shares the extraction's deadline: a step that would start after it is skipped, and the
// reader still gets the article, only without figures or summary.
import type { Article } from '../model/article';
import { MAX_FIGURES, type Figure } from '../model/figure';
import type { AnalysedArticle } from '../model/analysed-article';
import { findFigures } from '../figures';
import { keyFigures } from '../figures/rank';
import { cardSentences } from '../summary/card';

/** Longer texts are summarised from their first 120 000 characters (about 27 000 words). */
export const MAX_SUMMARY_CHARS = 120_000;

export interface AnalyseOptions {
  /** Time (on `now`'s clock) after which no analysis step starts. */
  deadline?: number;
  now?: () => number;
}

export function analyseArticle(article: Article, opts: AnalyseOptions = {}): AnalysedArticle {
  const now = opts.now ?? (() => performance.now());
  const deadline = opts.deadline ?? Infinity;
  const inTime = (): boolean => now() <= deadline;
  // Sorted by position: the first MAX_FIGURES are the article's opening ones (the reader is told, ArticleView).
  const figures = inTime() ? findFigures(article.text).slice(0, MAX_FIGURES) : [];
  const ranked = inTime() ? keyFigures(article, figures) : [];
  return { ...article, figures, keyFigures: ranked, summary: inTime() ? summaryOf(article, figures) : [] };
}

function summaryOf(article: Article, figures: Figure[]): AnalysedArticle['summary'] {
  if (article.text.length <= MAX_SUMMARY_CHARS) return cardSentences(article, { figures });
  // Cut at a white space so no word is split; figures past the cut are not the summary's business.
  const cut = article.text.lastIndexOf(' ', MAX_SUMMARY_CHARS);
  const text = article.text.slice(0, cut > 0 ? cut : MAX_SUMMARY_CHARS);
  return cardSentences({ ...article, text }, { figures: figures.filter((f) => f.end <= text.length) });
}
