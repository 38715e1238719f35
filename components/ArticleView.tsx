// An analysed article as the popup and the reader show it: meta, title, summary, key figures, the body
// (sanitised, figures highlighted), images with captions and attachments.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { AnalysedArticle } from '../utils/model/analysed-article';
import { MAX_FIGURES, type KeyFigure } from '../utils/model/figure';
import { formatNumber } from '../utils/ui/format';
import { highlightFigureList } from '../utils/figures/highlight-core';
import { t, type Lang } from '../utils/i18n/i18n';
import { afterPaint, escapeHtml } from '../utils/ui/after-paint';
import { findFigureMark, focusFigureMark } from '../utils/ui/figure-focus';
import { ensureImageAlt } from '../utils/ui/image-alt';
import { safeHttpUrl } from '../utils/ui/safe-url';
import { ArticleMeta } from './ArticleMeta';
import { DocumentCard } from './DocumentCard';
import { FileLinks } from './FileLinks';
import { KeyFigures } from './KeyFigures';
import { SafeHtml } from './SafeHtml';
import { SummaryCard } from './SummaryCard';
import { leadRange } from '../utils/summary/lead-range';

export interface ArticleViewProps {
  article: AnalysedArticle;
  lang: Lang;
  bodyTestId: 'article-body' | 'reader-body';
  bodyClass?: string;
  /** Between the title and the summary: the popup's actions, the reader's toolbar… */
  actions?: ComponentChildren;
  /** Rewrites the sanitised body while it is still inert (the reader's offline images). */
  prepareBody?: (fragment: DocumentFragment) => void;
  /** Runs once the body is in the DOM, before highlighting. */
  onBodyRendered?: (el: HTMLElement) => void;
  /** Runs after figures are highlighted (after first paint): restore the reading position. */
  onHighlighted?: (el: HTMLElement, count: number) => void;
  onStatus?: (text: string) => void;
  /** Where gallery images come from: the reader maps them to stored bytes (null → alt text in a frame). */
  resolveImage?: (src: string) => string | null;
  /** Puts a non-empty summary or key-figures card in a container (the popup folds them, popup/Fold.tsx). */
  wrapCard?: (card: 'summary' | 'figures', node: ComponentChildren) => ComponentChildren;
  /** The text of a gallery image's frame when resolveImage gives null (default: its alt, or "not available offline"). */
  imageFrameText?: (alt: string) => string;
  /** The popup: the first frame holds the title, summary and key figures (the first screen); the body, below
   *  them, is sanitised, highlighted and laid out in the frame after. */
  bodyAfterFirstPaint?: boolean;
}

// Up to this much text (about 8,000 words, far beyond a news article) the figures are highlighted in the
// inert fragment before it goes into the page: the body's first paint already has them, and no second
// layout follows. Longer texts are highlighted after first paint, so that the text shows at once.
export const INLINE_HIGHLIGHT_MAX_CHARS = 50_000;

