// The form a syllable is looked up by in the word list: NFC, lower case, and one tone placement. Vietnamese
// writes "hóa" and "hoá", "thủy" and "thuỷ" for the same syllable (old and new rules); news and portals mix
// them, so both are read as the new placement, on the second vowel.
const OLD_TONE = /([òóỏõọ])([ae])|([ùúủũụ])(y)/gu;
const TONE_OF: Record<string, string> = { ò: '\u0300', ó: '\u0301', ỏ: '\u0309', õ: '\u0303', ọ: '\u0323', ù: '\u0300', ú: '\u0301', ủ: '\u0309', ũ: '\u0303', ụ: '\u0323' };

export function wordKey(s: string): string {
  const lower = s.normalize('NFC').toLowerCase();
  return !/[òóỏõọùúủũụ]/u.test(lower) ? lower : lower.replace(OLD_TONE, (m, o: string | undefined, v1: string | undefined, u: string | undefined, v2: string | undefined) =>
      // Only an open "oa", "oe", "uy" has two placements; "hoàn", "toán", "quý" are written one way and untouched.
      o ? `o${(v1! + TONE_OF[o]!).normalize('NFC')}` : `u${(v2! + TONE_OF[u!]!).normalize('NFC')}`,
    );
}
