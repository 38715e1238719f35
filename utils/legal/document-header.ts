// A legal document's header, read from the page as its text is laid out (the form every Vietnamese
// administrative document follows, Nghị định 30/2020/NĐ-CP):
//
//   ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      ← the motto (quốc hiệu), or
//   TỈNH QUẢNG NINH                 Độc lập - Tự do - Hạnh phúc                "ĐẢNG CỘNG SẢN VIỆT NAM"
//   Số: 52/2021/QĐ-UBND             Quảng Ninh, ngày 01 tháng 11 năm 2021   ← number; place and date signed
//                           QUYẾT ĐỊNH                                       ← the type heading
//                 Về việc sửa đổi, bổ sung …                                 ← the subject
//
// The issuing body is the top-left block (its last line, or its last two when the last names a place:
// "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NINH"); a letter (công văn) has no type heading but a "V/v …" subject under its
// number. Pages lay this out as a two-column table (thuvienphapluat, vbpl.vn and the portals that copy them) or as
// plain paragraphs (portals that paste the text): both are read from the text's lines, in document order.
import type { DocumentCard } from '../model/article';
import { elementText } from '../extract/text';
import { foldForSearch } from '../text/fold';
import { documentTypeOf, typeBeforeNumber, typeFromNumber } from './document-types';
import { isCapitals, readingCase, sentenceCase } from './reading-case';
import { isoDate } from './vietnamese-dates';

export interface DocumentHeader {
  card: DocumentCard;
  /** The document's name as a reader says it ("Quyết định về việc …", "Bộ luật Hình sự"), or null. */
  name: string | null;
  /** The subject line(s) as printed ("VỀ ĐIỀU CHỈNH MỨC GIẢM TRỪ …", "V/v Danh mục …"), or null. */
  subject: string | null;
}

/** The motto's first line: the state's (every state document) or the Party's (party committees' documents). */
const MOTTO = /^(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam)\b/;
/** Where a motto may start inside a text node, checked before anything costlier. */
const MOTTO_HINT = /CH[ỦU]\s+NGH|C[ỘO]NG\s+S[ẢA]N\s+VI/u;
const BLOCK = 'p, div, td, th, li, h1, h2, h3, h4, h5, h6, center, section, article';
/** The motto block is a line or two; a longer block merely mentions the state's name. */
const MOTTO_MAX_CHARS = 200;
/** How many text nodes hinting at a motto are looked at (a party portal names the Party in every headline). */
const MAX_MOTTO_TRIES = 40;
/** The document the header opens: its nearest ancestor with at least this much text. */
const DOCUMENT_MIN_CHARS = 400;
/** Lines read from the document's top: the header, the type heading and the subject fit in far fewer. */
const HEADER_LINES = 60;
/** A subject is a long sentence at most (one thông tư's runs to 600 characters); an article is longer. */
const SUBJECT_MAX_CHARS = 1000;

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const isSeparator = (line: string) => /^[\s\-_=.*–—~]+$/.test(line);

/** The element holding the motto's first line, or null when the page has no document header. */
export function findMotto(root: Element): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let tries = 0;
  for (let node = walker.nextNode(); node && tries < MAX_MOTTO_TRIES; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!MOTTO_HINT.test(value.normalize('NFC'))) continue;
    tries++;
    const block = node.parentElement?.closest(BLOCK);
    if (!block) continue;
    const text = collapse(block.textContent ?? '');
    if (text.length <= MOTTO_MAX_CHARS && MOTTO.test(foldForSearch(text))) return block;
  }
  return null;
}

function documentRoot(motto: Element): Element {
  let el = motto;
  while (el.parentElement && (el.textContent ?? '').length < DOCUMENT_MIN_CHARS) el = el.parentElement;
  return el;
}

function linesOf(el: Element, max = HEADER_LINES): string[] {
  return elementText(el, max)
    .split(/[\n\t]+/)
    .map(collapse)
    .filter((l) => l && !isSeparator(l));
}

const NUMBER_LINE = /^(.{0,30}?)\bsố\s*:?\s*(\d[\p{L}\p{N}.]*(?:\s*[/-]\s*[\p{L}\p{N}.]+)+)/iu;
const PLACE_DATE = /^[^,\d]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
/** Place words that continue the line above in an issuer block ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NINH"). */
const PLACE_START = /^(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\b/;
/** A line that opens the document's body or its enacting formula: the subject ends before it. */
const BODY_START = /^(?:can cu|kinh gui|dieu \d|chuong [ivxlc\d]|phan [ivxlc\d]|theo de nghi|xet de nghi|\d+\.|[a-z]\))/;
const OFFICE_START = /^(?:chu tich|bo truong|thu tuong|giam doc|cuc truong|tong cuc truong|chanh an|vien truong|truong ban|thong doc|tong kiem toan)\b/;

