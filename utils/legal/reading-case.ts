// Documents print their issuing body and type in capitals ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"); the card shows
// them as Vietnamese writes such names in running text ("Ủy ban nhân dân tỉnh Quảng Ninh"), which is easier to
// read for the older readers capitals slow down.

/** Words after which the next word starts a name: "Bộ Tài chính", "Sở Nội vụ", "Cục Thuế", "Ban Tuyên giáo". */
const UNIT_WORDS = new Set(['bộ', 'sở', 'cục', 'vụ', 'ban', 'viện', 'tổng cục', 'chi cục', 'văn phòng', 'học viện', 'tòa án', 'ngân hàng', 'kho bạc']);
/** Words after which every word is a place's name: "tỉnh Quảng Ninh", "huyện Đông Sơn". */
const PLACE_WORDS = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường']);
/** Names always capitalised in running text. */
const PROPER = ['Quốc hội', 'Chính phủ', 'Thường vụ', 'Trung ương', 'Kho bạc Nhà nước', 'Ngân hàng Nhà nước', 'Kiểm toán Nhà nước', 'Việt Nam', 'Chủ tịch nước', 'Thủ tướng', 'Bộ Chính trị', 'Ban Bí thư', 'Mặt trận Tổ quốc'];

const capital = (w: string) => (w ? w[0]!.toLocaleUpperCase('vi') + w.slice(1) : w);

/** Whether a line is written in capitals (at least one letter, no lower-case letter). */
export function isCapitals(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** "ỦY BAN THƯỜNG VỤ QUỐC HỘI" → "Ủy ban Thường vụ Quốc hội". Text already in mixed case is left as it is. */
export function readingCase(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!isCapitals(t)) return t;
  const words = t.toLocaleLowerCase('vi').split(' ');
  const out: string[] = [];
  let inPlace = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const pair = `${w} ${words[i + 1] ?? ''}`;
    if (!inPlace && (PLACE_WORDS.has(pair) || PLACE_WORDS.has(w))) {
      // The place word itself stays lower case (except first); the words after it are the place's name.
      const n = PLACE_WORDS.has(pair) ? 2 : 1;
      out.push(i === 0 ? capital(w) : w, ...words.slice(i + 1, i + n));
      i += n - 1;
      inPlace = true;
      continue;
    }
    const prev = words[i - 1] ?? '';
    const prev2 = `${words[i - 2] ?? ''} ${prev}`;
    // "Ủy ban nhân dân": "ban" there is not a unit word ("Ban Tuyên giáo" is).
    const afterUnit = (UNIT_WORDS.has(prev) && !(prev === 'ban' && words[i - 2] === 'ủy')) || UNIT_WORDS.has(prev2);
    out.push(i === 0 || inPlace || afterUnit ? capital(w) : w);
  }
  return properNames(out.join(' '));
}

function properNames(text: string): string {
  let result = text;
  for (const name of PROPER) result = result.replace(new RegExp(`(^|\\s)${name.toLocaleLowerCase('vi')}(?=[\\s,.;]|$)`, 'gu'), (_, space: string) => space + name);
  return result;
}

/**
 * A subject printed in capitals, lowered as a sentence ("VỀ ĐIỀU CHỈNH MỨC GIẢM TRỪ" → "về điều chỉnh mức giảm trừ"):
 * document codes ("80/2021/TT-BTC") and the state's proper names stay as written. Other names inside a subject are
 * lowered too: without a dictionary of every place and body, a wrong capital would be worse than none.
 */
export function sentenceCase(text: string): string {
  const lowered = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (/\d/.test(w) ? w : w.toLocaleLowerCase('vi')))
    .join(' ');
  return properNames(lowered);
}
