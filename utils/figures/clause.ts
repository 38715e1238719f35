// Where a figure sits in its sentence, for the key-figure chips: the clause a reader needs to understand the
// number (the chip's tooltip), and a short label naming what the number measures ("vốn ngân sách trung ương"
// for "trong đó vốn ngân sách trung ương 28,4 tỷ đồng"). Vietnamese puts the measured noun phrase before an
// amount ("tổng thu ngân sách … đạt 512,7 tỷ đồng") and the counted or measured thing after a count or a
// measure ("188 tổ tuyên vận", "219,2m3 rác thải"), so the label is read from one side or the other by kind.
// All scans are bounded windows around the figure: this runs for a handful of chips, never over the text.
import type { Figure } from '../model/figure';
import { isStopword } from '../text/stopwords';
import { cutAtWord, endsWith, lastWord, partsOf, startsWith, startsWord, toWordEnd, wordsOf, type Word } from './label-words';

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
  isSentenceEnd(text, i) ||
  // A comma between digits is a decimal mark ("1,8 triệu"), not the end of a part.
  (',:()“”"'.includes(text[i]!) && !(text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) ||
  // A dash between spaces separates parts ("… 512,7 tỷ đồng – tăng 8%"); a glued one joins ("20-30"), and so
  // does one between two numbers ("từ 10 - 20 bông": a range).
  ('-–—'.includes(text[i]!) && text[i - 1] === ' ' && text[i + 1] === ' ' && !(/\d/.test(text[i - 2] ?? '') && /\d/.test(text[i + 2] ?? '')));

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

const HAS_DIGIT = /\d/;
// Words and letter-led names and codes ("VN30", "TP.HCM"), not numbers or signs.
const IS_WORD = /^[\p{L}\p{M}][\p{L}\p{M}\d.-]*$/u;

// Verbs and particles that link a noun phrase to its amount ("tổng thu … đạt 512,7 tỷ", "tỷ lệ hộ nghèo còn
// 9,75%", "mức phạt từ 20 đến 30 triệu"): they end the phrase, they do not name anything.
const LINKS = new Set([
  'đạt', 'là', 'còn', 'có', 'chiếm', 'tăng', 'giảm', 'bằng', 'được', 'lên', 'xuống', 'với', 'gồm', 'từ', 'đến',
  'tới', 'vào', 'hết', 'đã', 'đang', 'sẽ', 'thêm', 'gần', 'hơn', 'trên', 'dưới', 'khoảng', 'ước', 'ước tính',
  'hiện', 'hiện có', 'hiện nay', 'chỉ', 'lại', 'cũng', 'vẫn', 'khi', 'thì', 'mà', 'và', 'hay', 'hoặc', 'nhưng',
  'của', 'cho', 'ở', 'tại', 'trong', 'khi', 'lúc', 'ngày', 'tháng', 'năm', 'quý', 'hôm', 'sau', 'trước', 'xuống mức', 'quanh',
  'tổng cộng', 'tất cả', 'cả', 'gấp', 'như', 'so', 'so với', 'thu về', 'đạt được', 'lên tới', 'lên đến', 'ở mức',
  'vượt', 'về', 'tăng cao', 'tăng mạnh', 'giảm mạnh', 'tương đương', 'tương ứng', 'trị giá', 'khoảng chừng', 'kể từ', 'có thể', 'dự kiến', 'ước đạt', 'quy định',
  // Comparisons and limits say how the amount relates to what is named, they name nothing ("vốn hóa lớn hơn 165
  // triệu USD", "tổng mức trừ không vượt quá 500 triệu đồng", "mức hỗ trợ tối đa 50 triệu đồng").
  'lớn hơn', 'nhỏ hơn', 'cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn', 'vượt quá', 'không quá', 'không vượt quá', 'không dưới',
  'không thấp hơn', 'không cao hơn', 'không ít hơn', 'tối thiểu', 'tối đa', 'ít nhất',
  'bị', 'nay', 'đối với', 'đáng kể', 'mạnh', 'nhẹ', 'rõ rệt', 'khiến', 'khiến cho', 'liên tiếp', 'liên tục', 'tùy', 'tuỳ', 'tùy theo', 'tuỳ theo', 'lên mức', 'ở mức', 'dao động', 'dao động từ', 'dao động quanh', 'chừng', 'xấp xỉ', 'bình quân', 'trung bình',
]);
// "hiện có" before "có": the longer link goes first.
const LINKS_LONGEST_FIRST = [...LINKS].sort((a, b) => b.split(' ').length - a.split(' ').length);
// Openers that say how the sentence connects, not what is measured ("Trong đó, vốn …", "Cụ thể, …").
const OPENERS = ['trong đó', 'cụ thể', 'theo đó', 'riêng', 'đồng thời', 'ngoài ra', 'bên cạnh đó', 'qua đó', 'tính đến nay',
  'đối với', 'tùy', 'tuỳ', 'tùy theo', 'tuỳ theo', 'một', 'các', 'những', 'nếu', 'thì', 'trước đây', 'năm ngoái', 'bình thường', 'tính chung', 'tính đến', 'đến nay', 'hiện nay', 'hiện', 'năm nay', 'nhờ đó', 'do đó', 'vì vậy', 'và', 'với', 'nhưng',
  'đã', 'còn', 'có thể', 'có', 'với', 'gồm', 'trong năm', 'trong', 'sau', 'từ', 'đặc biệt', 'nhất là', 'kết quả', 'theo',
  // A condition opens the case, the phrase after it is what is measured ("Trường hợp doanh thu trên 500 triệu đồng").
  'trường hợp', 'nếu có',
  // A plan's target opens with the striving, then names what is to reach it ("phấn đấu thu nhập bình quân đầu người đạt …").
  'phấn đấu'];
// A noun phrase ends before where and whose: "tổng thu ngân sách trên địa bàn huyện" names "tổng thu ngân sách".
// "cho" opens whom it is for ("đăng ký cư trú cho người chưa thành niên") and "vào" where into ("bổ nhiệm vào
// vị trí này"), which qualify the phrase. "đối với" is a link: what follows it is what is measured ("xác định
// thuế đối với khối lượng khoảng 50.630 tấn", "đối với tổ chức là 150.000.000 đồng").
const PLACE_WORDS = ['trên địa bàn', 'tại', 'ở', 'của', 'thuộc', 'trong', 'từ', 'cho', 'vào'];
// After the amount, the thing counted or measured ends at a function word ("100 km đường giao thông nông thôn
// để …", "219,2m3 rác thải").
const AFTER_STOPS = new Set([
  'và', 'của', 'với', 'cho', 'để', 'tại', 'trong', 'trên', 'ở', 'từ', 'đến', 'tới', 'được', 'đã', 'là', 'so',
  'bằng', 'theo', 'nhằm', 'do', 'thì', 'mà', 'nên', 'khi', 'với', 'tăng', 'giảm', 'đạt', 'chiếm', 'vào', 'ra',
  'có', 'này', 'đó', 'các', 'những', 'mỗi', 'trong', 'gồm', 'như', 'còn', 'thuộc', 'về', 'hoặc', 'hay', 'sau',
  'trước', 'năm', 'ngày', 'tháng', 'một', 'hai', 'ba', 'bốn', 'năm', 'trên', 'dưới', 'hơn', 'lên', 'xuống',
  // "tùy từng loại", "khá phổ biến", "rất cao": a condition or a degree starts what is said of it, not its name.
  'tùy', 'tuỳ', 'khá', 'rất', 'quá', 'hết', 'nếu', 'sang',
]);
// Words of two syllables that end the thing counted as the syllables above do ("10 - 20 bông dao động từ …").
const AFTER_STOP_WORDS = ['đối với', 'dao động', 'tương đương', 'tương ứng', 'trở lên', 'trở xuống', 'liên tiếp', 'liên tục'];
// Particles that never end a label ("xúc phạm cá nhân bị …", "có thể …").
const TRAILING = new Set(['có thể', 'kể từ', 'số', 'bị', 'được', 'thể', 'kể', 'là', 'có', 'sẽ', 'đã', 'đang', 'cũng', 'vẫn', 'còn', 'một', 'các',
  'những', 'mỗi', 'này', 'đó', 'và', 'với', 'của', 'cho', 'để', 'như', 'bằng', 'theo', 'từ', 'đến', 'tới', 'lên', 'xuống']);
// Labels say what is measured; these alone say nothing.
const EMPTY_LABELS = new Set(['tổng', 'số', 'con số', 'mức', 'tỷ lệ', 'tổng số', 'khoảng', 'tỉ lệ', 'giá trị', 'số lượng', 'kết quả', 'số tiền', 'loại', 'có loại']);

// Syllables and characters: a head phrase ("vốn ngân sách trung ương", "hộ dân sử dụng nước hợp vệ sinh") fits,
// a whole clause does not. The phrase is read up to a link or function word, so it ends where a word ends; it
// is cut to these limits only when longer, and a cut that would split a word is avoided where the phrase has
// a function word to end at (see join).
const MAX_LABEL_WORDS = 10;
// Nouns that open a named subject: "huyện Bảo Thắng", "xã Phú Nhuận", "Công ty Hòa Phát", "ông Nguyễn Văn A".
const SUBJECT_NOUNS = new Set(['huyện', 'xã', 'tỉnh', 'thành phố', 'thị xã', 'thị trấn', 'phường', 'quận', 'công ty', 'tập đoàn', 'ông', 'bà', 'anh', 'chị', 'sở', 'bộ', 'ubnd', 'hđnd']);
const isCapital = (w: Word): boolean => w.text[0] !== w.lower[0];
// The scale and currency words of an amount, which belong to the number before them.
const AMOUNT_WORDS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'đồng', 'usd', 'vnđ', 'đ', 'euro', '%']);
const MAX_LABEL_CHARS = 44;
// Adjectives that "hơn" compares ("lớn hơn", "đắt hơn").
const COMPARED = new Set(['lớn', 'nhỏ', 'cao', 'thấp', 'nhiều', 'ít', 'đắt', 'rẻ', 'dài', 'ngắn', 'rộng', 'sâu']);
const TIME_ADVERBS = new Set(['ngay', 'đầu', 'cuối', 'giữa', 'hằng', 'hàng', 'mỗi', 'cùng', 'dịp', 'nhân', 'sáng', 'chiều', 'tối']);

