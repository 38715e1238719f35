// What the library stores of an article: the analysed article plus the reader's own state.
import type { AnalysedArticle } from './analysed-article';

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
