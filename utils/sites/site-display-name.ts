// One name per site, the same in the list, the site filter, search results, the popup, the reader and the
// Markdown export. Pages name themselves unevenly: "TUOI TRE ONLINE" and "cafef" (og:site_name), a bare
// "daknong.gov.vn", "Báo Đắk Nông - baodaknong.vn". The stored siteName stays as the page gave it (older saves
// then get the same cleaning); this is what a reader sees:
//   1. the known name of the host (display-names.ts, province-portals.ts): a curated name beats any page's;
//   2. else the page's own name, with domains taken out and shouting capitals made ordinary;
//   3. else the host without "www.".
import { knownSiteName } from './display-names';
import { provincePortalName } from './province-portals';
import { hostOf } from './same-site';

/** A domain written inside a name ("baodaknong.vn", "www.laocai.gov.vn"). */
const DOMAIN = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+(?:vn|com|net|org|info|gov|edu)(?:\.vn)?(?:\/\S*)?/giu;
/** What joins a name to a domain: " - ", " | ", " – ", ":". */
const JOINERS = /^[\s\-–—|:·,]+|[\s\-–—|:·,]+$/g;
/** One Vietnamese syllable, diacritics folded: onset, vowels, final. A short word that is not one ("UBND",
 *  "HĐND", "TP", "MTTQ") is an abbreviation and stays in capitals. */
const SYLLABLE = /^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnptk])?$/i;
const ABBREVIATION_MAX = 5;
/** Words that a Vietnamese name writes in lower case after its first word: "Cổng thông tin điện tử tỉnh …". */
const COMMON_WORDS = new Set([
  'cổng', 'thông', 'tin', 'điện', 'tử', 'trang', 'báo', 'tạp', 'chí', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị',
  'xã', 'phường', 'trấn', 'ủy', 'uỷ', 'ban', 'nhân', 'dân', 'hội', 'đồng', 'sở', 'của', 'và', 'về', 'văn', 'phòng', 'bộ',
]);

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/** "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK NÔNG" → "Cổng thông tin điện tử tỉnh Đắk Nông"; a name with any lower case as it is. */
function unshout(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toLocaleUpperCase('vi')) return name;
  return name
    .split(' ')
    .map((word, i) => {
      const letters = fold(word).replace(/[^a-z]/gi, '');
      if (letters.length <= ABBREVIATION_MAX && !SYLLABLE.test(letters)) return word;
      const lower = word.toLocaleLowerCase('vi');
      return i > 0 && COMMON_WORDS.has(lower) ? lower : capitalise(lower);
    })
    .join(' ');
}

/** The page's own name made readable, or null when nothing usable is left (only a domain, or a host label such as "cafef"). */
export function cleanSiteName(raw: string | null | undefined): string | null {
  const name = (raw ?? '').normalize('NFC').replace(/\s+/g, ' ').replace(DOMAIN, ' ').replace(/\s+/g, ' ').trim().replace(JOINERS, '');
  if (!/\p{L}/u.test(name)) return null;
  // "cafef", "baodautu": one lower-case unaccented word is the site's address, not its name.
  if (/^[a-z0-9-]+$/.test(name)) return null;
  return unshout(name);
}

/** The name a reader sees for an article's site. */
export function siteDisplayName(siteName: string | null | undefined, url: string): string {
  const host = hostOf(url);
  return knownSiteName(host) ?? provincePortalName(host) ?? cleanSiteName(siteName) ?? host.replace(/^www\./, '');
}