/** A label from the words before the amount: the noun phrase, without links, openers and places. */
/** The words without the links at their end ("tổng thu ngân sách đạt" → "tổng thu ngân sách"). */
function stripLinks(ws: Word[]): Word[] {
  for (let changed = true; changed && ws.length; ) {
    changed = false;
    for (const link of LINKS_LONGEST_FIRST) {
      const n = endsWith(ws, link);
      if (n) {
        ws = ws.slice(0, ws.length - n);
        changed = true;
        break;
      }
    }
  }
  return ws;
}

function labelBefore(words: Word[], allowName = false): Word[] {
  // "Giá trị sản xuất trên 1 ha đất canh tác đạt 118,5 triệu đồng/ha": "trên 1 ha …" is the per-unit, which goes
  // with the amount; what is measured is named before it.
  const per = words.findIndex((w, k) => k > 0 && ['trên', 'mỗi', 'cho'].includes(w.lower) && words[k + 1]?.text === '1');
  if (per > 0) words = words.slice(0, per);
  // Only what follows the last number or symbol: "Năm 2023 tổng thu" → "tổng thu"; and not the scale and unit
  // of that number ("bị phạt tới 150 triệu đồng từ ngày 1/3": "triệu đồng" is the fine's, it names no date).
  let from = 0;
  words.forEach((w, k) => {
    // "giá xăng RON 95 giảm": a number right after an upper-case name belongs to the name.
    const modelNumber = /^\d+$/.test(w.text) && k > 0 && /^\p{Lu}{2,}$/u.test(words[k - 1]!.text);
    if (!modelNumber && !IS_WORD.test(w.text)) from = k + 1;
  });
  let number = from - 1;
  if (from > 0) while (from < words.length && AMOUNT_WORDS.has(words[from]!.lower)) from++;
  let ws = words.slice(from);
  // "một bó hoa hồng từ 10 - 20 bông dao động từ 400.000 đồng", "lượng khách đạt 1,2 triệu lượt, tăng 15,3%":
  // when all between the last number and the figure is that number's unit and links, the figure measures what
  // the number measures, named before it.
  if (allowName && number >= 0 && (stripLinks(ws).length === 0 || (ws.length && stripLinks(ws.slice(1)).length === 0 && ws[0]!.end))) {
    while (number > 0 && !IS_WORD.test(words[number - 1]!.text)) number--;
    const earlier = labelBefore(changeStart(words.slice(0, number)), allowName);
    if (meaningful(earlier)) return earlier;
  }
  ws = stripLinks(ws);
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
  // …"): keep what follows the last link word inside the phrase, unless it opens a place ("trên địa bàn") or a
  // place follows it ("lượng mưa đo được tại trạm Bảo Thắng": what follows "được" is where, not what).
  cut: for (let k = ws.length - 2; k >= 0; k--) {
    if (PLACE_WORDS.some((p) => startsWith(ws, k, p) > 0)) continue;
    // "thu nhập bình quân đầu người", "giá bán trung bình": after a noun, an average qualifies it, it links nothing.
    if (k > 0 && (startsWith(ws, k, 'bình quân') || startsWith(ws, k, 'trung bình'))) continue;
    for (const link of LINKS_LONGEST_FIRST) {
      if (partsOf(link)[0] !== ws[k]!.lower) continue;
      const n = startsWith(ws, k, link);
      if (n && k + n < ws.length && !PLACE_WORDS.some((p) => startsWith(ws, k + n, p) > 0)) {
        const owner = stripLinks(ws.slice(0, k));
        // "Lượng khách du lịch đến tỉnh đạt", "Diện tích lúa bị thiệt hại khoảng": a measure noun heads the phrase,
        // and what follows its link qualifies it.
        if (meaningful(owner) && MEASURE_HEADS.some((h) => startsWith(owner, 0, h) > 0)) {
          ws = owner;
          break cut;
        }
        const linkWords = ws.slice(k, k + n);
        ws = ws.slice(k + n);
        // "vàng thế giới đang có giá 164 triệu", "các bó hoa có giá 2 - 4 triệu": what has the one-word measure
        // is named before "có"; the label is the measure of it ("giá vàng thế giới").
        const plainOwner = countWords(owner) <= 4 && meaningful(owner) && !owner.every(isCapital) && owner.every((w) => !LINKS.has(w.lower));
        const oneWord = countWords(ws) === 1;
        if (link === 'có' && plainOwner && oneWord && allowName) ws = [...ws, ...asInner(owner)];
        // "Kinh phí còn thiếu", "mức giá được lựa chọn nhiều nhất": what remains or what is done is said of the
        // phrase before, which the label keeps whole.
        else if (((link === 'còn' && oneWord) || link === 'được') && plainOwner && !SUBJECT_NOUNS.has(owner[0]!.lower)) ws = [...owner, ...linkWords, ...ws];
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
    // A name's words run on to where a word ends: "Bộ Tài chính Mỹ" is a name, "chính" is not its verb.
    while (k < ws.length && (isCapital(ws[k]!) || !ws[k - 1]!.end)) k++;
    if (k < ws.length) ws = ws.slice(k);
  }
  // A proper name alone is who, not what, before a count ("Huyện Bảo Thắng hiện có 14 ban"); before a change or
  // a sum it is what the number is about ("Qatar tăng hơn 45%").
  if (!allowName && ws.every((w) => w.text[0] !== w.lower[0])) return [];
  // Vietnamese puts the head first: "tổng số tiền đóng góp xây dựng nông thôn mới" is "tổng số tiền đóng góp…".
  return cutAtWord(ws, MAX_LABEL_WORDS);
}

const countWords = (ws: readonly Word[]): number => ws.filter((w) => w.end).length;

/** A phrase moved inside a label: its sentence-initial capital ("Mỗi con bò") lower-cased, a name's kept. */
function asInner(ws: Word[]): Word[] {
  const [first, second] = ws;
  if (!first || !isCapital(first) || (second && isCapital(second)) || first.text === first.text.toUpperCase()) return ws;
  return [{ ...first, text: first.lower }, ...ws.slice(1)];
}

const isLinkWord = (w: string): boolean => LINKS.has(w) || w === 'mức' || EMPTY_LABELS.has(w);
// Nouns that name a measure of what follows them: "lượng khách", "số hộ nghèo", "tổng số lao động".
const MEASURE_HEADS = ['lượng', 'số', 'số lượng', 'tổng số', 'sản lượng', 'tổng', 'diện tích', 'quy mô', 'tỷ lệ', 'tỉ lệ'];

/**
 * The words before a change "từ A lên B" without it: "tăng lương cơ sở từ 1,8 triệu đồng lên" → "tăng lương cơ sở",
 * so that B is labelled as A is.
 */
function changeStart(words: Word[]): Word[] {
  const n = words.length;
  if (n < 3 || !['lên', 'xuống', 'đến', 'tới', 'còn'].includes(words[n - 1]!.lower)) return words;
  for (let k = n - 2; k >= 0; k--) if (words[k]!.lower === 'từ' && words.slice(k + 1, n - 1).some((w) => HAS_DIGIT.test(w.text))) return words.slice(0, k);
  return words;
}

/** A label from the words after the amount: the counted or measured thing, up to a function word. */
function labelAfter(words: Word[], afterNoun = false): Word[] {
  const out: Word[] = [];
  for (const [k, w] of words.entries()) {
    const wordStart = startsWord(words, k);
    if (!IS_WORD.test(w.text) || (wordStart && AFTER_STOPS.has(w.lower)) || AFTER_STOP_WORDS.some((p) => startsWith(words, k, p) > 0) || out.length >= MAX_LABEL_WORDS) break;
    // A capital after the first word starts a name ("tổ tuyên vận Hội Nông dân"): the label stops there; after a
    // counted noun, at once ("30 cổ phiếu Việt Nam"), unless it is a ticker or an acronym ("cổ phiếu AAT"). One
    // capitalised word that ends the phrase is a noun written with respect, not a name ("40 năm tuổi Đảng").
    const next = words[k + 1];
    const respectful = out.length > 0 && w.end && (!next || !IS_WORD.test(next.text));
    // A one-syllable name that closes the phrase says where the thing is from ("20 triệu thùng dầu thô Nga
    // trong…", "12.000 tấn cà phê Robusta sang…"): it belongs to the thing, and the phrase ends with it.
    const origin = out.length > 0 && w.end && (!next || !IS_WORD.test(next.text) || AFTER_STOPS.has(next.lower)) && !isCapital(words[k - 1]!);
    if (origin && wordStart && isCapital(w)) {
      out.push(w);
      break;
    }
    if (wordStart && (out.length > 0 || afterNoun) && isCapital(w) && !respectful && !(afterNoun && out.length === 0 && w.text === w.text.toUpperCase())) break;
    out.push(w);
  }
  return cutAtWord(toWordEnd(out), MAX_LABEL_WORDS);
}

/** Drops the whole words at the end that cannot end a label ("có thể", "được"). */
function dropTrailing(ws: Word[], also?: string): Word[] {
  for (;;) {
    const last = lastWord(ws);
    if (!ws.length || !(TRAILING.has(last.text) || last.text === also)) return ws;
    ws = ws.slice(0, ws.length - last.syllables);
  }
}

function join(all: Word[]): string {
  let ws: Word[] = [];
  let chars = -1;
  for (const w of all) {
    chars += w.text.length + 1;
    if (chars > MAX_LABEL_CHARS && ws.length) break;
    ws.push(w);
  }
  // A long label is cut where a word ends, never inside one ("tỷ lệ bao" of "tỷ lệ bao phủ").
  if (ws.length < all.length) ws = toWordEnd(ws);
  ws = dropTrailing(ws);
  if (ws.length === 0) return '';
  const text = ws.map((w) => w.text).join(' ').replace(/ ,/g, ',');
  // Sentence-initial capital ("Tổng thu ngân sách"), not a name ("Nghị quyết", "Hội Nông dân"): lower-case it.
  const second = ws[1];
  const name = ws.length === 1 || ws[0]!.text === ws[0]!.text.toUpperCase() || (second && second.text[0] !== second.lower[0]);
  return name ? text : ws[0]!.lower + text.slice(ws[0]!.text.length);
}

// A document's subject runs on through "và" and names ("lập và hoạt động", "trình tự cấp Giấy phép") and ends
// at the words that start a new part: whose, where, when.
const SUBJECT_STOPS = new Set(['của', 'tại', 'trong', 'trên', 'cho', 'để', 'theo', 'từ', 'đến', 'có', 'đã', 'là', 'do', 'ngày', 'năm', 'nhằm', 'khi']);

function documentSubject(words: Word[]): Word[] {
  let out: Word[] = [];
  for (const [k, w] of words.entries()) {
    // A list of single nouns runs on across its comma: "về cơ chế, chính sách tháo gỡ khó khăn" (a longer
    // first item is a subject of its own: "về tài khoản thanh toán cá nhân, tên tài khoản …").
    const listComma = w.text === ',' && out.length > 0 && out.slice(0, -1).every((x) => !x.end) && IS_WORD.test(words[k + 1]?.text ?? '') && !SUBJECT_STOPS.has(words[k + 1]!.lower);
    if ((!IS_WORD.test(w.text) && !listComma) || (startsWord(words, k) && SUBJECT_STOPS.has(w.lower)) || startsWith(words, k, 'đối với') || out.length >= MAX_LABEL_WORDS) break;
    out.push(w);
  }
  out = cutAtWord(toWordEnd(out), MAX_LABEL_WORDS);
  while (out.length && out[out.length - 1]!.text === ',') out = toWordEnd(out.slice(0, -1));
  return dropTrailing(out, 'và');
}

// Words of two syllables or more that still name nothing (the syllable stop-words hold "tổ", "chức", "thông",
// "tin", yet "tổ chức", "thông tin" are nouns a label may be).
const FILLER_WORDS = new Set(['trong đó', 'cụ thể', 'theo đó', 'ngoài ra', 'tuy nhiên', 'đồng thời', 'bên cạnh', 'như vậy',
  'cho biết', 'hiện nay', 'vừa qua', 'thời gian', 'thực hiện', 'công tác', 'địa bàn', 'có thể', 'kể từ', 'bởi vì']);

/** Names something: not a filler phrase, and at least one word that is not a function word. */
function meaningful(ws: Word[]): boolean {
  if (ws.length === 0 || EMPTY_LABELS.has(ws.map((w) => w.lower).join(' '))) return false;
  for (let k = 0; k < ws.length; ) {
    let e = k;
    while (e < ws.length - 1 && !ws[e]!.end) e++;
    const word = ws.slice(k, e + 1).map((w) => w.lower).join(' ');
    if (e > k ? !FILLER_WORDS.has(word) : !isStopword(word) && !TRAILING.has(word)) return true;
    k = e + 1;
  }
  return false;
}

// A short aside in brackets: an abbreviation ("Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,5%"), a model, an address.
const ASIDE = /\([^()\n]{1,80}\)/gu;

/** How far a label may look: its part, the part before it (each within CLAUSE_WINDOW), a document's subject. */
const LABEL_REACH = 2 * CLAUSE_WINDOW + 40;

/**
 * The text around [start, end) that a label is read from, from `offset` on, with its bracketed asides blanked
 * out (same length, so offsets hold): the label is read around them, and an aside neither ends the phrase nor
 * becomes its label. A window, never a copy of the whole text: labels are read for dozens of chips.
 */
function labelWindow(text: string, start: number, end: number): { text: string; offset: number } {
  const a = Math.max(0, start - LABEL_REACH);
  const b = Math.min(text.length, end + LABEL_REACH);
  const window = text.slice(a, b).replace(ASIDE, (m, at: number) => (a + at < end && a + at + m.length > start ? m : ' '.repeat(m.length)));
  return { text: window, offset: a };
}

/**
 * A short label naming what the figure (the span [start, end) of `text`) measures, from its own part of the
 * sentence, or '' when the part does not name it. `unit` is the counted noun of a count or ratio, which the
 * words after it qualify ("188 tổ tuyên vận thôn" → "tổ tuyên vận thôn").
 */
export function labelFor(source: string, f: Pick<Figure, 'kind' | 'unit'>, sourceStart: number, sourceEnd: number, counted: boolean): string {
  const { text, offset } = labelWindow(source, sourceStart, sourceEnd);
  const start = sourceStart - offset;
  const end = sourceEnd - offset;
  const part = partAround(text, start, end);
  let before = wordsOf(text.slice(part.start, start));
  const after = wordsOf(text.slice(end, part.end));
  // "vốn hóa lớn hơn 165 triệu USD": the figure took "hơn", and the adjective it compares is no part of the name.
  if (/^hơn\s/iu.test(text.slice(start, end)) && before.length > 1 && before[before.length - 1]!.end && COMPARED.has(before[before.length - 1]!.lower)) {
    before = before.slice(0, -1);
    // "vốn điều lệ không thấp hơn 10 tỷ đồng": the negation goes with the comparison.
    if (before.length > 1 && before[before.length - 1]!.lower === 'không') before = before.slice(0, -1);
  }
  if (f.kind === 'document') {
    // "Nghị quyết số 17-NQ/HU, ngày 13/12/2023 của Ban Chấp hành … về phương hướng nhiệm vụ": the subject after
    // "về", read across the commas of the sentence.
    // The whole sentence: a long one's subject is often far from the number ("Nghị định số 51/2026/NĐ-CP ngày
    // 02/02/2026 sửa đổi … của Nghị định số 143/2013/NĐ-CP … quy định về bồi hoàn học bổng").
    const sentence = bounds(text, start, end, isSentenceEnd);
    const rest = wordsOf(text.slice(end, Math.min(sentence.end, end + 240)));
    // "… về phương hướng nhiệm vụ", "… quy định (về) xử phạt vi phạm hành chính", "… hướng dẫn thi hành …".
    const about = rest.findIndex((w, k) => w.lower === 'về' || startsWith(rest, k, 'quy định') > 0 || startsWith(rest, k, 'hướng dẫn') > 0);
    if (about >= 0) {
      let k = about + (rest[about]!.lower === 'về' ? 1 : 2);
      // "quy định về việc …", "quy định đối với …", "quy định các đối tượng …": what follows is the subject.
      for (let skipped = true; skipped; ) {
        skipped = false;
        for (const filler of ['về', 'việc', 'đối với', 'các', 'những', 'chi tiết']) {
          const n = startsWith(rest, k, filler);
          if (n) {
            k += n;
            skipped = true;
          }
        }
      }
      const subject = documentSubject(rest.slice(k));
      if (meaningful(subject)) return join(subject);
    }
    // No subject in the sentence: the document's kind and number say it all ("Nghị định 68/2026/NĐ-CP"); the
    // words before it are who issued or applied it, not what it is about.
    return '';
  }
  if (f.kind === 'date') {
    // A date is labelled by what happens then only when the words before say it ("có hiệu lực từ", "hạn
    // chót"); "Ngay từ đầu năm 2023" names no event.
    const lead = labelBefore(before);
    return meaningful(lead) && !TIME_ADVERBS.has(lead[0]!.lower) ? join(lead) : '';
  }
  const first = f.kind === 'quantity' || f.kind === 'ratio' ? 'after' : 'before';
  // A name is what a measure is of ("VN-Index về 1.767 điểm"), not what is counted ("Huyện Bảo Thắng có 14 ban").
  const allowName = f.kind === 'money' || f.kind === 'percent' || (f.kind === 'quantity' && !counted);
  let fromBefore = labelBefore(changeStart(before), allowName);
  const fromAfter = labelAfter(after, counted);
  // "Giá vàng trong nước tiếp tục giảm, xuống mức 183,8 triệu đồng", "tăng tỷ lệ pha trộn, từ 5% lên 7%": the
  // figure's own part holds only links and names nothing after the figure either; what changes is named in the
  // part before. Not after "và", which starts a clause of its own ("…trên HNX, và tăng tới 240%"). A part that
  // opens with the figure ("…tăng 5 phiên liên tiếp, vượt 85 USD một thùng") continues the one before its comma.
  let sep = part.start - 1;
  while (sep > 0 && /\s/.test(text[sep]!)) sep--;
  const onlyLinks = before.length > 0
    ? before[0]!.lower !== 'và' && stripLinks(before.filter((w) => IS_WORD.test(w.text))).every((w) => isLinkWord(w.lower))
    : text[sep] === ',';
  if (allowName && onlyLinks && !meaningful(fromBefore) && !meaningful(fromAfter)) {
    const previous = partAround(text, Math.max(0, sep - 1), sep);
    fromBefore = labelBefore(changeStart(wordsOf(text.slice(previous.start, previous.end))), allowName);
  } else if (first === 'before' && countWords(fromBefore) === 1 && text[sep] === ',' && /[\p{L}\p{M}]/u.test(text[sep - 1] ?? '')) {
    fromBefore = listItemLabel(text, sep, before, fromBefore, allowName);
  }
  // The counted noun names what is counted, with the words that qualify it ("188 tổ tuyên vận thôn"); alone
  // ("12 xã") when the words before name nothing better.
  const unit = counted && f.unit ? wordsOf(f.unit) : [];
  const afterLabel = unit.length ? (fromAfter.length ? [...unit, ...fromAfter.slice(0, MAX_LABEL_WORDS - 1)] : []) : fromAfter;
  // "lượng khách du lịch đạt 1,2 triệu lượt", "số hộ nghèo còn 120 hộ": a measure named before the count says
  // more than the bare counted noun.
  const measured = fromBefore.length > 1 && MEASURE_HEADS.some((h) => startsWith(fromBefore, 0, h) > 0);
  // "thu hút 0,5 - 1 tỷ USD dòng vốn thụ động", "nhập khẩu khoảng 8% LNG": a noun phrase right after an amount
  // or a share is what it is of, and says more than a lone verb before it.
  // So it is in a list of amounts ("gần 5% ca ung thư dạ dày và 0,2-1% ung thư đại trực tràng"): the words
  // before, up to the last number, name the amount before this one.
  const listed = before.some((w) => !IS_WORD.test(w.text)) && ['và', 'hoặc'].includes(before[before.length - 1]?.lower ?? '');
  const of = first === 'before' && (countWords(fromBefore) <= 1 || listed) && meaningful(fromAfter) && after[0] === fromAfter[0];
  const order = first === 'after' ? (measured ? [afterLabel, fromBefore, unit] : [afterLabel, unit, fromBefore]) : of ? [fromAfter, fromBefore] : [fromBefore, afterLabel, unit];
  let label = order.find(meaningful) ?? [];
  if (f.kind === 'money' && isFineClause(label)) label = FINE;
  if (f.kind === 'money' && PER_UNIT_AFTER.test(text.slice(end, end + 4))) {
    const price = priceOf(text, start, end, label);
    if (price) return join(price);
  }
  return label.length ? join(label.slice(0, MAX_LABEL_WORDS)) : '';
}

/**
 * A part that is one word after a comma may be the last item of a list of single words ("có doanh thu từ
 * hoạt động sản xuất, kinh doanh từ 500 triệu đồng/năm", "có thu nhập từ trồng trọt, chăn nuôi đạt 80 triệu
 * đồng"): the measured phrase is named before the list, which the label reads across the comma. Only when
 * the part before ends in a qualifier the list continues ("từ …", "về …"): otherwise the comma ends an opener
 * or a clause ("Theo báo cáo của huyện, doanh thu đạt …"); and kept as it is when read across the comma the
 * label ends with the item itself (the item was the head).
 */
function listItemLabel(text: string, sep: number, before: Word[], own: Word[], allowName: boolean): Word[] {
  const previous = wordsOf(text.slice(partAround(text, Math.max(0, sep - 1), sep).start, sep));
  const tail = previous.slice(-5);
  if (!tail.some((w, k) => QUALIFIERS.has(w.lower) && startsWord(tail, k))) return own;
  const across = labelBefore(changeStart([...previous, ...before]), allowName);
  const item = own.map((w) => w.lower).join(' ');
  return meaningful(across) && !across.map((w) => w.lower).join(' ').endsWith(item) ? across : own;
}

// Words that open a qualifier of a noun phrase, which a list of single words may continue ("thu nhập từ trồng trọt,
// chăn nuôi", "hỗ trợ về giống, phân bón").
const QUALIFIERS = new Set(['từ', 'về', 'cho', 'trong']);

const FINE: Word[] = [{ text: 'tiền', lower: 'tiền', end: false }, { text: 'phạt', lower: 'phạt', end: true }];

/**
 * A fine told as a clause: who fined whom ("UBCKNN quyết định xử phạt ông Tống Anh Linh số tiền 1,5 tỷ đồng",
 * "Đội Quản lý thị trường số 3 đã xử phạt Công ty TNHH Minh Phát 45 triệu đồng"). The amount is the fine; the
 * names are the story's, not the chip's. A label that opens with the measure ("mức phạt", "tổng số tiền phạt")
 * already says it; a fine with no name in its label ("bị phạt", "xử phạt") keeps its own.
 */
function isFineClause(label: Word[]): boolean {
  return label.some((w) => w.lower === 'phạt' && w.end) && label.some((w, k) => k > 0 && isCapital(w)) && !['tổng', 'số', 'mức', 'tiền'].includes(label[0]?.lower ?? '');
}

// An amount per unit ("183,8 triệu đồng/lượng", "85 USD/thùng") is a price.
const PER_UNIT_AFTER = /^\/\s?[\p{L}\p{M}]/u;
// Verbs of the market that say a price is quoted ("vàng nhẫn đang giao dịch tại mức …"), not what is priced.
const TRADE_VERBS = ['giao dịch', 'niêm yết', 'bán ra', 'mua vào', 'thu mua', 'bán', 'mua'];

/**
 * The label of a price: the "giá …" phrase of its sentence ("giá dầu thô tăng mạnh, …, giao dịch quanh 85
 * USD/thùng" → "giá dầu thô"), or "giá" and what is traded ("vàng nhẫn đang giao dịch tại mức …" → "giá vàng
 * nhẫn"), when the label read from the figure's part is a lone word (a verb: "giao dịch") or none, or runs on
 * past the price ("giá vàng miếng SJC được niêm yết"). Null when the sentence names neither, or the label
 * already names what the amount is of.
 */
function priceOf(text: string, start: number, end: number, label: Word[]): Word[] | null {
  const said = label.map((w) => w.lower);
  // A phrase of its own ("thu nhập bình quân … đồng/tháng", "mệnh giá") names what the amount is of: kept.
  if (said[0] !== 'giá' && (said.includes('giá') || countWords(label) > 1)) return null;
  const sentence = bounds(text, start, end, isSentenceEnd);
  const words = wordsOf(text.slice(sentence.start, start));
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k]!.lower !== 'giá' || !words[k]!.end || !startsWord(words, k)) continue;
    const phrase = [words[k]!];
    for (let j = k + 1; j < words.length && phrase.length < 6; j++) {
      const w = words[j]!;
      if (!IS_WORD.test(w.text) || (startsWord(words, j) && (AFTER_STOPS.has(w.lower) || LINKS_LONGEST_FIRST.some((l) => startsWith(words, j, l) > 0) || TRADE_VERBS.some((v) => startsWith(words, j, v) > 0)))) break;
      phrase.push(w);
    }
    const named = toWordEnd(phrase);
    if (named.length < 2) break;
    // A label that already is this price, or this price and more ("… được niêm yết"), becomes the price.
    return said.length === 0 || said[0] !== 'giá' || named.every((w, i) => said[i] === w.lower) ? named : null;
  }
  if (said[0] === 'giá') return null;
  for (let k = words.length - 1; k > 0; k--) {
    if (!TRADE_VERBS.some((v) => startsWith(words, k, v) > 0)) continue;
    const traded = labelBefore(words.slice(0, k), true);
    return meaningful(traded) ? [{ text: 'giá', lower: 'giá', end: true }, ...asInner(traded)] : null;
  }
  return null;
}
