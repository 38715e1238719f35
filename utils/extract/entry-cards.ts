// Entry cards: a blog, category or archive page shows its entries as sibling blocks, each opened by a heading
// that is wholly a link to the entry (WordPress's archive `<article>`s with `h2.entry-title > a`, Drupal views'
// teaser nodes with `h3.post-title > a`, Joomla's category blog items with `h2[itemprop=name] > a`), followed by
// a date, a sapo or the entry's opening. A single article has one unlinked headline; when such cards appear on
// it they are a related box, whose text is small beside the article's own prose (gate.ts weighs that).
import { foldForSearch } from '../text/fold';
import { DATE_LINE } from './dates';
import { ancestorCounts, normSpace } from './dom';

/** Shorter linked headings are menu or tool entries ("Tin tức", "Xem thêm"), not an entry's title. */
const MIN_HEADLINE_CHARS = 8;

export interface EntryCards {
  /** Cards in the largest group of sibling cards (0 when no parent holds two or more). */
  count: number;
  /** Their whole texts, folded, in document order. */
  texts: string[];
}

const NONE: EntryCards = { count: 0, texts: [] };

/** A status badge printed in the heading beside the entry's link ("Mở", "Đã đóng", "Mới", "Hot"). */
const MAX_BADGE_CHARS = 12;

/**
 * The heading's text is its one link's text, besides at most the entry's date or a status badge (CKAN blog lists
 * print "<small>4 tháng 11, 2024</small>" inside the heading, its data-request lists a "Mở"/"Đã đóng" label):
 * the heading IS the link to the entry.
 */
function linkedHeadline(h: Element): string | null {
  const links = h.querySelectorAll('a[href]');
  if (links.length !== 1) return null;
  const link = normSpace(links[0]!.textContent ?? '');
  if (link.length < MIN_HEADLINE_CHARS) return null;
  const text = normSpace(h.textContent ?? '');
  if (text === link) return text;
  const at = text.indexOf(link);
  if (at < 0) return null;
  const beside = normSpace(`${text.slice(0, at)} ${text.slice(at + link.length)}`);
  const isBadge = beside.length <= MAX_BADGE_CHARS && !/\d/.test(beside);
  return isBadge || DATE_LINE.test(beside) ? text : null;
}

/** The card of a linked heading: the highest ancestor (a few levels up) that holds no other linked heading. */
function cardOf(h: Element, headings: Map<Element, number>, root: Element): Element {
  let card = h;
  for (let up = h.parentElement, steps = 0; up && up !== root && steps < 4; up = up.parentElement, steps++) {
    if ((headings.get(up) ?? 0) > 1) break;
    card = up;
  }
  return card;
}

export function findEntryCards(root: Element | null | undefined): EntryCards {
  if (!root) return NONE;
  const headings = Array.from(root.querySelectorAll('h2, h3, h4'));
  const linked = new Map<Element, string>();
  for (const h of headings) {
    const text = linkedHeadline(h);
    if (text) linked.set(h, text);
  }
  // A page of hundreds of linked headings is a portal's home or a sitemap: the list signals elsewhere cover it.
  if (linked.size < 2 || linked.size > 200) return NONE;
  const perAncestor = ancestorCounts(linked.keys());
  const groups = new Map<Element, Element[]>();
  for (const [h, text] of linked) {
    const card = cardOf(h, perAncestor, root);
    // A card is more than its heading: a date, a sapo or the entry's opening lines follow it.
    if (card === h || normSpace(card.textContent ?? '').length <= text.length + 5) continue;
    const parent = card.parentElement;
    if (!parent) continue;
    const group = groups.get(parent) ?? [];
    group.push(card);
    groups.set(parent, group);
  }
  let best: Element[] | null = null;
  for (const g of groups.values()) if (g.length >= 2 && (!best || g.length > best.length)) best = g;
  if (!best) return NONE;
  return { count: best.length, texts: best.map((c) => foldForSearch(normSpace(c.textContent ?? ''))) };
}

/** Runs of three words, the unit the picked text is matched to the cards by (clean-up and Readability change
 *  spacing, drop date lines and headings, but keep the words of what they keep in order). */
function trigrams(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 3 <= words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** Share of the picked text's word runs that the cards hold, under which the pick is an article of its own. */
const MADE_OF_CARDS = 0.9;

/**
 * Is the text Readability picked made of the cards (one card's opening, or the cards' sapos together) rather
 * than an article of its own? Nine in ten of its word runs are the cards' own. An article with a related box
 * has its own prose besides the box, so the share stays far lower.
 */
export function pickIsCards(pickedText: string, cards: EntryCards): boolean {
  if (cards.count < 2) return false;
  const picked = trigrams(foldForSearch(pickedText));
  if (picked.length < 3) return false;
  const held = new Set(cards.texts.flatMap(trigrams));
  const inCards = picked.filter((t) => held.has(t)).length;
  return inCards >= picked.length * MADE_OF_CARDS;
}
