// Applies the clean-up rules (cleanup-rules.ts) to the cloned page before Readability runs (cleanupDocument), and the
// rules for boilerplate inside the article column to Readability's pick after it (cleanupContent).
// Cost: the selector rules are answered by the caller's single selector scan (selectors.ts; queried
// rule by rule when called alone), the text rules by one pass over text nodes testing one precompiled
// union pattern per short text node.
import { asAttachment } from './attachments';
import { removeAuthorBox } from './author-box';
import { boxText } from './box-text';
import { foldedUnion, type TextPattern } from './folded-pattern';
import { ATTRIBUTE_RULES, PICK_SELECTOR_RULES, SELECTOR_RULES, TEXT_RULES, isHeadlineMeta, textRuleMatches, type CleanupRule } from './cleanup-rules';
import { SHOW_TEXT, normSpace, removeNode, textOf } from './dom';

export interface CleanupReport {
  /** How many elements each rule removed (or changed), by rule id. */
  fired: Record<string, number>;
  /** The elements removed as a whole, in the order they were removed (the word-keeping test reads these). */
  removed: Element[];
}

/** Text nodes longer than this cannot be a whole label, counter or footer line. */
const MAX_TEXT_RULE_CHARS = 300;
/** A box stops growing at an ancestor with this much text outside links: that is article text. */
const BOX_MAX_PLAIN_CHARS = 300;
/** …or earlier, at an ancestor that is not mostly links (a short article with a "Xem thêm" line). */
const BOX_MIN_LINK_DENSITY = 0.3;
/** Below this much text outside links an ancestor is still only a label and its list. */
const BOX_SMALL_PLAIN_CHARS = 80;
const INLINE_TAGS = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'FONT', 'LABEL', 'SMALL', 'ABBR', 'TIME']);
const STOP_AT = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

/** The rules run on the page before Readability, and those run on its pick after (cleanup-rules.ts, `phase`). */
const BEFORE_RULES = TEXT_RULES.filter((r) => r.phase !== 'after');
const AFTER_RULES = TEXT_RULES.filter((r) => r.phase === 'after');
const TEXT_UNION = foldedUnion(BEFORE_RULES.map((r) => r.textPattern!));
const AFTER_UNION = foldedUnion(AFTER_RULES.map((r) => r.textPattern!));
/** The pick's rules that also match a whole line block's text (`block`). */
const BLOCK_RULES = AFTER_RULES.filter((r) => r.block);

/** A photo, a video, a figure or a table: never removed with the words beside it. */
const MEDIA = 'img, picture, video, figure, table, iframe';
const hasMedia = (el: Element) => !!el.querySelector(MEDIA);

/** Selector groups for the caller's scan: `rule:<id>` → selector, for selector and attribute rules. */
export const CLEANUP_SELECTOR_GROUPS: Record<string, string> = Object.fromEntries(
  [...SELECTOR_RULES, ...ATTRIBUTE_RULES].map((r) => [`rule:${r.id}`, r.selector!]),
);

/** Elements matched by each rule, by group name (`rule:<id>`). */
export type RuleMatches = Record<string, Element[]>;

function queryRules(root: Element): RuleMatches {
  const found: RuleMatches = {};
  for (const [group, selector] of Object.entries(CLEANUP_SELECTOR_GROUPS)) found[group] = Array.from(root.querySelectorAll(selector));
  return found;
}

function bump(report: CleanupReport, rule: CleanupRule): void {
  report.fired[rule.id] = (report.fired[rule.id] ?? 0) + 1;
}

/** Removes an element a rule matched, and counts it in the report. */
function removeWhole(el: Element, rule: CleanupRule, report: CleanupReport): void {
  removeNode(el);
  report.removed.push(el);
  bump(report, rule);
}

/** A short text node a text rule may fire on: its parent element and its normalised text. */
export interface TextRuleHit {
  el: Element;
  text: string;
}

/**
 * `found`: the selector rules' matches from the caller's scan; `textHits`: the text-rule candidates
 * from the caller's text walk (textRuleHit), collected earlier on the same document — nodes removed
 * since are skipped. Both are looked up here when missing.
 */
export function cleanupDocument(doc: Document, found?: RuleMatches, textHits?: TextRuleHit[]): CleanupReport {
  const report: CleanupReport = { fired: {}, removed: [] };
  const root = doc.body ?? doc.documentElement;
  if (!root) return report;
  const matches = found ?? queryRules(root);
  applySelectorRules(root, matches, report);
  applyTextRules(root, textHits ?? findTextRuleHits(root, TEXT_UNION), report, BEFORE_RULES);
  applyAttributeRules(matches, report);
  return report;
}

