// What "nothing active" means for HTML we store or show, checked two ways: on the serialised string (a tag
// opener or a script URL is visible there whatever the DOM makes of it) and on the parsed DOM (attributes).
// Independent of utils/html/sanitize.ts on purpose: a test that reused the sanitiser's lists would agree with it.

/** Elements that run, load, embed, submit, restyle or re-base anything. */
const ACTIVE_TAGS = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'form', 'input', 'button',
  'select', 'textarea', 'isindex', 'base', 'meta', 'link', 'style', 'svg', 'math', 'template', 'noscript',
  'noembed', 'noframes', 'xmp', 'audio', 'video', 'source', 'track', 'picture', 'portal', 'body', 'html', 'head',
  'marquee', 'details', 'dialog', 'map', 'area', 'use', 'animate', 'set', 'foreignobject',
];
const TAG_OPENER = new RegExp(`<\\s*(${ACTIVE_TAGS.join('|')})\\b`, 'i');
/** Script-capable or document-capable URL schemes, anywhere in the string (text included). */
const SCRIPT_URL = /(?:java|vb|live)script\s*:|data\s*:\s*text|data\s*:\s*image\/svg/i;
/** Attributes no stored article needs: handlers, styling, clobbering, frames, forms, extra URL slots. */
const FORBIDDEN_ATTR = /^(?:on.+|style|id|name|srcdoc|srcset|sizes|formaction|action|background|poster|ping|xmlns.*|xlink:.+|form|autofocus|tabindex|contenteditable|target-?.*)$/i;
const URL_ATTRS = new Set(['href', 'src', 'cite', 'action', 'formaction', 'data', 'poster', 'background', 'longdesc', 'usemap', 'xlink:href']);

/** A URL attribute as the browser's URL parser sees it: control characters and spaces gone, lower case. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters the URL parser ignores
const scheme = (v: string): string => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

export interface MarkupOptions {
  /** Rendered DOM: our own class names and blob: images (the reader's stored bytes) are expected there. */
  rendered?: boolean;
}

/** Everything in `html` that should not be there; [] when it is inert. `doc` parses it (a jsdom document). */
export function activeMarkupProblems(html: string, doc: Document, opts: MarkupOptions = {}): string[] {
  const problems: string[] = [];
  const tag = TAG_OPENER.exec(html);
  if (tag) problems.push(`tag <${tag[1]}> in the string`);
  const url = SCRIPT_URL.exec(html);
  if (url) problems.push(`script URL "${url[0]}" in the string`);
  if (/srcdoc/i.test(html)) problems.push('srcdoc in the string');
  const template = doc.createElement('template');
  template.innerHTML = html;
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    const name = el.localName.toLowerCase();
    if (ACTIVE_TAGS.includes(name)) problems.push(`<${name}> element`);
    for (const attr of Array.from(el.attributes)) {
      const where = `<${name} ${attr.name}="${attr.value.slice(0, 50)}">`;
      const allowedTarget = name === 'a' && attr.name === 'target';
      if (FORBIDDEN_ATTR.test(attr.name) && !allowedTarget) problems.push(`attribute ${where}`);
      if (attr.name === 'class' && !opts.rendered) problems.push(`attribute ${where}`);
      if (URL_ATTRS.has(attr.name.toLowerCase())) {
        const v = scheme(attr.value);
        const ok = /^(https?|mailto|tel):/.test(v) || (opts.rendered && name === 'img' && attr.name === 'src' && v.startsWith('blob:'));
        // A relative URL would resolve against our own extension origin; the extractor makes every URL absolute.
        if (!ok) problems.push(`URL ${where}`);
        if (name === 'img' && attr.name === 'src' && !/^(https?|blob):/.test(v)) problems.push(`image source ${where}`);
      }
    }
    // Every link opens in a new tab and tells its target nothing (an <a> the sanitiser took the href from is
    // plain text and needs neither).
    if (name === 'a' && el.hasAttribute('href')) {
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      if (el.getAttribute('target') !== '_blank') problems.push(`link without target="_blank": ${el.outerHTML.slice(0, 80)}`);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`link without rel="noopener noreferrer": ${el.outerHTML.slice(0, 80)}`);
    }
  }
  return problems;
}

/** Problems with a plain-text field (title, lead, byline, alt, caption): it must not carry markup or script URLs. */
export function textFieldProblems(field: string, value: string | null): string[] {
  if (value === null) return [];
  const problems: string[] = [];
  if (/<\s*[a-z!/?]/i.test(value)) problems.push(`${field} holds markup: ${value.slice(0, 80)}`);
  if (SCRIPT_URL.test(value)) problems.push(`${field} holds a script URL: ${value.slice(0, 80)}`);
  if (/\bon[a-z]+\s*=/i.test(value)) problems.push(`${field} holds a handler: ${value.slice(0, 80)}`);
  return problems;
}

/** Problems with a URL field (images[].src, attachments[].href): http(s) only. */
export function urlFieldProblems(field: string, value: string): string[] {
  return /^https?:\/\/[^\s]+$/i.test(value) ? [] : [`${field} is not an http(s) URL: ${value.slice(0, 80)}`];
}
