// Node-only helpers for the CLI, the eval, the benchmarks and the tests: turn HTML text (or file bytes) into a
// Document the way a browser does. The extension never imports this file: in the browser the page's own
// `document` is used.
//
// We parse with jsdom (parse5 underneath, a spec HTML5 tree builder) and give the document the page's URL,
// because the browser is the truth and the pipeline must see the tree the extension sees:
//   - table-layout portals get their implicit <tbody>, and Readability then picks the same block;
//   - a comment and a <meta> before <head> (HTTrack copies) build the same html/head/body as in a browser;
//   - relative links, `src` and lazy `data-src` resolve against the page's own address (document URL).
// linkedom, which we used before, builds a different tree in all three cases (see the README's evaluation
// section; `npm run eval -- --browser` checks that the CLI's answer equals the built extension's in Chromium).
// jsdom runs no page script and loads no subresource here (no `runScripts`, no `resources`).
import { createRequire } from 'node:module';
import type { WindowLike } from 'dompurify';

/** The one jsdom API we use (jsdom ships no types, and @types/jsdom is not a dependency). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url?: string; contentType?: string; virtualConsole?: unknown }) => {
    window: Window & typeof globalThis;
  };
  VirtualConsole: new () => unknown;
}

const require = createRequire(import.meta.url);
let jsdom: JsdomModule | null = null;
const loadJsdom = (): JsdomModule => (jsdom ??= require('jsdom') as JsdomModule);

/** jsdom accepts only absolute http(s)/file URLs as document URLs; anything else gets a neutral one. */
function documentUrl(url: string): string {
  try {
    const u = new URL(url);
    if (/^(?:https?|file):$/.test(u.protocol)) return u.href;
  } catch {
    // fall through
  }
  return 'about:blank';
}

/**
 * Parses HTML into a jsdom Document whose URL is `url`. A fragment ("<p>…</p>", a saved body) gets its
 * html/head/body from the parser, as in a browser. Page CSS that jsdom cannot parse is ignored silently
 * (a virtual console that forwards nothing): the extractor reads no computed style.
 */
export function parseHtml(html: string, url: string): Document {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const options: { url?: string; contentType: string; virtualConsole: unknown } = { contentType: 'text/html', virtualConsole: new VirtualConsole() };
  const href = documentUrl(url);
  if (href !== 'about:blank') options.url = href;
  return new JSDOM(html, options).window.document;
}

const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Decodes page bytes as the browser would, roughly: a BOM wins, then valid UTF-8, then a `<meta charset>` (or
 * http-equiv) in the first 4 KB, then UTF-8. Older provincial portals still serve windows-1258 or
 * windows-1252 pages; Node's full-ICU TextDecoder knows both.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Bytes that are valid UTF-8 are UTF-8, whatever an old <meta charset> says: a page saved to disk (a
  // browser's "Save as", HTTrack, a crawler) is usually re-encoded as UTF-8 with its meta left as it was,
  // while a real windows-1258 or GBK page with any non-ASCII byte is almost never valid UTF-8.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page's own declaration decides.
  }
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

/**
 * A jsdom window for DOMPurify in Node, created on first use and then reused (creating one costs ~50 ms).
 * A document from parseHtml() sanitises with its own window; this one is for HTML that has no document
 * (imports, tests of the sanitiser).
 */
export async function sanitizerWindow(): Promise<WindowLike> {
  jsdomWindow ??= parseHtml('<!DOCTYPE html><html><head></head><body></body></html>', 'about:blank').defaultView as unknown as WindowLike;
  return jsdomWindow;
}
