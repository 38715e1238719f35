// Which sentences a summary may pick, and in what pieces. Filters say what they remove and why; captions and
// table rows are known from the extractor's DOM (image captions, cells joined by tabs in article.text)
// rather than guessed from wording.
import type { SentenceSpan } from '../text/sentences';
import { syllablesOf } from './features';

export interface CandidateContext {
  text: string;
  /** Captions of the article's images (figcaption or the CMS's caption element), as the extractor found them. */
  captions?: readonly string[];
}

export type SkipReason = 'short' | 'caption' | 'table-row' | 'source-line' | 'heading';

const MIN_WORDS = 7;
const HEADING_MAX_WORDS = 20;
// Photo captions and credits: "Ảnh: …", "(Ảnh: Reuters)", "… - Ảnh: H.Y.T.", the portal's "anh tin bai".
// (Matched on the lower-cased sentence: V8's case-insensitive Unicode matching is slow.)
const CAPTION = /^\(?\s*(ảnh|nguồn|video|clip)\s*:|[-–(]\s*ảnh\s*:|^anh tin bai$/u;
// Source and credit lines: "Theo Hồ Hương", "Theo Cổng Thông tin điện tử Chính phủ", "Nguồn Sở Y tế". Only
// short ones without a comma: "Theo đó, …", "Theo báo cáo, …" open ordinary sentences, often the key fact.
const SOURCE = /^(theo|nguồn)\s/u;
const SOURCE_MAX_WORDS = 10;
// "Hà Thu, Minh Anh (tổng hợp)", "Minh Anh (theo VnExpress)".
const COMPILED_BY = /\((tổng hợp|theo [^()]*)\)$/u; // [^()]: "(theo (theo (theo …" is not rescanned from every "("

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The line (paragraph line) a span sits on. */
function lineOf(text: string, s: SentenceSpan): string {
  const a = text.lastIndexOf('\n', s.start - 1) + 1;
  const b = text.indexOf('\n', s.end);
  return text.slice(a, b < 0 ? text.length : b);
}

export function skipReason(s: SentenceSpan, ctx: CandidateContext, captions: readonly string[]): SkipReason | null {
  const words = s.text.split(/\s+/).length;
  if (words < MIN_WORDS) return 'short';
  if (lineOf(ctx.text, s).includes('\t')) return 'table-row';
  const lower = s.text.toLowerCase();
  if (CAPTION.test(lower)) return 'caption';
  if (captions.length) {
    const t = squash(s.text);
    if (captions.some((c) => c.includes(t))) return 'caption';
  }
  if (words <= SOURCE_MAX_WORDS && SOURCE.test(lower) && !s.text.includes(',')) return 'source-line';
  if (words <= 15 && COMPILED_BY.test(lower)) return 'source-line';
  // A line without closing punctuation is a heading, a caption or a byline, unless it is long prose
  // ("3 hình thức khai thác, sử dụng thông tin về nhà ở và thị trường bất động sản" is a heading of 16 words).
  if (!/[.!?…:;"”)]$/.test(s.text) && words < HEADING_MAX_WORDS) return 'heading';
  return null;
}

const LONG = 45;
const PART_MIN = 10;

/**
 * An over-long sentence split at ";" when every part stands on its own (at least PART_MIN syllables, and the
 * sentence is not a list introduced by a colon, whose items need their lead-in). The ";" stays out of the parts.
 */
export function splitAtSemicolons(s: SentenceSpan): SentenceSpan[] {
  if (!s.text.includes(';') || syllablesOf(s.text).length <= LONG) return [s];
  const firstSemi = s.text.indexOf(';');
  if (s.text.lastIndexOf(':', firstSemi) >= 0) return [s];
  const parts: SentenceSpan[] = [];
  let from = 0;
  const add = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(s.text[a]!)) a++;
    while (b > a && /[\s;]/.test(s.text[b - 1]!)) b--;
    if (b > a) parts.push({ text: s.text.slice(a, b), start: s.start + a, end: s.start + b });
  };
  for (let i = s.text.indexOf(';'); i >= 0; i = s.text.indexOf(';', i + 1)) {
    add(i);
    from = i + 1;
  }
  add(s.text.length);
  return parts.every((p) => syllablesOf(p.text).length >= PART_MIN) ? parts : [s];
}

/** The sentences the summary may use, in article order. */
export function summaryCandidates(spans: readonly SentenceSpan[], ctx: CandidateContext): SentenceSpan[] {
  const captions = (ctx.captions ?? []).map(squash).filter((c) => c.length >= 20);
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    if (skipReason(span, ctx, captions)) continue;
    for (const part of splitAtSemicolons(span)) out.push(part);
  }
  return out;
}
