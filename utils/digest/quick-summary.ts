// One teaser's article, read from its fetched page: the same extractor and analyser as the popup, and the short
// version a digest shows under the headline — one or two sentences of the article's own words and its top key
// figure. The page is parsed, never run: DOMParser documents execute no script and load no image.
import type { AnalysedArticle } from '../model/analysed-article';
import type { PageKind } from '../model/article';
import type { KeyFigure } from '../model/figure';
import { analyseArticle } from '../analysis/analyse-article';
import { extractArticle } from '../extract';
import { summarize } from '../summary';

/** What a digest item shows once its article has been read (text only: it came from an untrusted page). */
export interface QuickSummary {
  url: string;
  /** The article's own title (the teaser's headline is often shortened). */
  title: string;
  /** One or two sentences taken from the article. */
  sentences: string[];
  /** The top key figure as its chip shows it, or null. */
  figure: { kind: KeyFigure['kind']; label: string; value: string } | null;
  publishedAt: string | null;
}

export type QuickRead =
  | { ok: true; summary: QuickSummary; article: AnalysedArticle }
  | { ok: false; reason: 'not-article' | 'unreadable'; pageKind?: PageKind };

/** A digest item is a glance: its summary stays under two short sentences. */
const MAX_SENTENCES = 2;
const MAX_SUMMARY_CHARS = 320;

function shortSentences(article: AnalysedArticle): string[] {
  // The digest shows no lead above the summary, so the lead's sentences may be chosen (they usually say it best):
  // the summariser is asked without it, over the text that begins with it.
  const picked = summarize({ text: article.text, title: article.title, images: article.images }, { sentences: MAX_SENTENCES, figures: article.figures });
  const out: string[] = [];
  let chars = 0;
  for (const s of picked) {
    const text = s.text.replace(/\s+/g, ' ').trim();
    if (!text || (out.length > 0 && chars + text.length > MAX_SUMMARY_CHARS)) continue;
    out.push(text);
    chars += text.length;
  }
  return out;
}

/** Reads the article of `doc` (fetched from `url`) and its quick summary. Never throws. */
export function readQuickSummary(doc: Document, url: string, lang: 'vi' | 'en' = 'vi'): QuickRead {
  try {
    const result = extractArticle(doc, url, { lang });
    if (!result.ok) return { ok: false, reason: result.reason === 'not-article' ? 'not-article' : 'unreadable', ...(result.pageKind ? { pageKind: result.pageKind } : {}) };
    const article = analyseArticle(result.article);
    const top = article.keyFigures[0];
    const figure = top ? { kind: top.kind, label: top.label ?? '', value: top.display || top.text } : null;
    return {
      ok: true,
      article,
      summary: { url, title: article.title, sentences: shortSentences(article), figure, publishedAt: article.publishedAt },
    };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