/** The issuing body from the top-left block's lines (capitals only: the number and "V/v" lines are not). */
function issuerOf(lines: string[]): string | null {
  const names = lines.filter((l) => isCapitals(l) && l.length <= 80 && !NUMBER_LINE.test(l));
  if (!names.length) return null;
  let issuer = names[names.length - 1]!;
  if (names.length > 1 && PLACE_START.test(foldForSearch(issuer))) issuer = `${names[names.length - 2]} ${issuer}`;
  return readingCase(issuer);
}

/** The cells left of the motto's cell in its table row (the issuer's column), if the header is a table. */
function issuerCellLines(motto: Element): string[] | null {
  const cell = motto.closest('td, th');
  if (!cell) return null;
  const lines: string[] = [];
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) lines.unshift(...linesOf(c, 12));
  return lines.length ? lines : null;
}

/** The subject as the name's tail: "V/v" said in words, a subject printed in capitals in sentence case. */
function subjectForName(subject: string, type: string): string {
  // After the type the subject reads on in the sentence: "Quyết định phê duyệt …" (an acronym keeps its capitals).
  const printed = /^\p{Lu}\p{Ll}/u.test(subject) ? subject[0]!.toLocaleLowerCase('vi') + subject.slice(1) : subject;
  const tail = (isCapitals(subject) ? sentenceCase(subject) : printed).replace(/^v\/v\b/i, 'về việc');
  // A code's or law's own name: "BỘ LUẬT / HÌNH SỰ" → "Bộ luật Hình sự".
  if (/^(?:Luật|Bộ luật|Pháp lệnh)$/.test(type) && tail.split(' ').length <= 6) return tail[0]!.toLocaleUpperCase('vi') + tail.slice(1);
  return tail;
}

/** Reads the header of the legal document on the page, or null when there is none. */
export function readDocumentHeader(root: Element): DocumentHeader | null {
  const motto = findMotto(root);
  if (!motto) return null;
  const lines = linesOf(documentRoot(motto));
  const mottoText = foldForSearch(collapse(motto.textContent ?? '')).slice(0, 20);
  const m = lines.findIndex((l) => foldForSearch(l).startsWith(mottoText));
  if (m < 0) return null;
    let number: string | null = null;
  let prefixType: string | null = null;
  let signed: string | null = null;
  let letterSubject: string | null = null;
  let last = m;
  const from = Math.max(0, m - 8);
  for (let at = from; at < Math.min(lines.length, m + 12); at++) {
    const line = lines[at]!;
    // The type heading closes the header: a "V/v" below it is the subject of a decision, not of a letter.
    if (at > m && documentTypeOf(line)) break;
    const n = NUMBER_LINE.exec(line);
    if (n && !number) {
      number = n[2]!.replace(/\s+/g, '');
      prefixType = typeBeforeNumber(n[1]!);
      last = Math.max(last, at);
    }
    const d = PLACE_DATE.exec(line);
    if (d && !signed) {
      signed = isoDate(+d[1]!, +d[2]!, +d[3]!);
      last = Math.max(last, at);
    }
    if (/^v\/v\b/i.test(line) && !letterSubject) {
      letterSubject = line;
      last = Math.max(last, at);
    }
  }
  const issuer = issuerOf(issuerCellLines(motto) ?? lines.slice(Math.max(0, m - 4), m));
  // The enacting authority's line under the subject ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "CHÍNH PHỦ") ends it.
  const issuerFolded = issuer ? foldForSearch(issuer) : null;
  // The type heading and the subject under it.
  let type: string | null = null;
  const subject: string[] = [];
  for (let i = last + 1; i < lines.length && i <= last + 10; i++) {
    const line = lines[i]!;
    const folded = foldForSearch(line);
    if (!type) {
      type = documentTypeOf(line);
      continue;
    }
    if (BODY_START.test(folded) || OFFICE_START.test(folded) || line.length > SUBJECT_MAX_CHARS || subject.length >= 4) break;
    if (subject.length && issuerFolded && isCapitals(line) && folded.endsWith(issuerFolded)) break;
    subject.push(line);
  }
  const finalType = type ?? prefixType ?? (letterSubject ? 'Công văn' : number ? typeFromNumber(number) : null);
  if (!finalType && !number) return null;
  const subjectText = subject.length ? subject.join(' ') : letterSubject;
  const name = finalType && subjectText ? `${finalType} ${subjectForName(subjectText, finalType)}` : null;
  return {
    card: { type: finalType, number, issuer, signed, inForce: null, status: null },
    name,
    subject: subjectText,
  };
}
