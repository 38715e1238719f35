// When a document takes effect, as its own closing article says it: "Luật này có hiệu lực thi hành từ ngày 01 tháng
// 01 năm 2025", "Quyết định này có hiệu lực kể từ ngày ký", "Nghị quyết này có hiệu lực từ ngày 01/7/2020". Only
// the sentence about the document itself ("… này có hiệu lực") counts: an amending law quotes other laws' dates.
// And when a law was passed, as its last line says ("… thông qua ngày 29 tháng 11 năm 2024"), for laws whose
// header has no place-and-date line.
import { isoDate } from './vietnamese-dates';

const IN_FORCE = /\bnày\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s+(?:ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(?:ngày|khi)\s+(ký|ban\s+hành|thông\s+qua))/iu;
const PASSED = /thông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

/** The date the document takes effect (YYYY-MM-DD), `signed` when it takes effect on signing, else null. */
export function inForceDate(text: string, signed: string | null): string | null {
  const m = IN_FORCE.exec(text);
  if (!m) return null;
  if (m[1]) return isoDate(+m[1], +m[2]!, +m[3]!);
  if (m[4]) return isoDate(+m[4], +m[5]!, +m[6]!);
  return signed;
}

/** The date a law was passed, from its closing line (the last such line: quoted laws come earlier). */
export function passedDate(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(PASSED)) found = isoDate(+m[1]!, +m[2]!, +m[3]!) ?? found;
  return found;
}
