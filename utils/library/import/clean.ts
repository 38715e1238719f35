// Rebuilds a validated record from its known fields only. A backup may carry extra keys (a newer build, or an
// attacker's padding); they are dropped instead of being stored and later spread into live objects.
import type { SavedArticle } from '../../model/saved-article';
import type { Figure, KeyFigure, SummarySentence } from '../../model/figure';

type Obj = Record<string, unknown>;

function pick<T>(o: Obj, required: readonly string[], optional: readonly string[] = []): T {
  const out: Obj = {};
  for (const k of required) out[k] = o[k];
  for (const k of optional) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}

const FIGURE = ['kind', 'text', 'start', 'end'] as const;
const FIGURE_OPTIONAL = ['value', 'unit', 'total', 'date', 'code', 'approx'] as const;

/** Only call on a record that passed checkSavedArticle(). */
export function cleanSavedArticle(v: unknown): SavedArticle {
  const a = v as Obj;
  const out = pick<SavedArticle>(
    a,
    ['url', 'canonicalUrl', 'title', 'byline', 'publishedAt', 'siteName', 'lang', 'lead', 'html', 'text'],
  );
  out.images = (a.images as Obj[]).map((im) => pick(im, ['src', 'alt', 'caption']));
  out.attachments = (a.attachments as Obj[]).map((at) => pick(at, ['name', 'href']));
  out.wordCount = a.wordCount as number;
  out.readingMinutes = a.readingMinutes as number;
  out.extractedAt = a.extractedAt as string;
  out.figures = (a.figures as Obj[]).map((f) => pick<Figure>(f, FIGURE, FIGURE_OPTIONAL));
  out.keyFigures = (a.keyFigures as Obj[]).map((f) => pick<KeyFigure>(f, [...FIGURE, 'sentence', 'score'], [...FIGURE_OPTIONAL, 'label', 'display']));
  out.summary = (a.summary as Obj[]).map((s) => pick<SummarySentence>(s, ['text', 'start', 'end']));
  out.id = a.id as string;
  out.savedAt = a.savedAt as string;
  out.updatedAt = a.updatedAt as string;
  out.readAt = a.readAt as string | null;
  out.progress = a.progress as number;
  out.tags = [...(a.tags as string[])];
  out.missingImages = [...(a.missingImages as string[])];
  if (a.pending === true) out.pending = true;
  if (a.kind === 'article' || a.kind === 'legal') out.kind = a.kind;
  if (a.document) out.document = pick(a.document as Obj, ['type', 'number', 'issuer', 'signed', 'inForce', 'status']);
  return out;
}
