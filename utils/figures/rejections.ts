// Numbers that are not figures. Portal pages are full of digits that a reader does not want highlighted:
// phone and fax numbers in footers ("0214.3852.123"), licence plates in traffic news ("14A-130.xx"), times of
// day ("19:25", "7 giờ 30 phút"), house numbers ("số 12 đường Trần Phú"), product and road names ("RON 95",
// "QL 70"), article and clause numbers of a law ("khoản 2 Điều 15"), and digits inside links and e-mail addresses.
import { type Token, PhraseTable, glued, isAcronym, isCapitalised, isSym, isWord, sameLine } from './tokens';
import { matchUnit } from './units';

// Links, e-mail addresses and bare domains ("baothang.laocai.gov.vn") anywhere in the text.
// Linear on any input: an unanchored greedy run such as [\w.+-]+@ is retried from every position of a long
// run of those characters (a 300 KB run of "-" froze a tab for 88 s), so each run-matching alternative may
// only start where such a run starts (the lookbehinds); within a run the separators ("." and "@") are not
// in the repeated classes, so backtracking is bounded by the run's length.
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w-]|[\w-]\.)[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)\b(?:\/\S*)?/gi;
// Vietnamese phone numbers: a leading 0 (or +84) and 9 to 12 digits in groups ("0214.3852.123",
// "0913 456 789", "+84 24 3825 1234"). Thousands-grouped amounts never start with 0.
const PHONE = /(?<![\d.,])(?:\+84[ .]?|0)\d{1,4}(?:[ .-]?\d{2,4}){2,4}(?![\d,])/g;
// Licence plates: two digits, a series letter (or two, optionally a digit), then a dash and the serial,
// possibly masked ("14A-130.xx", "29C-123.45", "51F1-123.45", "30A 12345").
const PLATE = /\b\d{2}[A-ZĐ]{1,2}\d?[ -]?\d{3}(?:\.\d{2}|\d{1,2})?(?:\.[xX*]{2,3})?/g;
// Hotlines right after a phone word ("đường dây nóng 1022", "Fax: 02143 852 115", "ĐT: 0214.3852.115"):
// the word pairs are keyed by their last syllable.
const PHONE_WORDS = new PhraseTable<true>(
  ['điện thoại', 'đt', 'sđt', 'hotline', 'fax', 'đường dây nóng', 'tổng đài', 'số máy', 'di động'].map((w): [string, true] => [w, true]),
);

// Words after which a number is a name or an ordinal, not an amount: law articles, addresses, ordinals,
// classes and terms ("Điều 40", "tổ 5", "lần thứ 2", "khóa 15", "Quốc lộ 70", "Km 15"). Calendar words only
// name a day, month or quarter when the number fits one: "ngày 25" is a label, "mỗi ngày 500 lượt" counts.
const LABELS = new PhraseTable<number>([
  ...[
    'điều', 'khoản', 'điểm', 'chương', 'mục', 'phụ lục', 'tiết', 'thứ', 'hạng', 'tổ', 'thôn', 'xóm', 'bản', 'khu',
    'tiểu khu', 'khối', 'ấp', 'phường', 'quận', 'lô', 'tầng', 'phòng', 'km', 'quốc lộ', 'tỉnh lộ', 'đường tỉnh',
    'huyện lộ', 'đường huyện', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'khóa', 'khoá', 'kỳ', 'đợt', 'giai đoạn', 'lớp',
    'tuyến số', 'mẫu', 'mẫu số', 'số hiệu', 'đại hội', 'cụm', 'tờ bản đồ', 'thửa', 'thửa đất số', 'lần', 'vòng',
    'bảng', 'nhóm', 'tiểu đoàn', 'trung đoàn', 'sư đoàn', 'ql', 'tl', 'đt',
    // Units and institutions named by number: "Lữ đoàn 229 tổ chức…", "Bệnh viện 108", "Chương trình 135".
    'lữ đoàn', 'quân đoàn', 'binh đoàn', 'đại đội', 'trung đội', 'tiểu đội', 'hải đoàn', 'bệnh viện',
    'chương trình',
  ].map((w): [string, number] => [w, Infinity]),
  ['ngày', 31],
  ['tháng', 12],
  ['quý', 4],
]);

