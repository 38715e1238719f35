// Page metadata read from the prepared clone BEFORE clean-up and Readability (both remove the
// elements it lives in): JSON-LD, <meta>, canonical URL, site name, language.
import { absolutise, attr, metaContent, normSpace } from './dom';
import { hostOf, isSameSite } from '../sites/same-site';

export interface JsonLdInfo {
  /** @type values of every JSON-LD object on the page. */
  types: string[];
  datePublished: string;
  /** Names of JSON-LD authors of type Person, in order. */
  personAuthors: string[];
  headline: string;
  publisherName: string;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JSON-LD strings on Vietnamese sites often carry HTML entities ("Ch&#237;nh s&#225;ch"). */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(+dec);
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[name.toLowerCase()] ?? _;
  });
}

const ARTICLE_TYPE = /article|posting|report/i;

function asArray<T>(v: T | T[] | undefined | null): T[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

/** JSON-LD script elements; `[type]` compared case-insensitively, as querySelectorAll does in HTML. */
export const JSON_LD_SELECTOR = 'script[type="application/ld+json" i]';

/** `scripts`: the page's JSON-LD scripts when the caller already found them (in document order). */
export function readJsonLd(doc: Document, scripts?: Element[]): JsonLdInfo {
  const info: JsonLdInfo = { types: [], datePublished: '', personAuthors: [], headline: '', publisherName: '' };
  const queue: unknown[] = [];
  for (const s of scripts ?? Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? '';
    if (raw.length > 200_000) continue;
    try {
      queue.push(JSON.parse(raw));
    } catch {
      // Broken JSON-LD is common (unescaped quotes in headlines); the other sources still work.
    }
  }
  for (let i = 0; i < queue.length && i < 200; i++) {
    const item = queue[i];
    if (Array.isArray(item)) {
      queue.push(...item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    if (o['@graph']) queue.push(...asArray(o['@graph']));
    const types = asArray(o['@type']).filter((t): t is string => typeof t === 'string');
    info.types.push(...types);
    if (!types.some((t) => ARTICLE_TYPE.test(t))) {
      if (!info.publisherName && types.some((t) => /organization/i.test(t)) && typeof o.name === 'string') info.publisherName = decodeEntities(o.name);
      continue;
    }
    if (!info.datePublished && typeof o.datePublished === 'string') info.datePublished = o.datePublished;
    if (!info.headline && typeof o.headline === 'string') info.headline = normSpace(decodeEntities(o.headline));
    for (const a of asArray(o.author as unknown)) {
      if (a && typeof a === 'object') {
        const p = a as Record<string, unknown>;
        if (asArray(p['@type']).includes('Person') && typeof p.name === 'string') info.personAuthors.push(normSpace(decodeEntities(p.name)));
      }
    }
    const pub = o.publisher as Record<string, unknown> | undefined;
    if (pub && typeof pub.name === 'string') info.publisherName = decodeEntities(pub.name);
  }
  return info;
}

export const CANONICAL_SELECTOR = 'link[rel="canonical" i][href]';

/**
 * `<link rel=canonical>` or og:url, absolutised, when it is on the page's own site (utils/sites/same-site.ts); else the
 * page URL. A page must not be able to claim another site's address: the library keys articles by it.
 * `links`: the page's canonical links when the caller already found them (the first one counts).
 */
export function readCanonicalUrl(doc: Document, url: string, links?: Element[]): string {
  const link = links ? (links[0] ?? null) : doc.querySelector('link[rel="canonical"][href]');
  const href = attr(link, 'href') || metaContent(doc, ['og:url']);
  const canonical = href && absolutise(href, url);
  return canonical && isSameSite(canonical, url) ? canonical : url;
}

/**
 * og:site_name, JSON-LD publisher, application-name, the site segment of the document title
 * (`fromTitle`), else the host name. A URL becomes its host.
 */
export function readSiteName(doc: Document, url: string, jsonLd: JsonLdInfo, fromTitle: string | null = null): string | null {
  const name = metaContent(doc, ['og:site_name']) || jsonLd.publisherName || metaContent(doc, ['application-name']) || fromTitle;
  if (name) return /^https?:\/\//i.test(name) ? hostOf(name) || name : normSpace(name);
  return hostOf(url) || null;
}

/** Letters only Vietnamese uses (ă â đ ê ô ơ ư and the tone-marked vowels). */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/**
 * `<html lang>` (primary subtag), else a guess from the text, else the caller's fallback. The text may
 * be passed as a function: it is then only read when no language is declared (reading a whole body's
 * text costs more than everything else here).
 */
export function readLang(doc: Document, sampleText: string | (() => string), fallback: string): string {
  const declared = attr(doc.documentElement, 'lang') || metaContent(doc, ['og:locale', 'language', 'content-language']);
  const primary = declared.split(/[-_]/)[0]?.toLowerCase();
  if (primary && /^[a-z]{2,3}$/.test(primary)) return primary;
  const sample = (typeof sampleText === 'function' ? sampleText() : sampleText).slice(0, 4000);
  const vi = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (vi > sample.length / 50) return 'vi';
  return /[a-z]/i.test(sample) ? 'en' : fallback;
}

/** True for pages a Vietnamese reader's clock applies to (lang vi or a .vn host). */
export function isVietnamesePage(lang: string, url: string): boolean {
  return lang === 'vi' || /\.vn$/i.test(hostOf(url));
}

