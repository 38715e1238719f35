// Shape checks for records that come from outside this code's control: a backup file, or a record on disk that
// an older build, a bug or disk damage may have mangled. Each check returns the first problem as text (or
// null); the callers decide whether that refuses a file or quarantines a record.
import { hasActiveMarkup } from './active-markup';
import { MAX_FIGURES } from '../model/figure';

// Keys that change an object's prototype when copied with Object.assign/[[Set]]: never accepted in input.
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

// Generous caps: the biggest corpus page is far below them; anything larger is damage or an attack.
export const LIMITS = {
  url: 4096,
  shortText: 1000,
  lead: 10_000,
  text: 2_000_000,
  html: 5_000_000,
  listItems: 2000,
  tags: 50,
  tag: 100,
} as const;

type Check = string | null;

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function forbiddenKey(o: object): Check {
  for (const k of FORBIDDEN_KEYS) if (own(o, k)) return `forbidden key "${k}"`;
  return null;
}

/** http(s) only: a javascript:, data: or file: URL in a backup would end up in a link in the reader. */
export function isWebUrl(v: unknown, max: number = LIMITS.url): v is string {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number): boolean => v === null || str(v, max);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const int = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isoDate = (v: unknown): boolean => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

function checkList(v: unknown, field: string, item: (x: unknown) => Check, max: number = LIMITS.listItems): Check {
  if (!Array.isArray(v)) return `${field} is not a list`;
  if (v.length > max) return `${field} has too many items`;
  for (let i = 0; i < v.length; i++) {
    const p = item(v[i]);
    if (p) return `${field}[${i}]: ${p}`;
  }
  return null;
}

function checkObject(v: unknown, fields: Record<string, (x: unknown) => boolean>, optional: Record<string, (x: unknown) => boolean> = {}): Check {
  if (!isPlainObject(v)) return 'not an object';
  const bad = forbiddenKey(v);
  if (bad) return bad;
  for (const [k, ok] of Object.entries(fields)) if (!ok(v[k])) return `bad or missing "${k}"`;
  for (const [k, ok] of Object.entries(optional)) if (own(v, k) && v[k] !== undefined && !ok(v[k])) return `bad "${k}"`;
  return null;
}

const FIGURE_KINDS = new Set(['money', 'percent', 'quantity', 'ratio', 'date', 'document']);
const APPROX = new Set(['over', 'under', 'about']);
const figureFields = {
  kind: (x: unknown) => typeof x === 'string' && FIGURE_KINDS.has(x),
  text: (x: unknown) => str(x, LIMITS.shortText),
  start: int,
  end: int,
};
const figureOptional = {
  value: num,
  unit: (x: unknown) => str(x, 100),
  total: num,
  date: (x: unknown) => str(x, 40),
  code: (x: unknown) => str(x, 200),
  approx: (x: unknown) => typeof x === 'string' && APPROX.has(x),
};
const checkFigure = (x: unknown): Check => checkObject(x, figureFields, figureOptional);
const checkKeyFigure = (x: unknown): Check =>
  checkObject(x, { ...figureFields, sentence: (s) => str(s, LIMITS.lead), score: num }, {
    ...figureOptional,
    label: (s: unknown) => str(s, LIMITS.shortText),
    display: (s: unknown) => str(s, LIMITS.shortText),
  });
const checkSentence = (x: unknown): Check =>
  checkObject(x, { text: (s) => str(s, LIMITS.lead), start: int, end: int });
// Images may be inline data: images on some portals; only image types are acceptable there.
const isImageSrc = (s: unknown): boolean => isWebUrl(s) || (str(s, LIMITS.url * 256) && /^data:image\/[a-z0-9.+-]+[;,]/i.test(s));
const checkImage = (x: unknown): Check =>
  checkObject(x, { src: isImageSrc, alt: (s) => str(s, LIMITS.shortText), caption: (s) => str(s, LIMITS.lead) });
const checkAttachment = (x: unknown): Check =>
  checkObject(x, { name: (s) => str(s, LIMITS.shortText), href: (s) => isWebUrl(s) });
const cardText = (x: unknown) => strOrNull(x, LIMITS.shortText);
const cardDate = (x: unknown) => x === null || (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x));
/** A legal document's card (utils/model/article.ts DocumentCard): every field present, text or null, dates as days. */
const checkDocumentCard = (x: unknown): Check =>
  checkObject(x, { type: cardText, number: cardText, issuer: cardText, signed: cardDate, inForce: cardDate, status: cardText });
const checkTag = (x: unknown): Check => (str(x, LIMITS.tag) && x.trim() !== '' ? null : 'not a tag');
const checkUrlItem = (x: unknown): Check => (isImageSrc(x) ? null : 'not an http(s) URL');

/** Problem with a SavedArticle-shaped record, or null when it is sound. */
export function checkSavedArticle(v: unknown, opts: { untrustedHtml?: boolean } = {}): Check {
  const shape = checkObject(
    v,
    {
      id: (x) => str(x, 64) && x.length > 0,
      url: (x) => isWebUrl(x),
      canonicalUrl: (x) => isWebUrl(x),
      title: (x) => str(x, LIMITS.shortText),
      byline: (x) => strOrNull(x, LIMITS.shortText),
      publishedAt: (x) => strOrNull(x, 64),
      siteName: (x) => strOrNull(x, LIMITS.shortText),
      lang: (x) => str(x, 35),
      lead: (x) => str(x, LIMITS.lead),
      html: (x) => str(x, LIMITS.html),
      text: (x) => str(x, LIMITS.text),
      wordCount: int,
      readingMinutes: (x) => num(x) && x >= 0,
      extractedAt: isoDate,
      savedAt: isoDate,
      updatedAt: isoDate,
      readAt: (x) => x === null || isoDate(x),
      progress: (x) => num(x) && x >= 0 && x <= 1,
    },
    { pending: (x) => typeof x === 'boolean', kind: (x) => x === 'article' || x === 'legal' },
  );
  if (shape) return shape;
  const a = v as Record<string, unknown>;
  if (own(a, 'document') && a.document !== undefined) {
    const card = checkDocumentCard(a.document);
    if (card) return `document: ${card}`;
  }
  const lists: [string, (x: unknown) => Check, number?][] = [
    ['images', checkImage],
    ['attachments', checkAttachment],
    ['figures', checkFigure, MAX_FIGURES],
    ['keyFigures', checkKeyFigure],
    ['summary', checkSentence],
    ['tags', checkTag, LIMITS.tags],
    ['missingImages', checkUrlItem],
  ];
  for (const [field, check, max] of lists) {
    const p = checkList(a[field], field, check, max);
    if (p) return p;
  }
  // article.html is sanitised when extracted, so markup a sanitiser always removes can only be there if the
  // record was forged or damaged. A tripwire over tags and attribute names (active-markup.ts), not the
  // sanitiser: the reader still renders defensively.
  if (opts.untrustedHtml && hasActiveMarkup(a.html as string)) return 'html contains active content (script, handler or javascript: URL)';
  return null;
}