// Phrases that end in a label word but are prepositions: "trong vòng 2 năm" (within two years,
// baodautu.vn) is a duration, while "vòng 2" alone is a round.
const NOT_LABELS = new Set(['trong vòng']);

const STREET_WORDS = new Set(['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt']);
const DAY_PARTS = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'khuya', 'rạng', 'ngày', 'hôm', 'cùng']);
// "hồi 8 giờ", "vào 14 giờ": at a time of day ("trong 24 giờ", "mất 2 giờ" stay durations).
const CLOCK_CUES = new Set(['lúc', 'đúng', 'từ', 'đến', 'tới', 'khoảng', 'hồi', 'vào']);

function blockSpan(tokens: Token[], blocked: Uint8Array, start: number, end: number): void {
  // Tokens are in text order: binary-search the first token that ends after `start`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < tokens.length && tokens[k]!.start < end; k++) blocked[k] = 1;
}

function blockRegex(text: string, tokens: Token[], blocked: Uint8Array, re: RegExp, accept = (_m: string) => true): void {
  for (const m of text.matchAll(re)) if (accept(m[0])) blockSpan(tokens, blocked, m.index, m.index + m[0].length);
}

/** The digits after a phone word, up to the next word: "Điện thoại: 0214.3852.115 - 1022". */
function blockHotlines(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'word') continue;
    const m = PHONE_WORDS.match(tokens, i);
    if (!m) continue;
    let j = m.end;
    if (isWord(tokens[j], 'là')) j++;
    while (j < tokens.length && sameLine(tokens, j) && (tokens[j]!.type === 'num' || isSym(tokens[j], ':.-+()/'))) {
      blocked[j] = 1;
      j++;
    }
    i = j - 1;
  }
}

/** Times of day: "19:25", "7h30", "19h", "7 giờ 30 phút", "7 giờ sáng", "lúc 14 giờ". */
function blockTimes(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'num' || !/^\d{1,2}$/.test(t.text) || Number(t.text) > 24) continue;
    const next = tokens[i + 1];
    // 19:25 · 7h30 · 19h · 7g30
    if (glued(tokens, i + 1) && (isSym(next, ':') || isWord(next, 'h') || isWord(next, 'g'))) {
      const minutes = tokens[i + 2];
      const hasMinutes = glued(tokens, i + 2) && minutes?.type === 'num' && /^\d{2}$/.test(minutes.text);
      if (isSym(next, ':') && !hasMinutes) continue;
      blocked[i] = blocked[i + 1] = 1;
      if (hasMinutes) blocked[i + 2] = 1;
      continue;
    }
    // 7 giờ 30 (phút) · 7 giờ sáng · lúc 14 giờ — but "trong 24 giờ" is a duration.
    if (isWord(next, 'giờ') && sameLine(tokens, i + 1)) {
      const after = tokens[i + 2];
      const withMinutes = after?.type === 'num' && sameLine(tokens, i + 2);
      const dayPart = !!after && DAY_PARTS.has(after.lower);
      const cue = CLOCK_CUES.has(tokens[i - 1]?.lower ?? '');
      if (!withMinutes && !dayPart && !cue) continue;
      blocked[i] = blocked[i + 1] = 1;
      if (withMinutes) {
        blocked[i + 2] = 1;
        if (isWord(tokens[i + 3], 'phút')) blocked[i + 3] = 1;
      }
    }
  }
}

/**
 * Numbers glued to letters that are not a unit are parts of codes and names: "14A" (plate), "4E" (road),
 * "QH15", "RON95", "F0", "COVID-19", "H5N1". A glued lower-case word is a typo for a space ("thêm100 km").
 */
