// Node-only helpers for the CLI, benchmarks and tests: turn HTML text (or file bytes) into a Document.
// The extension never imports this file: in the browser the page's own `document` is used.
//
// We parse with linkedom, not jsdom: on the shared corpus linkedom parses a news page in ~5–30 ms
// against ~30–160 ms for jsdom, its memory stays flat over a run, and plain Readability gives the same
// text on all 13 corpus pages under both (checked with tests/extract/parse-html.test.ts). Two linkedom
// gaps the extractor works around: a linkedom Document has no URL (links are absolutised by
// utils/extract/prepare.ts against the URL we pass), and `getElementsByTagName('*')` returns nothing
// (elements are counted with a TreeWalker instead).
//
// DOMPurify does NOT work on a linkedom window (it silently returns its input unchanged), so
// sanitising in Node needs a jsdom window: `sanitizerWindow()` creates one, once, on first use.
import { DOMParser } from 'linkedom';
import type { WindowLike } from 'dompurify';

/** A document-level tag near the start means the parser can build html/head/body itself. */
const HAS_DOCUMENT_SHELL = /^\s*(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*(?:<!doctype[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<html[\s>]/i;

/**
 * Parses HTML into a linkedom Document. A fragment ("<p>…</p>", a saved body) is wrapped in a full
 * document first: linkedom, unlike a browser, does not invent html/head/body for fragments, and
 * Readability needs a `body`.
 */
export function parseHtml(html: string, url: string): Document {
  void url; // linkedom has no document URL; callers pass the URL to extractArticle instead.
  const source = HAS_DOCUMENT_SHELL.test(html.slice(0, 4096))
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const doc = new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
  return doc;
}

const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Decodes page bytes as the browser would, roughly: a BOM wins, then a `<meta charset>` (or
 * http-equiv) in the first 4 KB, then UTF-8. Older provincial portals still serve windows-1258 or
 * windows-1252 pages; Node's full-ICU TextDecoder knows both.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = CHARSET_IN_META.exec(head)?.[1]?.toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8, which is what most pages really are.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

let jsdomWindow: WindowLike | null = null;

/** A jsdom window for DOMPurify in Node, created on first use and then reused (creating one costs ~50 ms). */
export async function sanitizerWindow(): Promise<WindowLike> {
  if (!jsdomWindow) {
    // jsdom ships no types (and @types/jsdom is not a dependency): import it through a variable and
    // describe the one constructor we use.
    const specifier = 'jsdom';
    const { JSDOM } = (await import(specifier)) as { JSDOM: new (html: string) => { window: unknown } };
    jsdomWindow = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window as WindowLike;
  }
  return jsdomWindow;
}
