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

/** og:description / description as a lead candidate (checked against the body before use). */
export function metaLead(doc: Document): LeadCandidate | null {
  const text = normSpace(metaContent(doc, ['og:description', 'description', 'twitter:description']));
  return text.length >= 50 ? { text, element: null, source: 'meta' } : null;
}

/** The description without a trailing ellipsis, for prefix comparisons with the body. */
export function comparablePrefix(text: string, max = 80): string {
  return stripAgencyTag(normSpace(text)).replace(/(?:\.\.\.|…)$/u, '').slice(0, max).trim();
}