function blockIdentifiers(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'num') continue;
    const prev = tokens[i - 1];
    const gluedPrev = glued(tokens, i);
    const upperPrev = !!prev && prev.type === 'word' && prev.text !== prev.lower;
    const dashCode = gluedPrev && isSym(prev, '-') && glued(tokens, i - 1) && tokens[i - 2]?.type === 'word' && (isAcronym(tokens[i - 2]) || isLatinName(tokens[i - 2]!));
    // "bs.ck2", "ths.bs2": a lower-case abbreviation chain glued to a number is a title or grade, not "ck 2".
    const dottedChain = gluedPrev && prev?.type === 'word' && isSym(tokens[i - 2], '.') && glued(tokens, i - 1) && glued(tokens, i - 2);
    const next = tokens[i + 1];
    const upperNext = glued(tokens, i + 1) && next?.type === 'word' && next.text !== next.lower && !matchUnit(tokens, i + 1);
    if (gluedPrev && upperPrev && isPeriodAbbreviation(tokens, i)) continue;
    if ((gluedPrev && upperPrev) || dashCode || dottedChain || upperNext) {
      // Block the whole glued chunk ("14A-130.xx", "H5N1") and go on after it: its other numbers are
      // blocked already, and rescanning the chunk from each of them is quadratic ("A1A1A1…").
      let a = i;
      while (a > 0 && glued(tokens, a)) a--;
      let b = i;
      while (glued(tokens, b + 1)) b++;
      for (let k = a; k <= b; k++) blocked[k] = 1;
      i = b;
    }
  }
}

/**
 * A word written in plain Latin letters, three or more ("covid", "sars"): glued by "-" to a number it names a
 * disease, a product or a model ("covid-19", "sars-cov-2"). Vietnamese words carry their marks, and a range
 * joins two numbers, never a word and a number.
 */
function isLatinName(t: Token): boolean {
  return t.type === 'word' && t.text.length >= 3 && /^[A-Za-z]+$/.test(t.text);
}

/**
 * "T9/2013", "Q3/2024", "H1/2025": month, quarter and half-year abbreviations of market news (cafef.vn
 * "Qatar tăng hơn 45% từ (T9/2013-T9/2014)"). A lone capital glued to a small number, then "/" and a year.
 */
export function isPeriodAbbreviation(tokens: Token[], i: number): boolean {
  const letter = tokens[i - 1];
  const slash = tokens[i + 1];
  const year = tokens[i + 2];
  if (!letter || letter.type !== 'word' || !/^[TQH]$/.test(letter.text) || !glued(tokens, i)) return false;
  if (letter && glued(tokens, i - 1) && tokens[i - 2]?.type !== 'sym') return false; // "PT9/2013" is a code
  const n = Number(tokens[i]!.text);
  const max = letter.text === 'T' ? 12 : letter.text === 'Q' ? 4 : 2;
  return /^\d{1,2}$/.test(tokens[i]!.text) && n >= 1 && n <= max && isSym(slash, '/') && glued(tokens, i + 1) &&
    !!year && glued(tokens, i + 2) && /^(19|20)\d\d$/.test(year.text) && !(glued(tokens, i + 3) && tokens[i + 3]!.type !== 'sym');
}

/** A capitalised word that is not the first of its sentence within the three words before token i. */
function followsName(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
    const t = tokens[k]!;
    if (t.type !== 'word' || t.nl || tokens[k + 1]!.nl) return false;
    const prev = tokens[k - 1]!;
    if (isCapitalised(t) && !prev.nl && !(prev.type === 'sym' && '.!?:;"“'.includes(prev.text))) return true;
  }
  return false;
}

/**
 * House numbers: "số 12 đường Trần Phú", "số 12/3 Trần Phú", "số 5, phố Lê Lợi"; and numbered names, where
 * "số" follows a capitalised name: "Trường Tiểu học số 2 xã Xuân Quang" (not two communes).
 */
function blockAddresses(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'num' || !isWord(tokens[i - 1], 'số')) continue;
    // "tiếng Anh Số 561/GP-BTTTT": a number and symbol is a document's code, whatever name comes before.
    if (isSym(tokens[i + 1], '/-') && glued(tokens, i + 1) && glued(tokens, i + 2) && isAcronym(tokens[i + 2])) continue;
    if (followsName(tokens, i - 1)) {
      blocked[i] = 1;
      continue;
    }
    let j = i + 1;
    while (glued(tokens, j) && (isSym(tokens[j], '/') || tokens[j]!.type === 'num' || (tokens[j]!.type === 'word' && tokens[j]!.text.length === 1))) j++;
    if (isSym(tokens[j], ',')) j++;
    const after = tokens[j];
    // "Số 561/GP-BTTTT" (a licence in tuoitre.vn's footer) is a code: its capitals are glued to the number.
    if (after && !glued(tokens, j) && (STREET_WORDS.has(after.lower) || isCapitalised(after))) {
      for (let k = i; k < j; k++) blocked[k] = 1;
    }
  }
}

