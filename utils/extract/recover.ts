// Step 4: put back what Readability loses or gets wrong, on its output element: the lead (sapo), the
// printed author line at the end of the body, images with captions, attachments, plain text.
import type { ArticleImage, Attachment } from '../model/article';
import { foldForSearch } from '../text/fold';
import { collectAttachments } from './attachments';
import { AUTHOR_MARK, authorLine, cleanByline, isPersonName } from './byline';
import { normSpace, removeNode, textOf } from './dom';
import { collectImages } from './images';
import { OPENING_WORDS, comparablePrefix, descriptionWords, opensWithin, stripAgencyTag, wordKey, type LeadCandidate } from './lead';

export interface RecoverInput {
  content: Element;
  leadCandidates: Array<LeadCandidate | null>;
  readabilityByline: string | null;
  visibleAuthor: string | null;
  /** A right-aligned name right after the body (byline.ts findTrailingAuthor), outside what Readability kept. */
  trailingAuthor?: string | null;
  jsonLdAuthors: string[];
  metaAuthors: string[];
  siteName: string | null;
  host: string;
  labelledAttachments: Attachment[];
}

export interface Recovered {
  lead: string;
  byline: string | null;
  images: ArticleImage[];
  attachments: Attachment[];
}

const BLOCKS = 'p, div, h2, h3, h4, h5, h6, li, blockquote, figcaption, table';
/** How many trailing blocks may hold author/source lines. */
const TAIL_BLOCKS = 3;

const BLOCK_TAGS = new Set(BLOCKS.toUpperCase().split(/,\s*/));

/** Blocks with text and no block child, in document order (computed once; removed ones are skipped). */
function leafBlocks(content: Element): Element[] {
  return Array.from(content.querySelectorAll('p, div, h2, h3, h4, h5, h6, li, blockquote')).filter((el) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName.toUpperCase())) return false;
    return /\S/.test(el.textContent ?? '');
  });
}

const attached = (content: Element) => (el: Element) => content.contains(el);

/** Removes an element and the wrappers it leaves empty. */
function removeWithEmptyParents(el: Element, content: Element): void {
  let target: Element = el;
  while (target.parentElement && target.parentElement !== content && !textOf(target.parentElement).replace(textOf(target), '').trim() && !target.parentElement.querySelector('img, table')) {
    target = target.parentElement;
  }
  removeNode(target);
}

function bylineFromTail(content: Element, blocks: Element[], siteName: string | null, host: string): string | null {
  const tail = blocks.slice(-TAIL_BLOCKS);
  const lines: Array<{ el: Element; byline: string; marked: boolean }> = [];
  // Walk back from the last block while the lines are author/source lines.
  for (let i = tail.length - 1; i >= 0; i--) {
    const el = tail[i]!;
    if (el.closest('table, figure, figcaption, blockquote, li')) break;
    const byline = authorLine(el);
    if (!byline) break;
    lines.unshift({ el, byline, marked: el.hasAttribute(AUTHOR_MARK) || !!el.querySelector(`[${AUTHOR_MARK}]`) });
  }
  if (!lines.length) return null;
  for (const l of lines) removeWithEmptyParents(l.el, content);
  const person = lines.find((l) => l.marked) ?? lines.find((l) => isPersonName(l.byline, siteName, host)) ?? lines[0]!;
  return person.byline;
}

function metadataByline(input: RecoverInput): string | null {
  const { siteName, host } = input;
  const person = (s: string | null | undefined) => {
    const c = s ? cleanByline(s) : '';
    return c && isPersonName(c.replace(/ - /g, ' '), siteName, host) ? c : null;
  };
  const ld = input.jsonLdAuthors.map((a) => person(a)).filter((a): a is string => !!a);
  const visible = person(input.visibleAuthor);
  // tuoitre prints "NHẬT XUÂN và 1 tác giả khác": the structured data names both.
  if (visible && ld.length > 1 && ld.some((a) => foldForSearch(a) === foldForSearch(visible))) return ld.join(' - ');
  return (
    visible ??
    person(input.readabilityByline) ??
    (ld.length ? ld.join(' - ') : null) ??
    person(input.trailingAuthor) ??
    input.metaAuthors.map((a) => person(a)).find((a) => !!a) ??
    null
  );
}

/**
 * A block longer than this is never taken for a repeated sapo: on pages whose body is one block of text and
 * <br>s (ehow, old portals) the first "block" is the whole article, and it starts like the description.
 */
const MAX_LEAD_BLOCK = 700;

/** Removes a block near the top of the body that repeats `text` (the author or the sapo). */
function removeRepeatAtTop(content: Element, blocks: Element[], matches: (blockText: string) => boolean): string | null {
  for (const el of blocks.filter(attached(content)).slice(0, 4)) {
    const t = textOf(el);
    if (t.length > MAX_LEAD_BLOCK) continue;
    if (matches(t)) {
      removeWithEmptyParents(el, content);
      return t;
    }
  }
  return null;
}

