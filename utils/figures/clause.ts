// Where a figure sits in its sentence, for the key-figure chips: the clause a reader needs to understand the
// number (the chip's tooltip), and a short label naming what the number measures ("vốn ngân sách trung ương"
// for "trong đó vốn ngân sách trung ương 28,4 tỷ đồng"). Vietnamese puts the measured noun phrase before an
// amount ("tổng thu ngân sách … đạt 512,7 tỷ đồng") and the counted or measured thing after a count or a
// measure ("188 tổ tuyên vận", "219,2m3 rác thải"), so the label is read from one side or the other by kind.
// All scans are bounded windows around the figure: this runs for a handful of chips, never over the text.
import type { Figure } from '../model/figure';
import { isStopword } from '../text/stopwords';

export interface Span {
  start: number;
  end: number;
}

/** How far a clause may reach on either side of its figure. */
const CLAUSE_WINDOW = 240;
/** Longer clauses are narrowed to the comma-separated parts around the figure. */
const CLAUSE_MAX = 200;

const isSentenceEnd = (text: string, i: number): boolean => {
  const c = text[i];
  if (c === '\n' || c === ';') return true;
  // ". " / "! " / "? " end a sentence; "2.132", "TP.HCM" do not (no space after).
  return (c === '.' || c === '!' || c === '?' || c === '…') && /\s/.test(text[i + 1] ?? ' ');
};

const isPartEnd = (text: string, i: number): boolean =>
  isSentenceEnd(text, i) || ',:()“”"'.includes(text[i]!) ||
  // A dash between spaces separates parts ("… 512,7 tỷ đồng – tăng 8%"); a glued one joins ("20-30").
  ('-–—'.includes(text[i]!) && text[i - 1] === ' ' && text[i + 1] === ' ');

