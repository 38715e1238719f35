// The backup tripwire: does stored article HTML hold markup a sanitiser always removes (script-like elements,
// event-handler attributes, javascript: URLs)? It reads the markup as the HTML tokenizer does — tag names and
// attribute NAMES, with quoted attribute values skipped whole — so text inside a value (an image whose alt is
// " onload= ", a title with "<script>") is never mistaken for markup (one such alt once made every later
// backup of the library refuse to import). One pass over the string: linear on any input.

const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'meta', 'link', 'base', 'svg', 'math', 'form']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background']);
// eslint-disable-next-line no-control-regex -- matching control characters is the point: URL parsers strip them
const CONTROL_OR_SPACE = /[\u0000-\u0020]/g;
const SCRIPT_URL = /^(?:javascript|vbscript|data\s*:\s*text)/i;

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** A URL value as the browser would read it: numeric entities decoded, whitespace and control characters dropped. */
function urlValue(raw: string): string {
  return raw
    .slice(0, 200)
    .replace(/&#x([0-9a-f]+);?|&#(\d+);?|&colon;|&tab;|&newline;/gi, (m, hex: string, dec: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16) % 0x110000) : dec ? String.fromCodePoint(+dec % 0x110000) : m.toLowerCase() === '&colon;' ? ':' : '')
    // Browsers drop C0 controls and spaces inside a URL scheme ("java\tscript:").
    .replace(CONTROL_OR_SPACE, '');
}

export function hasActiveMarkup(html: string): boolean {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return false;
    i = lt + 1;
    if (html.startsWith('!--', i)) {
      const end = html.indexOf('-->', i + 3);
      if (end < 0) return false;
      i = end + 3;
      continue;
    }
    if (html[i] === '/') i++;
    if (i >= n || !isLetter(html[i]!)) continue;
    const nameStart = i;
    while (i < n && !isSpace(html[i]!) && html[i] !== '/' && html[i] !== '>') i++;
    if (ACTIVE_ELEMENTS.has(html.slice(nameStart, i).toLowerCase())) return true;
    // Attributes, up to the closing ">".
    while (i < n && html[i] !== '>') {
      if (isSpace(html[i]!) || html[i] === '/') {
        i++;
        continue;
      }
      const attrStart = i;
      while (i < n && !isSpace(html[i]!) && html[i] !== '/' && html[i] !== '>' && (html[i] !== '=' || i === attrStart)) i++;
      const name = html.slice(attrStart, i).toLowerCase();
      if (name.startsWith('on')) return true;
      while (i < n && isSpace(html[i]!)) i++;
      if (html[i] !== '=') continue;
      i++;
      while (i < n && isSpace(html[i]!)) i++;
      let value: string;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, end < 0 ? n : end);
        i = end < 0 ? n : end + 1;
      } else {
        const start = i;
        while (i < n && !isSpace(html[i]!) && html[i] !== '>') i++;
        value = html.slice(start, i);
      }
      if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(urlValue(value))) return true;
    }
    i++;
  }
  return false;
}
