// The short texts of the body, for everything that looks at them: attachment labels ("File đính kèm",
// read before clean-up) and the clean-up text rules ("Chia sẻ:", "Tin liên quan"), which are applied
// later, after the selector rules (cleanup.ts skips nodes removed in between). Each short text node is
// normalised once, and the text nodes come from the extractor's selector scan: under linkedom a walk
// over a whole page is one of the extractor's costlier steps, and this used to take two more.
import { isAttachmentLabel } from './attachments';
import { textRuleHit, type TextRuleHit } from './cleanup';
import { normSpace } from './dom';

/** Longer raw text nodes are neither a label nor a clean-up line (both check their own, lower, limits). */
const MAX_RAW_CHARS = 900;

export interface ShortTexts {
  /** Text nodes that are an attachment label, in document order (none when the page has no body). */
  labels: Node[];
  /** Candidates for the clean-up text rules, in document order. */
  ruleHits: TextRuleHit[];
  /** Short text nodes holding a digit: where a results count ("37 bộ dữ liệu tìm thấy") may stand (results-count.ts). */
  numbers: Node[];
}

/** A results count's number sits in a text node of at most this many characters (the line, or the number alone). */
const MAX_NUMBER_TEXT = 60;

/**
 * Collects short texts from the text nodes it is given, in document order (`add`), keeping only those
 * inside the body (the text rules look at the whole document when there is no body; labels need one).
 * Fed by the caller's own walk over the whole page (the extractor's selector scan).
 */
export function shortTextCollector(doc: Document): { add: (node: Node) => void; result: ShortTexts } {
  const result: ShortTexts = { labels: [], ruleHits: [], numbers: [] };
  const body = doc.body;
  const add = (node: Node): void => {
    if (body && !body.contains(node)) return;
    collect(node, !!body, result);
  };
  return { add, result };
}

function collect(node: Node, hasBody: boolean, out: ShortTexts): void {
  const raw = node.nodeValue ?? '';
  if (raw.length > MAX_RAW_CHARS) return;
  const text = normSpace(raw);
  if (!text) return;
  if (hasBody && isAttachmentLabel(raw, text)) out.labels.push(node);
  const hit = textRuleHit(node, raw, text);
  if (hit) out.ruleHits.push(hit);
  if (hasBody && text.length <= MAX_NUMBER_TEXT && /\d/.test(text)) out.numbers.push(node);
}
