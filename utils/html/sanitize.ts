// The ONE DOMPurify configuration for every piece of page-derived HTML the extension shows or stores.
// A page is hostile input: its HTML is rendered inside our own extension pages, so anything that can
// run code, load resources, submit data, overlay our UI or clobber our globals is removed here.
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';

export type { WindowLike };

/** What an article may contain: text structure, tables, figures, images and links. Nothing else. */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'section', 'article',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'code', 'q', 'cite', 'abbr', 'time',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'figure', 'figcaption', 'img',
  'a', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small',
];

/**
 * No `style` (CSS can load resources or overlay our UI), no `id`/`name` (DOM clobbering of our
 * globals), no `class` (a page could borrow our own UI classes), no event handlers, no `srcset`
 * (its URLs bypass the src check below).
 */
export const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'scope', 'headers', 'datetime', 'lang', 'dir', 'start', 'reversed'];

/** Belt and braces: even if a later edit widens ALLOWED_TAGS, these never pass. */
const FORBID_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'select', 'option', 'textarea', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source',
];

/**
 * DOMPurify's default URI pattern minus the exotic schemes: http(s), mailto, tel, and relative URLs.
 * `javascript:`, `vbscript:` and `data:` never match (data: for <img> is removed by the hook below,
 * because DOMPurify would otherwise allow it on images; relative URLs are removed there too, from links
 * and images, since they would resolve against the extension's own origin).
 */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const HTTP_URL = /^https?:\/\//i;
/** Where a link may lead: the web, mail and phone. Anything else resolves against OUR origin (see the hook). */
const WEB_LINK = /^(?:https?:\/\/|mailto:|tel:)/i;

/**
 * Tuning, not policy: `body` is only ever the ROOT of what DOMPurify parses (the HTML parser never
 * makes a second <body>: a stray `<body …>` tag in the input is dropped or merged into the root), and
 * the output is that root's innerHTML, so allowing it lets nothing new through. Left disallowed, the
 * root is "removed with its content kept", which makes DOMPurify deep-clone the whole article once
 * more before walking it (about a sixth of the sanitiser's time on jsdom).
 */
const ROOT_TAGS = ['body'];

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS, ...ROOT_TAGS],
  ALLOWED_ATTR,
  FORBID_TAGS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP,
  SANITIZE_DOM: true,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

/**
 * This configuration never rewrites text: a text node that survives comes out as it went in (no
 * SAFE_FOR_TEMPLATES, no hook on text). utils/extract/sanitizer-input.ts relies on it to hand text
 * over to jsdom cheaply in Node; an option or hook that rewrites text must set this to false.
 */
export const TEXT_PASSES_UNCHANGED = CONFIG.SAFE_FOR_TEMPLATES !== true;

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: WindowLike): DOMPurify {
  const cached = instances.get(win);
  if (cached) return cached;
  const purify = createDOMPurify(win);
  if (!purify.isSupported) {
    // linkedom's window, for one, is "not supported" and DOMPurify would return its input untouched.
    throw new Error('sanitizeArticleHtml: DOMPurify does not support this window (use a browser or jsdom window)');
  }
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeName === 'A' && el.hasAttribute('href')) {
      if (!WEB_LINK.test((el.getAttribute('href') ?? '').trim())) {
        // A relative ("/x"), protocol-relative ("//x") or fragment link would resolve against the extension
        // page (chrome-extension://<id>/x, chrome-extension://x/): a page-chosen path into our own pages or
        // another extension's. The extractor makes every real link absolute first; what is left is dead
        // (ids are removed, so "#top" has no target) or forged (a hand-made backup). The text stays.
        el.removeAttribute('href');
        return;
      }
      // Links leave the reader in a new tab and tell the target nothing about us.
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    } else if (el.nodeName === 'IMG') {
      const src = el.getAttribute('src');
      // Only http(s) images: data: URLs can be huge, and relative ones would resolve against our own origin.
      if (src !== null && !HTTP_URL.test(src.trim())) el.removeAttribute('src');
    }
  });
  // Parse the configuration once: passing it to every sanitize() call re-parses it each time.
  purify.setConfig(CONFIG);
  instances.set(win, purify);
  return purify;
}

/**
 * Sanitises page-derived HTML with the shared configuration. In a browser the global window is used;
 * in Node pass a jsdom window (see `sanitizerWindow()` in utils/html/parse-html.ts). Throws when no
 * supported window is available: it never returns unsanitised HTML.
 */
export function sanitizeArticleHtml(html: string, window?: WindowLike): string {
  const win = window ?? (globalThis as { window?: WindowLike }).window;
  if (!win) throw new Error('sanitizeArticleHtml: no window to sanitise with');
  return purifierFor(win).sanitize(html) as unknown as string;
}

/** True when `win` can sanitise (a browser or jsdom window; not linkedom's). */
export function canSanitizeWith(win: unknown): win is WindowLike {
  if (!win || typeof win !== 'object') return false;
  try {
    purifierFor(win as WindowLike);
    return true;
  } catch {
    return false;
  }
}

/**
 * The DOM of HTML that has ALREADY been sanitised here, in an inert template of `doc` (nothing in it runs or
 * loads), so that the article's plain text is read from exactly what the popup and the reader render.
 */
export function sanitizedFragment(sanitizedHtml: string, doc: Document): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = sanitizedHtml;
  return template.content;
}