function applySelectorRules(root: Element, matches: RuleMatches, report: CleanupReport): void {
  for (const rule of SELECTOR_RULES) {
    for (const el of matches[`rule:${rule.id}`] ?? []) {
      // Already gone with an ancestor, or outside the body (a <footer> in <head> is nonsense anyway).
      if (!el.parentNode || !root.contains(el)) continue;
      if (rule.maxChars !== undefined && textOf(el).length > rule.maxChars) continue;
      removeWhole(el, rule, report);
    }
  }
}

/** The outermost element below `root` whose whole text is the same as this text node's (the label's own box). */
function outermostSameText(start: Element, text: string, root: Element, keepMedia = false): Element {
  let el = start;
  for (let p = el.parentElement; p && p !== root && !STOP_AT.has(p.tagName); p = p.parentElement) {
    if (keepMedia && hasMedia(p)) break;
    const t = p.textContent ?? '';
    if (t.length > text.length * 2 + 40) break; // cheap pre-check before normalising
    if (normSpace(t) !== text) break;
    el = p;
  }
  return el;
}

/** Cells of a data table (a row with several non-empty cells) are content, whatever they say. */
function inDataTableCell(el: Element): boolean {
  const cell = el.closest('td, th');
  if (!cell) return false;
  const row = cell.parentElement;
  if (!row) return false;
  let filled = 0;
  for (const c of Array.from(row.children)) if ((c.textContent ?? '').trim()) filled++;
  return filled > 1;
}

/** Elements that only ever hold part of a sentence (a citation, a quote, a superscript) besides INLINE_TAGS. */
const PHRASE_TAGS = new Set([...INLINE_TAGS, 'CITE', 'Q', 'SUP', 'SUB', 'MARK', 'DFN', 'VAR', 'S', 'INS', 'DEL']);

/**
 * An inline element inside running text ("… trang <a>Xem thêm</a> của …") is part of a sentence: its
 * parent is a paragraph, a long block, or itself inline with other words beside it (an encyclopedia's
 * reference, ". Retrieved <span>2016-05-01</span>", whose date must not leave a dangling "Retrieved .").
 */
function inRunningText(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName)) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  return parent.tagName === 'P' || PHRASE_TAGS.has(parent.tagName) || normSpace(parent.textContent ?? '').length > 120;
}

/**
 * A link among words of its own line ("Bấm <a>…</a> để đọc"): its parent is a paragraph or a phrase, or text sits
 * right beside it. A link standing alone among blocks (a skip link as the first child of a page-wide wrapper) is not.
 */
function inSentence(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  if (parent.tagName === 'P' || PHRASE_TAGS.has(parent.tagName)) return true;
  const wordy = (n: Node | null) => !!n && n.nodeType === 3 && /\S/.test(n.nodeValue ?? '');
  return wordy(el.previousSibling) || wordy(el.nextSibling);
}

/** The hit for one text node (raw value, and its normSpace when already computed), or null. */
export function textRuleHit(node: Node, raw: string, normalised?: string, union = TEXT_UNION): TextRuleHit | null {
  if (raw.length > MAX_TEXT_RULE_CHARS * 3) return null;
  const text = normalised ?? normSpace(raw);
  if (!text || text.length > MAX_TEXT_RULE_CHARS || !union.test(text)) return null;
  const parent = node.parentElement;
  return parent ? { el: parent, text } : null;
}

function findTextRuleHits(root: Element, union: TextPattern): TextRuleHit[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const hits: TextRuleHit[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hit = textRuleHit(node, node.nodeValue ?? '', undefined, union);
    if (hit) hits.push(hit);
  }
  return hits;
}

