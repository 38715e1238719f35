// Counted nouns the unit table does not list. A Vietnamese numeral stands directly before what it counts,
// usually a classifier or a head noun ("3 hình thức", "theo 2 bước", "10 đầu mối", "100.000 dân", "120 trang
// trại"), and nouns are an open class: no list will ever hold them all. What can follow a number without being
// counted is a closed class — function words, number words and a few verbs of comparison — plus names
// ("Bệnh viện 108 tổ chức", "Phường 3 Quận 5"). So a lower-case word right after a whole number counts, unless it
// is one of those. One-syllable classifiers ("con", "chiếc", "ngôi") are in the unit table, so what is left is
// mostly two-syllable Sino-Vietnamese nouns ("diễn viên", "dịch vụ", "tác giả"): the unit takes a second
// syllable when one follows that is not a function word. Only in Vietnamese: "voted 9 to 2" counts nothing.
import { type Token, glued, isCapitalised, isWord, sameLine } from './tokens';
import { startsNonUnit, type UnitMatch } from './units';

// Function words, number words, quantifiers and the verbs that follow a number used as a name or a score.
// A closed set: every entry is a word that can stand after a numeral without being what it counts
// ("còn 15 ở lại", "Kế hoạch 2024 đã hoàn thành", "top 5 và", "3 rưỡi", "tỷ số 2-1 nghiêng về").
const NOT_COUNTED = new Set([
  // conjunctions, prepositions, copula
  'là', 'và', 'với', 'của', 'cho', 'có', 'thì', 'mà', 'nên', 'vì', 'do', 'để', 'từ', 'đến', 'tới', 'trong',
  'ngoài', 'trên', 'dưới', 'giữa', 'sau', 'trước', 'tại', 'ở', 'về', 'theo', 'bằng', 'như', 'so', 'hay',
  'hoặc', 'nhưng', 'tuy', 'nếu', 'khi', 'rằng', 'cùng', 'gồm', 'qua', 'lên', 'xuống', 'ra', 'vào', 'lại',
  'thuộc', 'kể', 'tính', 'trở', 'sang', 'nhằm', 'bởi', 'song', 'còn', 'vẫn', 'đều', 'chỉ', 'mới',
  'nữa', 'rồi', 'cũng', 'luôn', 'đã', 'đang', 'sẽ', 'được', 'bị', 'không', 'chưa', 'chẳng', 'rất', 'hơn',
  'nhất', 'thứ', 'tiếp', 'liên', 'riêng', 'chung', 'nay', 'này', 'đó', 'kia', 'ấy', 'nào', 'gì', 'đây',
  'đấy', 'thế', 'vậy', 'ạ', 'nhé', 'à', 'ư', 'hả', 'chứ', 'đi', 'thôi',
  // quantifiers and number words ("3 rưỡi", "2 chục", "5 mươi")
  'mỗi', 'các', 'những', 'mọi', 'toàn', 'cả', 'tất', 'từng', 'nhiều', 'ít', 'vài', 'một', 'hai', 'ba', 'bốn',
  'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi', 'trăm', 'chục', 'lẻ', 'linh', 'rưỡi', 'rưởi', 'phẩy',
  // verbs of change and comparison that follow a number used as a subject ("VN30 giảm", "top 10 tăng")
  'tăng', 'giảm', 'đạt', 'gấp', 'chiếm', 'thành', 'xếp', 'đứng', 'nghiêng', 'hòa', 'hoà', 'thắng', 'thua',
]);

// Letters only Vietnamese uses (tone marks, ă â đ ê ô ơ ư), to tell a Vietnamese clause from an English one.
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

/** True when a word within four tokens of i is written in Vietnamese. */
function inVietnamese(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k <= i + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === 'word' && VIETNAMESE.test(t.lower)) return true;
  }
  return false;
}

/** A word that may continue a noun: lower-case, on the same line, not glued, not a function word. */
function nounWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.type === 'word' && sameLine(tokens, i) && !glued(tokens, i) && !isCapitalised(t) && t.text.length >= 2 && !NOT_COUNTED.has(t.lower);
}

/** The integer a token holds, or NaN: counting takes whole numbers ("5,6" needs a listed unit such as "ca"). */
function wholeNumber(t: Token): number {
  return /^\d{1,3}(?:\.\d{3})*$|^\d+$/.test(t.text) ? Number(t.text.replace(/\./g, '')) : NaN;
}

/**
 * An unlisted counted noun right after the number whose first token is `numStart` and that ends before token
 * i, or null. Callers have already ruled out labels ("Điều 5", "RON 95") and listed units.
 */
export function openCountedNoun(tokens: Token[], numStart: number, i: number): UnitMatch | null {
  // Capitalised: a name or a new sentence ("Phường 3 Quận 5", "SEA Games 31 Việt Nam").
  if (!nounWord(tokens, i) || startsNonUnit(tokens, i) || !inVietnamese(tokens, i)) return null;
  const num = tokens[numStart]!;
  if (i !== numStart + 1 || Number.isNaN(wholeNumber(num))) return null;
  // A four-digit year names a time, it does not count ("Tết 2026 sum vầy", "Đến 2030 tầm nhìn 2045").
  if (/^(19|20)\d\d$/.test(num.text)) return null;
  const prev = tokens[numStart - 1];
  if (prev && sameLine(tokens, numStart)) {
    // "bão số 3 gây thiệt hại", "Trường số 2": after "số" a number names something.
    if (isWord(prev, 'số')) return null;
    // A number after a capitalised word inside a sentence ends a name: "Bệnh viện 108", "Chương trình 135".
    const before = tokens[numStart - 2];
    if (isCapitalised(prev) && before && !before.nl && !(before.type === 'sym' && '.!?:;"“(['.includes(before.text))) return null;
  }
  const end = nounWord(tokens, i + 1) ? i + 2 : i + 1;
  return { cls: 'count', unit: tokens.slice(i, end).map((w) => w.lower).join(' '), end };
}
