// An article as the pages show it: what the extractor found plus what the analysis added.
import type { Article } from './article';
import type { KeyFigure, Figure, SummarySentence } from './figure';

/** An article as analysed for display: extraction + figures (offsets into article.text) + summary. */
export interface AnalysedArticle extends Article {
  figures: Figure[];
  keyFigures: KeyFigure[];
  summary: SummarySentence[];
}
