// The summary card: the gist a reader sees first. When the page has a lead (sapo) the card opens with it — its
// first sentence, or two when they are short — since the lead is where a Vietnamese article states its totals
// and results; the summary's own sentences follow only where they add to it. Without a lead the summary stands
// alone. The card is short enough to be read whole on the popup's first screen: few sentences, none clipped,
// at most CARD_MAX_CHARS characters in all. Sentences shed a leading connective ("Cụ thể,", "Theo đó,") and a
// list marker ("b)", "2.", "-"), which mean nothing once the sentence stands on its own; what is left is still
// an exact slice of the article's text.
import type { Figure, SummarySentence } from '../model/figure';
import { splitSentences } from '../text/sentences';
import { summarize, type SummaryInput } from './index';
import { leadRange, type TextRange } from './lead-range';

/** All the card's sentences together: at the popup's width and default size about ten lines, so the title, the
 *  card and the first key figures come before the body's second screen (600 characters made the card alone taller
 *  than the popup). */
export const CARD_MAX_CHARS = 420;
/** The card holds at most this many sentences, the lead's included. */
export const CARD_MAX_SENTENCES = 3;
/** A second lead sentence is taken only while the lead's part of the card stays within this. */
const LEAD_MAX_CHARS = 320;

// Words that link a sentence to the one before it. Alone on a card they point at nothing. Each must be
// followed by a comma or colon, so that a verb that begins the same way ("cụ thể hóa") stays.
const CONNECTIVES = [
  'cụ thể', 'theo đó', 'được biết', 'trong đó', 'ngoài ra', 'bên cạnh đó', 'đồng thời', 'qua đó', 'do đó',
  'vì vậy', 'vì thế', 'nhờ đó', 'mặt khác', 'tiếp theo', 'sau đó', 'như vậy', 'theo', 'tuy nhiên', 'thêm vào đó',
  'nói cách khác', 'nhìn chung', 'tóm lại', 'trước đó', 'hơn nữa', 'thứ nhất', 'thứ hai', 'thứ ba', 'cuối cùng',
];
const CONNECTIVE = new RegExp(`^(?:${CONNECTIVES.join('|')})\\s*[,:]\\s+`, 'iu');
// "Cụ thể ngày 25/3/2023 đã có …": "cụ thể" opens the sentence without a comma before a date or a number.
const CONNECTIVE_BEFORE_FIGURE = /^(?:cụ thể|theo đó|trong đó)\s+(?=(?:ngày|tháng|năm|quý|trong|tại|có)?\s*\d)/iu;
// List markers of official texts: "a) ", "B) ", "a. ", "2. ", "2.1. ", "II. ", "- ", "+ ", "• ". A letter with a
// full stop is a marker only in lower case: "A. Nguyễn" may be an initial.
const LIST_MARKER = /^(?:[-+•*–—]\s*|[a-zđ]\)\s+|\d{1,2}(?:\.\d{1,2})*[.)]\s+|[IVX]{1,5}[.)]\s+)/iu;
const LETTER_MARKER = /^[a-zđ]\.\s+/u;
// A dateline the sapo opens with: "(Chinhphu.vn) - ", "(Baothang.gov.vn) – ".
const DATELINE = /^\([^()\n]{2,40}\)\s*[-–—]\s*/u;

/** The sentence without a leading connective, list marker or dateline (offsets moved to match). */
export function trimOpening(s: SummarySentence): SummarySentence {
  let { text, start } = s;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of [DATELINE, LIST_MARKER, LETTER_MARKER, CONNECTIVE, CONNECTIVE_BEFORE_FIGURE]) {
      const m = re.exec(text);
      // Never the whole sentence: a marker followed by nothing is left as it is.
      if (m && m[0].length > 0 && m[0].length < text.length - 1) {
        text = text.slice(m[0].length);
        start += m[0].length;
        changed = true;
      }
    }
  }
  return { text, start, end: s.end };
}

/** The lead's first sentence, and its second while both stay short. */
function leadSentences(text: string, lead: TextRange): SummarySentence[] {
  const spans = splitSentences(text.slice(lead.start, lead.end))
    .map((s) => trimOpening({ text: s.text, start: s.start + lead.start, end: s.end + lead.start }))
    .filter((s) => s.text.trim().length > 0);
  const out: SummarySentence[] = [];
  let used = 0;
  for (const s of spans) {
    if (out.length >= 2 || (out.length > 0 && used + s.text.length > LEAD_MAX_CHARS)) break;
    out.push(s);
    used += s.text.length;
  }
  return out;
}

export interface CardOptions {
  /** Figures already found in the text (the analyser has them). */
  figures?: Figure[];
}

/**
 * The card's sentences in the order shown: the lead's, then the summary's that fit. Every sentence is an exact
 * slice of `article.text` (text === article.text.slice(start, end)).
 */
export function cardSentences(article: SummaryInput, opts: CardOptions = {}): SummarySentence[] {
  const lead = leadRange(article.text, article.lead);
  const fromLead = lead ? leadSentences(article.text, lead) : [];
  const picked = summarize(article, { sentences: CARD_MAX_SENTENCES, figures: opts.figures }).map(trimOpening);
  const out: SummarySentence[] = [];
  let used = 0;
  for (const s of [...fromLead, ...picked]) {
    if (out.length >= CARD_MAX_SENTENCES) break;
    // The lead's first sentence is taken whatever its length: it is the gist, and it is never cut.
    if (out.length > 0 && used + s.text.length > CARD_MAX_CHARS) continue;
    out.push(s);
    used += s.text.length;
  }
  return out;
}
