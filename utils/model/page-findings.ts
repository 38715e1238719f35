// A refused page's findings as they cross a message boundary (the tab's extractor → the popup): kept only when every
// part is what the extractor makes, plain strings of bounded length and http(s) file links; anything else is dropped
// rather than shown.
import type { PageFindings } from './article';

const MAX_ITEMS = 40;
const MAX_CHARS = 500;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_CHARS;
const isWebLink = (v: unknown): v is string => isText(v) && /^https?:\/\//i.test(v);

export function checkedFindings(v: unknown): PageFindings | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (!isText(o.title) || !Array.isArray(o.attributes) || !Array.isArray(o.files)) return undefined;
  const attributes = o.attributes
    .slice(0, MAX_ITEMS)
    .filter((a): a is { label: string; value: string } => !!a && typeof a === 'object' && isText((a as Record<string, unknown>).label) && isText((a as Record<string, unknown>).value))
    .map((a) => ({ label: a.label, value: a.value }));
  const files = o.files
    .slice(0, MAX_ITEMS)
    .filter((f): f is { name: string; href: string } => !!f && typeof f === 'object' && isText((f as Record<string, unknown>).name) && isWebLink((f as Record<string, unknown>).href))
    .map((f) => ({ name: f.name, href: f.href }));
  return { title: o.title, attributes, files };
}
