// Hands the article element to DOMPurify (utils/html/sanitize.ts, its one configuration) as HTML text.
//
// In a browser the element is serialised and sanitised as it is. In Node the sanitiser runs on jsdom,
// whose HTML parser costs about half a microsecond per character of text and a token per word (a
// Vietnamese article is mostly text), against next to nothing in a browser. So there
// (`foreignSanitizer`), DOMPurify is given the article with the words of each run of text replaced by a
// short placeholder, and they are put back, escaped as its serialiser escapes text, in the sanitised
// output. DOMPurify still parses, checks and serialises every element and every attribute, and decides
// on every text — where it ends up and whether it stays — as before; only characters it never looks at
// are left out. The output is the same string, character for character, because:
//   - a run of text (adjacent text nodes: linkedom starts a new one at every character reference) is
//     replaced only from its first non-space character on: the parser switches insertion mode on the
//     first non-space character of a text (before it, spaces are handled in the old mode), and a run
//     that is only white space is left as it is (a table keeps it; other text leaves the table whole,
//     placeholder or not);
//   - it is only done when every element reads its content as ordinary text (no <title>, <textarea>,
//     <style>, <script>, <xmp>, <iframe>, <noembed>, <noframes>, <noscript>, <plaintext>, <svg>, <math>,
//     <template>, <frameset>…), when the article holds nothing but elements and text (no comment: the
//     one thing that puts a literal "<" in an element's markup, which DOMPurify's markup probe would
//     then test against the text), and when no text holds NUL (dropped or kept depending on where it
//     is), a lone surrogate or a placeholder character; CR and CR LF become LF, as the parser makes them;
//   - this configuration does not rewrite text (TEXT_PASSES_UNCHANGED in sanitize.ts), so a surviving
//     text is the text that went in, and jsdom's serialiser escapes it as parse5's `escapeText` does;
//   - a fragment without any tag comes back from DOMPurify untouched, so it is handed over as it is.
// Articles that do not qualify but whose elements all read ordinary text still get their spaces (a
// parser token each) handed over as a private-use character, turned back into spaces afterwards.
// Checked against the plain hand-over on the corpus, the hostile vectors and random markup.
import { TEXT_PASSES_UNCHANGED, sanitizeArticleHtml, type WindowLike } from '../html/sanitize';

/** U+E000/U+E001, private-use characters: no page text means anything by them. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDERS = /\uE000([0-9a-z]+)\uE001/g;
const JOINERS = /\uE000/g;
const SPACES = / /g;
/** The HTML parser's white space (tab, LF, FF, CR, space): anything else starts the text proper. */
const NOT_PARSER_SPACE = /[^\t\n\f\r ]/;
/**
 * Text the placeholders cannot stand for: NUL (the parser drops it or not depending on where it is),
 * lone surrogates and the placeholder characters. CR and CR LF are turned into LF, as the parser does (a
 * run of text always ends before a "<" or at the end).
 */
