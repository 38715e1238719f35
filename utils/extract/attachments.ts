// Attached files ("File đính kèm" on government portals): decisions, plans and forms as .pdf, .doc(x),
// .xls(x), .ppt(x), .zip, .rar. They often sit in a block after the body that Readability drops.
import type { Attachment } from '../model/article';
import { SHOW_TEXT, attr, normSpace, precedes, textOf } from './dom';

const FILE_EXT = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z)$/i;
const LABEL = /^(?:file|tệp|tập tin|tài liệu|văn bản)?\s*(?:đính kèm|tải về|tải xuống)\s*:?$|^(?:attachments?|downloads?)\s*:?$/iu;

function fileName(href: string): string {
  try {
    const path = new URL(href).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return href;
  }
}

/** An attachment link: its path ends in a document extension, or its text is a file name. */
export function asAttachment(a: Element): Attachment | null {
  const href = attr(a, 'href');
  if (!/^https?:\/\//i.test(href)) return null;
  let path = href;
  try {
    path = new URL(href).pathname;
  } catch {
    return null;
  }
  const text = textOf(a);
  if (!FILE_EXT.test(path) && !FILE_EXT.test(text)) return null;
  return { name: text || attr(a, 'title') || fileName(href), href };
}

/** The label's block: its parent, or up to three levels higher until it holds an attachment link. */
function labelBlock(label: Node): Element | null {
  let block = label.parentElement;
  for (let up = 0; block && up < 3; up++, block = block.parentElement) {
    if (Array.from(block.querySelectorAll('a[href]')).some((a) => asAttachment(a))) return block;
  }
  return null;
}

/** Raw text nodes longer than this cannot be a label. */
const MAX_LABEL_RAW_CHARS = 120;

/** True when a text node (raw value, and its normSpace when already computed) is an attachment label. */
export function isAttachmentLabel(raw: string, normalised?: string): boolean {
  if (raw.length > MAX_LABEL_RAW_CHARS) return false;
  const text = normalised ?? normSpace(raw);
  return !!text && LABEL.test(text);
}

/** The attachment links in each label's own block after it (labels in document order). */
export function attachmentsAfterLabels(labels: Node[]): Attachment[] {
  const found: Attachment[] = [];
  for (const t of labels) {
    const block = labelBlock(t);
    if (!block) continue;
    for (const a of Array.from(block.querySelectorAll('a[href]'))) {
      const at = precedes(t, a) ? asAttachment(a) : null;
      if (at) found.push(at);
    }
  }
  return found;
}

/**
 * Links under a "File đính kèm" label anywhere on the page (read before clean-up and Readability):
 * the attachment links in the label's own block after it — not a "Văn bản mới" sidebar further down.
 */
export function attachmentsNearLabels(doc: Document): Attachment[] {
  const root = doc.body;
  if (!root) return [];
  const labels: Node[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (isAttachmentLabel(t.nodeValue ?? '')) labels.push(t);
  return attachmentsAfterLabels(labels);
}

export function collectAttachments(content: Element, nearLabels: Attachment[]): Attachment[] {
  const out: Attachment[] = [];
  const seen = new Set<string>();
  const add = (a: Attachment | null) => {
    if (a && !seen.has(a.href)) {
      seen.add(a.href);
      out.push(a);
    }
  };
  for (const a of Array.from(content.querySelectorAll('a[href]'))) add(asAttachment(a));
  for (const a of nearLabels) add(a);
  return out;
}