function applyTextRules(root: Element, hits: TextRuleHit[], report: CleanupReport, rules: CleanupRule[]): void {
  for (const { el: start, text } of hits) {
    if (!start.parentNode || !root.contains(start)) continue;
    const own = normSpace(start.textContent ?? '');
    // The text node must be the element's whole text ("Chia sẻ:" alone, not a sentence containing it), unless it is
    // part of a block that is boilerplate as a whole: a prompt with a link in it, a label before its one link.
    if (own !== text) {
      const line = wholeBlockLine(root, start, text, rules);
      if (line) removeWhole(line.block, line.rule, report);
      continue;
    }
    const rule = rules.find((r) => textRuleMatches(r, text) && (!r.within || !!start.closest(r.within)));
    if (!rule) continue;
    // In the pick, a credit or a label never takes the photo it stands by with it.
    const target = outermostSameText(start, text, root, rules === AFTER_RULES);
    if (inDataTableCell(target)) continue;
    if (rule.within ? inSentence(target) : inRunningText(target)) {
      // "<p><span>Ngày đăng: 20/06/2018</span> | <span>Lượt xem: 1.247</span></p>": the parts are inline, but
      // their line holds nothing else, so the whole line goes.
      const line = target.parentElement!;
      const whole = normSpace(line.textContent ?? '');
      if (line.parentNode && root.contains(line) && whole.length <= MAX_TEXT_RULE_CHARS && isHeadlineMeta(whole) && !inDataTableCell(line)) {
        removeWhole(line, rule, report);
      } else if (rules === AFTER_RULES && line !== root && hasMedia(line) && !line.closest('p, li, td') && BLOCK_RULES.some((r) => textRuleMatches(r, whole))) {
        // "<span><img><span>Image copyright</span> <span>Getty Images</span></span>": the photo stays, its credit goes
        // (never inside a paragraph: there the words stay with the sentence they may belong to).
        for (const part of Array.from(line.childNodes)) {
          if (part.nodeType === 1 && !hasMedia(part as Element) && !(part as Element).matches(MEDIA)) removeWhole(part as Element, rule, report);
          else if (part.nodeType === 3) removeNode(part);
        }
      } else {
        // "<p><strong>Related: </strong><a>…</a></p>": a label in bold, then the link it labels.
        const cross = wholeBlockLine(root, target, text, rules);
        if (cross) removeWhole(cross.block, cross.rule, report);
      }
      continue;
    }
    if (rule.action === 'remove-box') {
      report.removed.push(...removeBox(target, root, rules === AFTER_RULES));
      bump(report, rule);
    } else removeWhole(target, rule, report);
  }
}

/** The elements a line of text is: the block a label or a prompt is removed with. */
const LINE_BLOCKS = new Set(['P', 'LI', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'FIGCAPTION']);
/** What a cross-link line may hold besides its label and its links: a space, brackets, a full stop… */
const LINE_SLACK = 3;
/** …or, in a list of several links, their tags ("[INSIGHT]", "[VIDEO]"): little text, and far less than the links'. */
const LIST_SLACK = 40;

function lineBlock(el: Element, root: Element): Element | null {
  for (let p: Element | null = el; p && p !== root && !STOP_AT.has(p.tagName); p = p.parentElement) if (LINE_BLOCKS.has(p.tagName)) return p;
  return null;
}

/**
 * The block `from` stands in, when a related-box label (`text`, the text node that hit the rule) opens the block and
 * everything after it is link text ("Related: <a>…</a>", "READ MORE: <a>…</a>", "[Related: <a>…</a>]", "Xem thêm:
 * <a>…</a>"), or links with their tags ("DON'T MISS<br><a>…</a> [WARNING]<br><a>…</a> [INSIGHT]" on UK tabloids): a
 * cross-link to other articles between two paragraphs (not to a file). Never a block longer than a short line, never a
 * data table's cell.
 */
function wholeBlockLine(root: Element, from: Element, text: string, rules: CleanupRule[]): { block: Element; rule: CleanupRule } | null {
  const block = lineBlock(from, root);
  // A heading is not a cross-link ("See also<a>[edit]</a>" opens an encyclopedia's section).
  if (!block || /^H\d$/.test(block.tagName) || !block.parentNode || !root.contains(block) || inDataTableCell(block)) return null;
  const raw = block.textContent ?? '';
  if (raw.length > MAX_TEXT_RULE_CHARS * 3) return null;
  const whole = normSpace(raw);
  if (whole.length > MAX_TEXT_RULE_CHARS) return null;
  const label = rules.find((r) => r.action === 'remove-box' && r.textPattern!.test(text));
  if (!label || !whole.startsWith(text)) return null;
  // "Xem thêm: <a>Quyết định số 12/QĐ-UBND</a>" points to the document the article is about: a file, not a teaser.
  if (Array.from(block.querySelectorAll('a[href]')).some((a) => asAttachment(a))) return null;
  const { total, links } = boxText(block);
  const plain = total - links - text.length;
  const teasers = plain <= LINE_SLACK || (plain <= LIST_SLACK && links >= plain * 4 && block.querySelectorAll('a[href]').length > 1);
  return links > 0 && teasers ? { block, rule: label } : null;
}

/** A list each of whose items is one link and nothing else: a list of teasers. */
function isLinkList(el: Element): boolean {
  if (!/^(UL|OL)$/.test(el.tagName) || hasMedia(el)) return false;
  const items = Array.from(el.children);
  return items.length > 0 && items.every((li) => {
    const links = li.querySelectorAll('a[href]');
    return li.tagName === 'LI' && links.length === 1 && normSpace(links[0]!.textContent ?? '') === normSpace(li.textContent ?? '') && !!normSpace(li.textContent ?? '');
  });
}

/** Text outside links, in characters: teaser lists are mostly links, article text is not. */
function plainTextLength(el: Element): number {
  const { total, links } = boxText(el);
  return total - links;
}