const UNSAFE_TEXT = /[\0\uE000\uE001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CR = /\r\n?/g;
/** Elements whose content the HTML parser does not read as ordinary text in the HTML namespace. */
const NOT_ORDINARY = new Set([
  'TITLE', 'TEXTAREA', 'STYLE', 'XMP', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'NOSCRIPT', 'SCRIPT', 'PLAINTEXT',
  'SVG', 'MATH', 'TEMPLATE', 'FRAMESET', 'FRAME', 'HTML', 'HEAD', 'BODY',
]);
const SHOW_ALL = 0xffffffff;

/** What the parser makes of text (CR LF and CR become LF) and jsdom's serialiser (parse5's `escapeText`) writes for it. */
function parsedAndEscaped(s: string): string {
  return s.replace(CR, '\n').replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * Sanitised HTML of `content`'s children. `foreignSanitizer`: the sanitiser window is not the page's
 * own (jsdom in Node): hand text over as described above. May change the text of `content`, which is
 * not used afterwards.
 */
export function sanitizeArticleElement(content: Element, win: WindowLike, foreignSanitizer: boolean): string {
  if (!foreignSanitizer) return sanitizeArticleHtml(content.innerHTML, win);
  const survey = surveyText(content);
  if (!survey.ordinary) return sanitizeArticleHtml(content.innerHTML, win);
  if (survey.placeholders && TEXT_PASSES_UNCHANGED) {
    const html = viaPlaceholders(content, survey.runs, win);
    if (html !== null) return html;
  }
  return viaJoinedWords(survey.runs, content, win);
}

/**
 * A run of adjacent text nodes (linkedom makes a new one at every character reference, and the
 * serialised HTML joins them again): what the parser will read as one text.
 */
interface TextRun {
  nodes: Node[];
  originals: string[];
  text: string;
  /** Index in `text` of the first character that is not parser white space (-1: white space only). */
  from: number;
}

function setRun(run: TextRun, first: string): void {
  run.nodes.forEach((node, i) => {
    node.nodeValue = i === 0 ? first : '';
  });
}

function restoreRun(run: TextRun): void {
  run.nodes.forEach((node, i) => {
    node.nodeValue = run.originals[i]!;
  });
}

/**
 * The text runs that hold more than white space, whether every element reads its content as ordinary
 * text (`ordinary`), and whether, in addition, the article is only elements and text with no text the
 * parser rewrites (`placeholders`).
 */
function surveyText(content: Element): { runs: TextRun[]; ordinary: boolean; placeholders: boolean } {
  const runs: TextRun[] = [];
  let placeholders = true;
  let run: TextRun | null = null;
  const close = () => {
    if (run) {
      run.from = run.text.search(NOT_PARSER_SPACE);
      if (run.from !== -1) runs.push(run);
      if (placeholders && UNSAFE_TEXT.test(run.text)) placeholders = false;
    }
    run = null;
  };
  const walker = content.ownerDocument.createTreeWalker(content, SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) {
      close();
      if (node.nodeType !== 1) placeholders = false;
      else if (NOT_ORDINARY.has((node as Element).tagName.toUpperCase())) return { runs, ordinary: false, placeholders: false };
      continue;
    }
    const value = node.nodeValue ?? '';
    // The walk is in document order: a text node right after its previous sibling continues the run.
    if (run && node.previousSibling === run.nodes[run.nodes.length - 1]) {
      run.nodes.push(node);
      run.originals.push(value);
      run.text += value;
    } else {
      close();
      run = { nodes: [node], originals: [value], text: value, from: -1 };
    }
  }
  close();
  return { runs, ordinary: true, placeholders };
}

/**
 * The placeholder hand-over, or null (and the text as it was) when an attribute holds a placeholder
 * character or there is no tag at all.
 */
function viaPlaceholders(content: Element, runs: TextRun[], win: WindowLike): string | null {
  runs.forEach((run, i) => setRun(run, run.text.slice(0, run.from) + OPEN + i.toString(36) + CLOSE));
  const html = content.innerHTML;
  // Markup without a tag comes back from DOMPurify untouched, as serialised here: no placeholders then.
  if (!html.includes('<') || count(html, OPEN) !== runs.length || count(html, CLOSE) !== runs.length) {
    runs.forEach(restoreRun);
    return null;
  }
  return sanitizeArticleHtml(html, win).replace(PLACEHOLDERS, (_, i: string) => {
    const run = runs[parseInt(i, 36)]!;
    return parsedAndEscaped(run.text.slice(run.from));
  });
}

/** Spaces after each run's first non-space character handed over as OPEN, then turned back. */
function viaJoinedWords(runs: TextRun[], content: Element, win: WindowLike): string {
  let joined = 0;
  for (const run of runs) {
    if (run.text.indexOf(' ', run.from) === -1) continue;
    const tail = run.text.slice(run.from);
    joined += tail.length - tail.replace(SPACES, '').length;
    setRun(run, run.text.slice(0, run.from) + tail.replace(SPACES, OPEN));
  }
  const html = content.innerHTML;
  if (count(html, OPEN) !== joined) {
    // The page itself uses the character: hand the text over as it was.
    runs.forEach(restoreRun);
    return sanitizeArticleHtml(content.innerHTML, win);
  }
  return sanitizeArticleHtml(html, win).replace(JOINERS, ' ');
}