function bounds(text: string, start: number, end: number, isEnd: (text: string, i: number) => boolean): Span {
  let a = start;
  const aMin = Math.max(0, start - CLAUSE_WINDOW);
  while (a > aMin && !isEnd(text, a - 1)) a--;
  let b = end;
  const bMax = Math.min(text.length, end + CLAUSE_WINDOW);
  while (b < bMax && !isEnd(text, b)) b++;
  return trim(text, { start: a, end: b });
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The comma-separated part of the sentence that holds [start, end). */
export function partAround(text: string, start: number, end: number): Span {
  return bounds(text, start, end, isPartEnd);
}

/** The sentence (up to ";" or a line break) that holds [start, end), narrowed to its parts when long. */
export function clauseAround(text: string, start: number, end: number): Span {
  const sentence = bounds(text, start, end, isSentenceEnd);
  // The sentence keeps its full stop.
  if (sentence.end < text.length && '.!?…'.includes(text[sentence.end]!)) sentence.end++;
  if (sentence.end - sentence.start <= CLAUSE_MAX) return sentence;
  // Widen the figure's own part by whole neighbouring parts while the clause stays short.
  let span = partAround(text, start, end);
  for (;;) {
    const before = span.start > sentence.start ? partAround(text, Math.max(sentence.start, span.start - 2), span.start - 1) : null;
    const after = span.end < sentence.end ? partAround(text, span.end + 1, Math.min(sentence.end, span.end + 2)) : null;
    // The part after first (what the figure is of), then the one before; both when they fit.
    const withAfter = after && after.end <= sentence.end && after.end - span.start <= CLAUSE_MAX ? { start: span.start, end: after.end } : null;
    const base = withAfter ?? span;
    const withBefore = before && before.start >= sentence.start && base.end - before.start <= CLAUSE_MAX ? { start: before.start, end: base.end } : null;
    const wider = withBefore ?? withAfter;
    if (!wider || (wider.start === span.start && wider.end === span.end)) return span;
    span = wider;
  }
}

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\S+/gu;
const HAS_DIGIT = /\d/;
const IS_WORD = /^[\p{L}\p{M}-]+$/u;

interface Word {
  text: string;
  lower: string;
}

function wordsOf(s: string): Word[] {
  return (s.match(WORD) ?? []).map((w) => ({ text: w, lower: w.normalize('NFC').toLowerCase() }));
}

// Verbs and particles that link a noun phrase to its amount ("tổng thu … đạt 512,7 tỷ", "tỷ lệ hộ nghèo còn
// 9,75%", "mức phạt từ 20 đến 30 triệu"): they end the phrase, they do not name anything.
const LINKS = new Set([
  'đạt', 'là', 'còn', 'có', 'chiếm', 'tăng', 'giảm', 'bằng', 'được', 'lên', 'xuống', 'với', 'gồm', 'từ', 'đến',
  'tới', 'vào', 'hết', 'đã', 'đang', 'sẽ', 'thêm', 'gần', 'hơn', 'trên', 'dưới', 'khoảng', 'ước', 'ước tính',
  'hiện có', 'hiện nay', 'chỉ', 'lại', 'cũng', 'vẫn', 'khi', 'thì', 'mà', 'và', 'hay', 'hoặc', 'nhưng',
  'của', 'cho', 'ở', 'tại', 'trong', 'khi', 'lúc', 'ngày', 'tháng', 'năm', 'quý', 'hôm', 'sau', 'trước', 'mức',
  'tổng cộng', 'tất cả', 'cả', 'gấp', 'như', 'so', 'so với', 'thu về', 'đạt được', 'lên tới', 'lên đến', 'ở mức',
  'vượt', 'tương đương', 'tương ứng', 'trị giá', 'khoảng chừng', 'kể từ', 'có thể', 'dự kiến', 'ước đạt', 'quy định',
  'bị', 'bị phạt', 'lên mức', 'ở mức', 'dao động', 'dao động từ', 'dao động quanh', 'chừng', 'xấp xỉ', 'bình quân', 'trung bình',
]);
// "hiện có" before "có": the longer link goes first.
const LINKS_LONGEST_FIRST = [...LINKS].sort((a, b) => b.split(' ').length - a.split(' ').length);
// Openers that say how the sentence connects, not what is measured ("Trong đó, vốn …", "Cụ thể, …").
const OPENERS = ['trong đó', 'cụ thể', 'theo đó', 'riêng', 'đồng thời', 'ngoài ra', 'bên cạnh đó', 'qua đó', 'tính đến nay',
  'tính chung', 'tính đến', 'đến nay', 'hiện nay', 'hiện', 'năm nay', 'nhờ đó', 'do đó', 'vì vậy', 'và', 'với', 'nhưng',
  'đã', 'còn', 'có thể', 'có', 'với', 'gồm', 'trong năm', 'trong', 'sau', 'từ', 'đặc biệt', 'nhất là', 'kết quả', 'theo'];
// A noun phrase ends before where and whose: "tổng thu ngân sách trên địa bàn huyện" names "tổng thu ngân sách".
const PLACE_WORDS = ['trên địa bàn', 'tại', 'ở', 'của', 'thuộc', 'trong'];
// After the amount, the thing counted or measured ends at a function word ("100 km đường giao thông nông thôn
// để …", "219,2m3 rác thải").
const AFTER_STOPS = new Set([
  'và', 'của', 'với', 'cho', 'để', 'tại', 'trong', 'trên', 'ở', 'từ', 'đến', 'tới', 'được', 'đã', 'là', 'so',
  'bằng', 'theo', 'nhằm', 'do', 'thì', 'mà', 'nên', 'khi', 'với', 'tăng', 'giảm', 'đạt', 'chiếm', 'vào', 'ra',
  'có', 'này', 'đó', 'các', 'những', 'mỗi', 'trong', 'gồm', 'như', 'còn', 'thuộc', 'về', 'hoặc', 'hay', 'sau',
  'trước', 'năm', 'ngày', 'tháng', 'một', 'hai', 'ba', 'bốn', 'năm', 'trên', 'dưới', 'hơn', 'lên', 'xuống', 'bị',
]);
// Particles that never end a label ("xúc phạm cá nhân bị …", "có thể …").
const TRAILING = new Set(['bị', 'được', 'thể', 'kể', 'là', 'có', 'sẽ', 'đã', 'đang', 'cũng', 'vẫn', 'còn', 'một', 'các',
  'những', 'mỗi', 'này', 'đó', 'và', 'với', 'của', 'cho', 'để', 'như', 'bằng', 'theo', 'từ', 'đến', 'tới', 'lên', 'xuống']);
// Labels say what is measured; these alone say nothing.
const EMPTY_LABELS = new Set(['tổng', 'số', 'con số', 'mức', 'tỷ lệ', 'tổng số', 'khoảng', 'tỉ lệ', 'giá trị', 'số lượng', 'kết quả']);

// Syllables and characters: a head phrase ("vốn ngân sách trung ương", "tổng số tiền đóng góp") fits, a whole
// clause does not. (Words are one or two syllables; without a lexicon a longer cut would often split one.)
const MAX_LABEL_WORDS = 5;
// Nouns that open a named subject: "huyện Bảo Thắng", "xã Phú Nhuận", "Công ty Hòa Phát", "ông Nguyễn Văn A".
const SUBJECT_NOUNS = new Set(['huyện', 'xã', 'tỉnh', 'thành phố', 'thị xã', 'thị trấn', 'phường', 'quận', 'công ty', 'tập đoàn', 'ông', 'bà', 'anh', 'chị', 'sở', 'bộ', 'ubnd', 'hđnd']);
const isCapital = (w: Word): boolean => w.text[0] !== w.lower[0];
const MAX_LABEL_CHARS = 32;
const TIME_ADVERBS = new Set(['ngay', 'đầu', 'cuối', 'giữa', 'hằng', 'hàng', 'mỗi', 'cùng', 'dịp', 'nhân', 'sáng', 'chiều', 'tối']);

// Phrases are split once: labels are read for a few dozen chips per article, each trying every link.
const PARTS = new Map<string, string[]>();
const partsOf = (phrase: string): string[] => {
  let parts = PARTS.get(phrase);
  if (!parts) PARTS.set(phrase, (parts = phrase.split(' ')));
  return parts;
};

/** Does `words` start with `phrase` (lower-case, space-separated) at k? */
function startsWith(words: Word[], k: number, phrase: string): number {
  const parts = partsOf(phrase);
  for (let p = 0; p < parts.length; p++) if (words[k + p]?.lower !== parts[p]) return 0;
  return parts.length;
}

function endsWith(words: Word[], phrase: string): number {
  const parts = partsOf(phrase);
  const k = words.length - parts.length;
  return k >= 0 && startsWith(words, k, phrase) ? parts.length : 0;
}

/** A label from the words before the amount: the noun phrase, without links, openers and places. */
function labelBefore(words: Word[], allowName = false): Word[] {
  // Only what follows the last number or symbol: "Năm 2023 tổng thu" → "tổng thu".
  let from = 0;
  words.forEach((w, k) => {
    if (HAS_DIGIT.test(w.text) || !IS_WORD.test(w.text)) from = k + 1;
  });
  let ws = words.slice(from);
  for (let changed = true; changed && ws.length; ) {
    changed = false;
    for (const link of LINKS_LONGEST_FIRST) {
      const n = endsWith(ws, link);
      if (n && n < ws.length + 1) {
        ws = ws.slice(0, ws.length - n);
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed && ws.length; ) {
    changed = false;
    for (const opener of OPENERS) {
      const n = startsWith(ws, 0, opener);
      if (n) {
        ws = ws.slice(n);
        changed = true;
        break;
      }
    }
  }
  // A subject and a verb before the measured phrase ("huyện đã giải ngân …", "hoàn thành kế hoạch với tổng vốn
  // …"): keep what follows the last link word inside the phrase, unless it opens a place ("trên địa bàn").
  cut: for (let k = ws.length - 2; k >= 0; k--) {
    if (PLACE_WORDS.some((p) => startsWith(ws, k, p) > 0)) continue;
    for (const link of LINKS_LONGEST_FIRST) {
      if (partsOf(link)[0] !== ws[k]!.lower) continue;
      const n = startsWith(ws, k, link);
      if (n && k + n < ws.length) {
        ws = ws.slice(k + n);
        break cut;
      }
    }
  }
  for (let k = 1; k < ws.length; k++) {
    if (PLACE_WORDS.some((p) => startsWith(ws, k, p))) {
      ws = ws.slice(0, k);
      break;
    }
  }
  // A named subject before a verb ("huyện Bảo Thắng giải ngân …") says who, not what: keep the verb phrase.
  if (ws.length > 2 && SUBJECT_NOUNS.has(ws[0]!.lower) && isCapital(ws[1]!)) {
    let k = 1;
    while (k < ws.length && isCapital(ws[k]!)) k++;
    if (k < ws.length) ws = ws.slice(k);
  }
  // A proper name alone is who, not what, before a count ("Huyện Bảo Thắng hiện có 14 ban"); before a change or
  // a sum it is what the number is about ("Qatar tăng hơn 45%").
  if (!allowName && ws.every((w) => w.text[0] !== w.lower[0])) return [];
  // Vietnamese puts the head first: "tổng số tiền đóng góp xây dựng nông thôn mới" is "tổng số tiền đóng góp…".
  return ws.slice(0, MAX_LABEL_WORDS);
}

/** A label from the words after the amount: the counted or measured thing, up to a function word. */
function labelAfter(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (!IS_WORD.test(w.text) || AFTER_STOPS.has(w.lower) || out.length >= MAX_LABEL_WORDS) break;
    // A capital after the first word starts a name ("tổ tuyên vận Hội Nông dân"): the label stops there.
    if (out.length > 0 && w.text[0] !== w.lower[0]) break;
    out.push(w);
  }
  return out;
}

function join(all: Word[]): string {
  const ws: Word[] = [];
  let chars = -1;
  for (const w of all) {
    chars += w.text.length + 1;
    if (chars > MAX_LABEL_CHARS && ws.length) break;
    ws.push(w);
  }
  while (ws.length && TRAILING.has(ws[ws.length - 1]!.lower)) ws.pop();
  if (ws.length === 0) return '';
  const text = ws.map((w) => w.text).join(' ');
  // Sentence-initial capital ("Tổng thu ngân sách"), not a name ("Nghị quyết", "Hội Nông dân"): lower-case it.
  const second = ws[1];
  const name = ws.length === 1 || ws[0]!.text === ws[0]!.text.toUpperCase() || (second && second.text[0] !== second.lower[0]);
  return name ? text : ws[0]!.lower + text.slice(ws[0]!.text.length);
}

/** Names something: not a filler phrase, and at least one syllable that is not a function word. */
function meaningful(ws: Word[]): boolean {
  return ws.length > 0 && !EMPTY_LABELS.has(ws.map((w) => w.lower).join(' ')) && ws.some((w) => !isStopword(w.lower) && !TRAILING.has(w.lower));
}

/**
 * A short label naming what the figure (the span [start, end) of `text`) measures, from its own part of the
 * sentence, or '' when the part does not name it. `unit` is the counted noun of a count or ratio, which the
 * words after it qualify ("188 tổ tuyên vận thôn" → "tổ tuyên vận thôn").
 */
export function labelFor(text: string, f: Pick<Figure, 'kind' | 'unit'>, start: number, end: number, counted: boolean): string {
  const part = partAround(text, start, end);
  const before = wordsOf(text.slice(part.start, start));
  const after = wordsOf(text.slice(end, part.end));
  if (f.kind === 'document') {
    // "Nghị quyết số 17-NQ/HU, ngày 13/12/2023 của Ban Chấp hành … về phương hướng nhiệm vụ": the subject after
    // "về", read across the commas of the sentence.
    const sentence = clauseAround(text, start, end);
    const rest = wordsOf(text.slice(end, Math.min(sentence.end, end + 160)));
    // "… về phương hướng nhiệm vụ", "… quy định xử phạt vi phạm hành chính", "… hướng dẫn thi hành …".
    const about = rest.findIndex((w, k) => w.lower === 'về' || startsWith(rest, k, 'quy định') > 0 || startsWith(rest, k, 'hướng dẫn') > 0);
    if (about >= 0) {
      const skip = rest[about]!.lower === 'về' ? 1 : 2;
      const subject = labelAfter(rest.slice(about + skip));
      if (meaningful(subject)) return join(subject);
    }
    const lead = labelBefore(before);
    return meaningful(lead) ? join(lead) : '';
  }
  if (f.kind === 'date') {
    // A date is labelled by what happens then only when the words before say it ("có hiệu lực từ", "hạn
    // chót"); "Ngay từ đầu năm 2023" names no event.
    const lead = labelBefore(before);
    return meaningful(lead) && !TIME_ADVERBS.has(lead[0]!.lower) ? join(lead) : '';
  }
  const first = f.kind === 'quantity' || f.kind === 'ratio' ? 'after' : 'before';
  let fromBefore = labelBefore(before, f.kind === 'money' || f.kind === 'percent');
  // A percentage is a rate already: "tỷ lệ hộ nghèo còn 9,75%" measures "hộ nghèo".
  if (f.kind === 'percent' && fromBefore.length > 2 && /^t[ỷỉ] lệ$/u.test(`${fromBefore[0]!.lower} ${fromBefore[1]!.lower}`)) fromBefore = fromBefore.slice(2);
  const fromAfter = labelAfter(after);
  const afterLabel = counted && f.unit && fromAfter.length ? [{ text: f.unit, lower: f.unit }, ...fromAfter.slice(0, MAX_LABEL_WORDS - 1)] : fromAfter;
  const order = first === 'after' ? [afterLabel, fromBefore] : [fromBefore, afterLabel];
  for (const ws of order) if (meaningful(ws)) return join(ws.slice(0, MAX_LABEL_WORDS));
  return '';
}
