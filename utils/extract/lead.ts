// The lead (sapo): on most Vietnamese news sites it sits OUTSIDE the body container (baochinhphu
// h2.detail-sapo, dantri's h2, vnexpress p.description), so Readability drops it and it must be put back.
import { linkTextLength, metaContent, normSpace, precedes, textOf } from './dom';
import { closestMatching, compileSelector } from './selectors';

/** Exact class tokens / roles CMSs give the lead. Teaser sapos (box-category-sapo …) do not match. */
export const LEAD_SELECTOR = [
  '[data-role="sapo"]', '.detail-sapo', '.sapo', '.sapo_detail', '.sapo-detail', '.content-detail-sapo', '.article-sapo',
  '.news-sapo', '.article__sapo', '.detail__sapo', '.singular-sapo', '.post-sapo', '.entry-sapo', '.post-excerpt',
  '.entry-summary', '.post-lead', '.entry-lead', '.standfirst', 'p.description', '.article-description', '.lead',
  '.article-lead', '.lead-detail', '.chapeau', '.article-summary', '.news-summary', '.detail-summary', '.tomtat',
  '.tom-tat', '.asset-summary', '[id$="lblSummary"]', '[id$="lblTomTat"]', '[id$="lblMoTa"]',
].join(', ');

const NOT_LEAD_CONTEXT = compileSelector('li, a, nav, footer, aside, [class*="related"], [class*="lienquan"]');

/** "(Chinhphu.vn) - ", "(Dân trí) - ", "(NLĐO)- ": the agency tag papers put in front of the sapo. */
const AGENCY_TAG = /^\((?:[^()\s]+(?:\s[^()\s]+){0,3})\)\s*[-–—:]\s*/u;

export function stripAgencyTag(lead: string): string {
  return lead.replace(AGENCY_TAG, '');
}

export interface LeadCandidate {
  text: string;
  element: Element | null;
  /** 'element': a sapo element on the page; 'meta': og:description / description (used only when the body lacks it). */
  source: 'element' | 'meta';
}

/** The sapo element after the headline (teasers elsewhere on the page are skipped). */
export function findLeadElement(
  doc: Document,
  titleEl: Element | null,
  candidates: Element[] = Array.from(doc.querySelectorAll(LEAD_SELECTOR)),
): LeadCandidate | null {
  const ok = (el: Element) => {
    if (closestMatching(el, NOT_LEAD_CONTEXT)) return false;
    const text = textOf(el);
    return text.length >= 30 && text.length <= 1500 && linkTextLength(el) < text.length / 2;
  };
  const after = titleEl ? candidates.find((el) => precedes(titleEl, el) && !titleEl.contains(el) && ok(el)) : undefined;
  const el = after ?? (titleEl ? undefined : candidates.find(ok));
  return el ? { text: textOf(el), element: el, source: 'element' } : null;
}

/** A text's words, lower-cased and single-spaced between two spaces, whatever the punctuation between them. */
export const wordKey = (s: string) => ` ${(s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
/** How many of a description's first words must follow each other in a text for it to count as printed there. */
export const OPENING_WORDS = 12;

/**
 * A description's words, without its agency tag, for comparing it with the page's or the body's text. A trailing
 * "…", "..." or "[…]" holds no word, so it drops out with the punctuation.
 */
export const descriptionWords = (description: string): string[] =>
  wordKey(stripAgencyTag(description)).trim().split(' ').filter(Boolean);

/**
 * True when the description's opening words (all of them when it is shorter) are printed in `text`, whatever
 * the punctuation between them (straight quotes and "-" in the description, curly quotes and "—" on the page).
 * The run may touch a word on either side: a page's textContent glues one block's last word to the next block's
 * first ("…năm 2023Sáng 12/3, UBND tỉnh …" where a headline ends and the sapo begins).
 */
export function opensWithin(description: string, text: string): boolean {
  const words = descriptionWords(description);
  if (!words.length) return false;
  // One search over the text (a whole page's, for metaLead) rather than splitting all of it into words. The words
  // are letters and digits only, so they need no escaping. They are lowercase, and the text is lowercased rather
  // than searched with the `i` flag: with it every letter is a class of its case variants, and on a whole page's
  // text that search was the extractor's largest single cost on a portal article in Chromium (about 27 ms of
  // 170, profiled on page load; see utils/extract/folded-pattern.ts for the same choice in the clean-up rules).
  return new RegExp(words.slice(0, OPENING_WORDS).join('[^\\p{L}\\p{N}]+'), 'u').test(text.normalize('NFC').toLowerCase());
}

/**
 * og:description / description as a lead candidate (checked against the body before use), only when the page
 * prints it somewhere (`pageText`: the page's text without its scripts). A description the page never shows is
 * written for search engines and share cards, not for the reader: English news sites (wire stories, blogs) fill
 * it with a one-line pitch of the story, or with the CMS's automatic excerpt glued to a share button's label
 * ("Share this on WhatsAppCalendário da Stock Car 2018 1a etapa: … […]"); put above the article it reads as a
 * paragraph the page does not have. A sapo the page prints outside the body container (the case this lead is
 * for) is on the page, and so is a first paragraph the description repeats.
 */
export function metaLead(doc: Document, pageText: () => string): LeadCandidate | null {
  const text = normSpace(metaContent(doc, ['og:description', 'description', 'twitter:description']));
  return text.length >= 50 && opensWithin(text, pageText()) ? { text, element: null, source: 'meta' } : null;
}

/** The description without a trailing ellipsis, for prefix comparisons with the body. */
export function comparablePrefix(text: string, max = 80): string {
  return stripAgencyTag(normSpace(text)).replace(/(?:\.\.\.|…)$/u, '').slice(0, max).trim();
}