function recoverLead(content: Element, blocks: Element[], candidates: Array<LeadCandidate | null>): string {
  const fromElement = candidates.find((c) => c?.source === 'element');
  const fromMeta = candidates.find((c) => c?.source === 'meta');
  if (fromElement) {
    const prefix = comparablePrefix(fromElement.text, 60);
    removeRepeatAtTop(content, blocks, (t) => comparablePrefix(t, 60) === prefix);
    return stripAgencyTag(fromElement.text);
  }
  if (!fromMeta) return boldFirstParagraph(content, blocks);
  // The body's first paragraph IS the lead (the seed page: a bold first paragraph = og:description).
  const prefix = comparablePrefix(fromMeta.text, 60);
  const first = removeRepeatAtTop(content, blocks, (t) => prefix.length >= 30 && comparablePrefix(t, 60).startsWith(prefix.slice(0, 50)));
  if (first) return stripAgencyTag(first);
  // The body lacks it: use the description, if it is about this article (shares most words with it).
  const body = normSpace(content.textContent ?? '');
  if (body.includes(prefix) || repeatsBodyOpening(fromMeta.text, body) || mostlyInBody(fromMeta.text, body)) return boldFirstParagraph(content, blocks);
  return sharesWords(fromMeta.text, body) ? stripAgencyTag(fromMeta.text).replace(/(?:\.\.\.|…)$/u, '…') : '';
}

/**
 * District and provincial portals print the sapo as a fully bold first paragraph (the seed page,
 * SharePoint and ASP.NET portals). Taken as the lead only when more paragraphs follow it.
 */
function boldFirstParagraph(content: Element, blocks: Element[]): string {
  const live = blocks.filter(attached(content));
  const first = live[0];
  if (!first || first.tagName !== 'P' || live.length < 3) return '';
  const text = textOf(first);
  if (text.length < 60 || text.length > 700) return '';
  let bold = 0;
  for (const b of Array.from(first.querySelectorAll('strong, b'))) if (!b.parentElement?.closest('strong, b')) bold += textOf(b).length;
  if (bold < text.length * 0.95) return '';
  removeWithEmptyParents(first, content);
  return stripAgencyTag(text);
}

/**
 * True when the description's opening words are printed in the body, whatever the punctuation between them:
 * the description is the body's own opening, typed with straight quotes and "-" where the body has curly quotes
 * and "—". US regional papers sharing one template (chron.com, sfgate.com, mysanantonio.com, ctpost.com) put the
 * whole wire story there; added as a lead it printed the article twice.
 */
function repeatsBodyOpening(description: string, body: string): boolean {
  return descriptionWords(description).length >= OPENING_WORDS && opensWithin(description, body);
}

/** Word runs compared by mostlyInBody: four words, as one phrase. */
const RUN = 4;
/** The share of the description's word runs that must be printed in the body for it to count as the body's own text. */
const IN_BODY_SHARE = 0.6;

/**
 * True when most of the description's four-word runs are printed in the body: the description is an excerpt of
 * the body that does not start where the body does. Blog and small-paper CMSs make it from the first paragraph
 * with the author line in front ("Staff Reports Police arrested six people …", where the body has lost "Staff
 * Reports" to the byline), or reword only its first words ("We host quarterly open threads to give blog readers
 * …" over "Our goal with hosting quarterly open threads is to give blog readers …"); added as a lead it printed
 * the same sentence twice.
 */
function mostlyInBody(description: string, body: string): boolean {
  const words = descriptionWords(description);
  const runs = words.length - RUN + 1;
  if (runs < 5) return false;
  const bodyKey = wordKey(body);
  let printed = 0;
  for (let i = 0; i < runs; i++) if (bodyKey.includes(` ${words.slice(i, i + RUN).join(' ')} `)) printed++;
  return printed >= runs * IN_BODY_SHARE;
}

/** True when most of the description's longer words occur in the body (a sapo summarises its article). */
function sharesWords(description: string, body: string): boolean {
  const words = description.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  if (words.length < 5) return false;
  const bodyWords = new Set(body.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return words.filter((w) => bodyWords.has(w)).length >= words.length * 0.6;
}

export function recoverArticle(input: RecoverInput): Recovered {
  const { content } = input;
  const blocks = leafBlocks(content);
  const tailByline = bylineFromTail(content, blocks, input.siteName, input.host);
  const byline = tailByline ?? metadataByline(input);
  if (byline && !tailByline) {
    // The author line printed above the body (nld "Minh Chiến") is not body text.
    removeRepeatAtTop(content, blocks, (t) => t.length <= byline.length + 2 && cleanByline(t) === byline);
  }
  const lead = recoverLead(content, blocks, input.leadCandidates);
  return {
    lead,
    byline,
    images: collectImages(content),
    attachments: collectAttachments(content, input.labelledAttachments),
  };
}