/** Still a teaser box: little text outside links, and mostly links. */
function isTeaserBox(el: Element, labelLength: number): boolean {
  const measured = boxText(el);
  const total = measured.total - labelLength;
  const links = measured.links;
  const plain = total - links;
  if (plain <= BOX_SMALL_PLAIN_CHARS) return true;
  return plain <= BOX_MAX_PLAIN_CHARS && links >= total * BOX_MIN_LINK_DENSITY;
}

/**
 * Removes the box a label heads: climbs from the label while the ancestor is still a teaser box
 * (little text outside links), then removes that box; if the label stood alone, the link list right
 * after it goes too — in the pick also a paragraph of links ("<p><strong>DON'T MISS</strong></p><p><a>…</a>
 * [INSIGHT]<br><a>…</a></p>" on UK tabloids).
 */
function removeBox(label: Element, root: Element, inPick: boolean): Element[] {
  const removed: Element[] = [];
  const labelLength = normSpace(label.textContent ?? '').length;
  let box = label;
  for (let p = box.parentElement; p && p !== root && !STOP_AT.has(p.tagName); p = p.parentElement) {
    if (!isTeaserBox(p, labelLength)) break;
    box = p;
  }
  if (box === label) {
    const next = label.nextElementSibling;
    const list = next && (/^(UL|OL|DIV|SECTION)$/.test(next.tagName) ? plainTextLength(next) <= BOX_MAX_PLAIN_CHARS : inPick && next.tagName === 'P' && plainTextLength(next) <= BOX_SMALL_PLAIN_CHARS);
    if (next && list && next.querySelector('a') && !hasMedia(next)) {
      const lists = [next];
      // In the pick, the teasers may each be a list of their own (Al Jazeera's "More:" over three one-item lists).
      for (let more = inPick ? next.nextElementSibling : null; more && isLinkList(more); more = more.nextElementSibling) lists.push(more);
      for (const list of lists) removeNode(list);
      removed.push(...lists);
    }
  }
  removeNode(box);
  removed.push(box);
  return removed;
}

function applyAttributeRules(matches: RuleMatches, report: CleanupReport): void {
  for (const rule of ATTRIBUTE_RULES) {
    const a = rule.attribute!;
    for (const el of matches[`rule:${rule.id}`] ?? []) {
      if (a.pattern.test(el.getAttribute(a.name) ?? '')) {
        el.removeAttribute(a.name);
        bump(report, rule);
      }
    }
  }
}

/**
 * The rules for boilerplate inside the article column (`phase: 'after'`), run on Readability's pick: time stamps,
 * photo credits, prompts and related lines of English news pages, removed as whole lines or boxes, never the pick.
 */
export function cleanupContent(content: Element): CleanupReport {
  const report: CleanupReport = { fired: {}, removed: [] };
  applyPickSelectorRules(content, report);
  applyTextRules(content, findTextRuleHits(content, AFTER_UNION), report, AFTER_RULES);
  applyBlockRules(content, report);
  const box = removeAuthorBox(content);
  if (box.length) {
    report.removed.push(...box);
    report.fired['author-box'] = 1;
  }
  return report;
}

/**
 * The pick's selector rules (PICK_SELECTOR_RULES). An element holding most of the pick's text is left: then the pick
 * is that element's page (a menu page, say), and the gate judges it.
 */
function applyPickSelectorRules(root: Element, report: CleanupReport): void {
  const total = normSpace(root.textContent ?? '').length;
  for (const rule of PICK_SELECTOR_RULES) {
    for (const el of Array.from(root.querySelectorAll(rule.selector!))) {
      if (!root.contains(el) || normSpace(el.textContent ?? '').length * 2 > total) continue;
      removeWhole(el, rule, report);
    }
  }
}

const LINE_BLOCK_SELECTOR = Array.from(LINE_BLOCKS, (t) => t.toLowerCase()).join(', ');

/**
 * Block rules on the whole text of every line block of the pick, links and inline parts included: "Sign up for our
 * <a>newsletters</a>", "<time>18 Nov 2019, <span>19:09</span></time>", "Image <span>1</span> of <span>23</span>".
 */
function applyBlockRules(root: Element, report: CleanupReport): void {
  for (const block of Array.from(root.querySelectorAll(LINE_BLOCK_SELECTOR))) {
    if (!root.contains(block) || inDataTableCell(block) || hasMedia(block)) continue;
    const raw = block.textContent ?? '';
    if (raw.length > MAX_TEXT_RULE_CHARS * 3) continue;
    const whole = normSpace(raw);
    if (!whole || whole.length > MAX_TEXT_RULE_CHARS) continue;
    const rule = BLOCK_RULES.find((r) => textRuleMatches(r, whole));
    if (rule) removeWhole(block, rule, report);
  }
}