// "24/7" and "24/24" mean round the clock ("trực 24/24", "hỗ trợ 24/7"), except after a day word
// ("ngày 24/7" is the 24th of July).
const DAY_WORDS = new Set(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'từ', 'đến', 'tới', 'trước', 'sau']);

function blockRoundTheClock(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== '24' || !isSym(tokens[i + 1], '/') || !glued(tokens, i + 1) || !glued(tokens, i + 2)) continue;
    const b = tokens[i + 2]!.text;
    if ((b !== '7' && b !== '24') || glued(tokens, i + 3) && isSym(tokens[i + 3], '/')) continue;
    if (DAY_WORDS.has(tokens[i - 1]?.lower ?? '')) continue;
    blocked[i] = blocked[i + 1] = blocked[i + 2] = 1;
  }
}

// Words before a match score: "tỷ số 2-1", "thắng 3-0", "hòa 1-1", "thua 0-2".
const SCORE_CUES = new Set(['thắng', 'thua', 'hòa', 'hoà']);
const isScoreCue = (tokens: Token[], i: number): boolean =>
  SCORE_CUES.has(tokens[i - 1]?.lower ?? '') || (isWord(tokens[i - 1], 'số') && ['tỷ', 'tỉ'].includes(tokens[i - 2]?.lower ?? ''));

/** Match scores ("tỷ số 2-1 nghiêng về đội chủ nhà") and copyright years ("© 2005-2026 Bản quyền…"). */
function blockScoresAndCopyright(tokens: Token[], blocked: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'num' && /^\d{1,2}$/.test(t.text) && isSym(tokens[i + 1], '-–:') && glued(tokens, i + 1) && glued(tokens, i + 2) &&
      /^\d{1,2}$/.test(tokens[i + 2]?.text ?? '') && sameLine(tokens, i) && isScoreCue(tokens, i)) {
      blocked[i] = blocked[i + 1] = blocked[i + 2] = 1;
    }
    if (isSym(t, '©') || isWord(t, 'copyright')) {
      for (let j = i + 1; j < tokens.length && sameLine(tokens, j) && (tokens[j]!.type === 'num' || isSym(tokens[j], '-–')); j++) blocked[j] = 1;
    }
  }
}

/** Token flags: 1 where a token belongs to a non-figure (phone, plate, time, link, code, address). */
export function findRejections(text: string, tokens: Token[]): Uint8Array {
  const blocked = new Uint8Array(tokens.length);
  blockRegex(text, tokens, blocked, URL_LIKE);
  blockRegex(text, tokens, blocked, PHONE, (m) => {
    const digits = m.replace(/\D/g, '').length;
    return digits >= 9 && digits <= 12;
  });
  blockHotlines(tokens, blocked);
  blockRegex(text, tokens, blocked, PLATE);
  blockTimes(tokens, blocked);
  blockIdentifiers(tokens, blocked);
  blockAddresses(tokens, blocked);
  blockRoundTheClock(tokens, blocked);
  blockScoresAndCopyright(tokens, blocked);
  return blocked;
}

/**
 * True when the number at token i names or orders something rather than counting it: it follows a label
 * word ("Điều 40", "tổ 5", "lần thứ 2", "tháng 11") or an abbreviation ("RON 95", "QL 70").
 * Such a number may still carry a currency or a percent sign, but it never counts the noun after it.
 */
export function isLabelled(tokens: Token[], i: number): boolean {
  if (i === 0 || !sameLine(tokens, i) || glued(tokens, i)) return false;
  const label = LABELS.matchBefore(tokens, i);
  if (label && label.start > 0 && NOT_LABELS.has(`${tokens[label.start - 1]!.lower} ${tokens[label.start]!.lower}`)) return false;
  if (label && Number(tokens[i]!.text.replace(',', '.')) <= label.value) return true;
  return isAcronym(tokens[i - 1]);
}
