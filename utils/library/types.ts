// What the library stores. The Article comes from the extractor; the rest is the reader's own state.
import type { Article } from '../model/article';
import type { KeyFigure, Figure, SummarySentence } from '../model/figure';

/** An article as analysed for display: extraction + figures (offsets into article.text) + summary. */
export interface AnalysedArticle extends Article {
  figures: Figure[];
  keyFigures: KeyFigure[];
  summary: SummarySentence[];
}

export interface SavedArticle extends AnalysedArticle {
  /** Stable id derived from the canonical URL. */
  id: string;
  savedAt: string;
  updatedAt: string;
  readAt: string | null;
  /** Reading progress, 0..1. */
  progress: number;
  tags: string[];
  /** Image URLs that could not be fetched at save time (the reader shows their alt text). */
  missingImages: string[];
  /** A "to read" stub (e.g. imported from Pocket): title and URL only, no text until it is saved from the page.
   *  Absent on ordinary saves. */
  pending?: boolean;
}