/** Highlighting is an aid: a fault there must never cost the reader the article. */
function highlightSafely(root: Element | DocumentFragment, figures: AnalysedArticle['figures']): number {
  try {
    return highlightFigureList(root, figures);
  } catch (e) {
    console.warn('[tin-sach] highlightFigures failed', e);
    return 0;
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function ArticleView(p: ArticleViewProps) {
  const { article } = p;
  const bodyRef = useRef<HTMLElement | null>(null);
  const cancelHighlight = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelHighlight.current?.(), []);
  const [bodyShown, setBodyShown] = useState(!p.bodyAfterFirstPaint);
  useEffect(() => (bodyShown ? undefined : afterPaint(() => setBodyShown(true))), [bodyShown]);

  // The lead is part of article.text (figures' offsets count it) but not of article.html: it is put back
  // in front, escaped, so that its figures are highlighted too.
  const html = useMemo(
    () => (article.lead ? `<p class="lead">${escapeHtml(article.lead)}</p>` : '') + article.html,
    [article.lead, article.html],
  );
  const hasInlineImages = /<img\b/i.test(article.html);
  const resolveImage = p.resolveImage ?? safeHttpUrl;
  const frameText = p.imageFrameText ?? ((alt: string) => alt || t('imageMissing'));
  const gallery = hasInlineImages ? [] : article.images.filter((img) => safeHttpUrl(img.src));

  const inlineHighlight = article.text.length <= INLINE_HIGHLIGHT_MAX_CHARS;
  const inlineCount = useRef(0);
  const prepare = (fragment: DocumentFragment) => {
    // The sanitiser drops every class; the lead paragraph is ours (first, built above), so it is marked here.
    if (article.lead) fragment.firstElementChild?.classList.add('lead');
    ensureImageAlt(fragment);
    p.prepareBody?.(fragment);
    // Text nodes only: the same figures, the same offsets as in the live element (see highlight-core).
    inlineCount.current = inlineHighlight ? highlightSafely(fragment, article.figures) : 0;
  };

  const onRendered = (el: HTMLElement) => {
    performance.mark('body-in-dom');
    bodyRef.current = el;
    p.onBodyRendered?.(el);
    cancelHighlight.current?.();
    // After first paint either way: onHighlighted restores the reader's position, which needs layout.
    cancelHighlight.current = afterPaint(() => {
      const count = inlineHighlight ? inlineCount.current : highlightSafely(el, article.figures);
      p.onHighlighted?.(el, count);
    });
  };

  const selectFigure = (kf: KeyFigure) => {
    const root = bodyRef.current;
    const mark = root ? findFigureMark(root, article.figures, kf) : null;
    if (mark) focusFigureMark(mark, prefersReducedMotion());
    else p.onStatus?.(t('figureNotInText', kf.text));
  };

  const wrap = (card: 'summary' | 'figures', shown: boolean, node: ComponentChildren) =>
    shown && p.wrapCard ? p.wrapCard(card, node) : node;

  return (
    <article class="article" lang={article.lang || 'vi'}>
      <header class="article-header">
        <ArticleMeta
          siteName={article.siteName}
          url={article.url}
          publishedAt={article.publishedAt}
          byline={article.byline}
          readingMinutes={article.readingMinutes}
          lang={p.lang}
        />
        <h1 data-testid="article-title">{article.title}</h1>
      </header>
      {article.document ? <DocumentCard card={article.document} lang={p.lang} /> : null}
      {p.actions}
      {wrap('summary', article.summary.length > 0, <SummaryCard summary={article.summary} leadEnd={leadRange(article.text, article.lead)?.end} />)}
      {wrap('figures', article.keyFigures.length > 0, <KeyFigures keyFigures={article.keyFigures} onSelect={selectFigure} />)}
      {article.figures.length >= MAX_FIGURES ? (
        <p class="meta" data-testid="figures-capped">
          {t('figuresCapped', formatNumber(MAX_FIGURES, p.lang))}
        </p>
      ) : null}
      <section class="article-text" aria-label={t('articleTextLabel')}>
        {bodyShown ? (
          <SafeHtml html={html} class={`article-body ${p.bodyClass ?? ''}`} testId={p.bodyTestId} prepare={prepare} onRendered={onRendered} />
        ) : null}
      </section>
      {gallery.length > 0 ? (
        <section class="gallery" aria-labelledby="images-heading">
          <h2 id="images-heading">{t('imagesHeading')}</h2>
          {gallery.map((img, i) => (
            <figure key={i}>
              {resolveImage(img.src) ? (
                <img src={resolveImage(img.src) ?? ''} alt={img.alt} loading="lazy" />
              ) : (
                <span class="img-missing" role="img" aria-label={frameText(img.alt)}>
                  {frameText(img.alt)}
                </span>
              )}
              {img.caption ? <figcaption>{img.caption}</figcaption> : null}
            </figure>
          ))}
        </section>
      ) : null}
      <FileLinks files={article.attachments} heading={t('attachmentsHeading')} headingId="attachments-heading" />
    </article>
  );
}
