// The one Markdown exporter: the popup's "Copy as Markdown" / ".md" download, the library's ".md" download and
// `cli read --format md` all call articleToMarkdown, so one page gives one file wherever it is exported.
//
// Layout: YAML front matter as Obsidian reads it (title, source, url, author, published, saved, tags, and for a
// legal document its card: type, number, issuer, signed, in_force, status; every
// string double-quoted and escaped, dates as plain YYYY-MM-DD so Obsidian types them as dates), the title, the
// lead, the summary, the body, the key figures as a table (short label | figure — never their sentences, which
// used to repeat one long sentence once per figure), attachments and the source link.
// Works on the article's plain text (no DOM): the same output in the extension's pages and in Node.
// The headings are Vietnamese whatever the UI language: the file is about a Vietnamese article, and the
// popup and the CLI must agree byte for byte.
import type { AnalysedArticle } from '../model/analysed-article';
import type { Figure } from '../model/figure';
import type { DocumentCard } from '../model/article';
import viCatalog from '../../public/_locales/vi/messages.json';
import { FIGURE_LABEL_KEYS } from '../figures/kind-names';
import { safeHttpUrl } from '../ui/safe-url';
import { siteDisplayName } from '../sites/site-display-name';

/** What the exporter reads: an analysed article, plus the reader's own state when it is a saved one. */
export type ExportableArticle = AnalysedArticle & { savedAt?: string; tags?: string[] };

/** Key figures carry a short `label` ("Thu ngân sách") once the figures code supplies it. */
type LabelledFigure = Figure & { label?: unknown };

/**
 * A YAML double-quoted scalar. JSON's escapes are valid YAML; on top of that the characters YAML does not
 * allow unescaped (DEL, C1 controls, lone surrogates) are escaped or replaced, and line breaks become spaces.
 */
export function yamlString(s: string): string {
  const clean = s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return JSON.stringify(clean).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "2024-04-12T15:20:00+07:00" → "2024-04-12" (the day as the page dated it, in its own time zone). */
function isoDay(iso: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso ?? '');
  return m ? m[1]! : null;
}


/** Obsidian tags may not hold spaces: "nông thôn mới" → "nông-thôn-mới". */
function obsidianTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\s+/g, '-');
}

function frontMatter(a: ExportableArticle): string[] {
  const out = ['---', `title: ${yamlString(oneLine(a.title))}`];
  const source = siteDisplayName(a.siteName, a.url);
  if (source) out.push(`source: ${yamlString(source)}`);
  out.push(`url: ${yamlString(safeHttpUrl(a.canonicalUrl || a.url) ?? a.url)}`);
  if (a.byline?.trim()) out.push(`author: ${yamlString(oneLine(a.byline))}`);
  const published = isoDay(a.publishedAt);
  if (published) out.push(`published: ${published}`);
  const saved = isoDay(a.savedAt);
  if (saved) out.push(`saved: ${saved}`);
  const tags = (a.tags ?? []).map(obsidianTag).filter(Boolean);
  if (tags.length) out.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  out.push(...documentFields(a.document));
  out.push('---');
  return out;
}

/** A legal document's card as front-matter fields, in the card's order; only the fields the page showed. */
function documentFields(card: DocumentCard | undefined): string[] {
  if (!card) return [];
  const fields: Array<[string, string | null]> = [
    ['type', card.type],
    ['number', card.number],
    ['issuer', card.issuer],
    ['signed', isoDay(card.signed)],
    ['in_force', isoDay(card.inForce)],
    ['status', card.status],
  ];
  return fields.filter(([, v]) => v?.trim()).map(([k, v]) => (k === 'signed' || k === 'in_force' ? `${k}: ${v}` : `${k}: ${yamlString(oneLine(v!))}`));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Escapes Markdown syntax so page text like "*Nóng*: [xem](javascript:…)" stays literal text. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c)
    .replace(/^(\s*)([#>+-]|\d+[.)])/gm, (_m, sp: string, mark: string) => `${sp}\\${mark}`);
}

/** A URL inside (…) of a Markdown link: spaces and parentheses percent-encoded. */
function mdUrl(u: string): string {
  return u.replace(/[ ()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function tableRow(cells: string[]): string {
  return `| ${cells.map((c) => escapeMarkdown(oneLine(c)) || ' ').join(' | ')} |`;
}

/** A paragraph of the text: table rows (cells separated by tabs, see utils/extract/text.ts) become a table. */
function paragraphBlock(p: string): string {
  const lines = p.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1 && lines.every((l) => l.includes('\t'))) {
    const rows = lines.map((l) => l.split('\t'));
    const width = Math.max(...rows.map((r) => r.length));
    const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
    const [head, ...body] = rows.map(pad);
    return [tableRow(head!), `|${' --- |'.repeat(width)}`, ...body.map(tableRow)].join('\n');
  }
  // A line break inside a paragraph stays one (two trailing spaces), as the page showed it.
  return lines.map((l) => escapeMarkdown(l.replace(/\t+/g, ' '))).join('  \n');
}

/** Paragraphs of the body text without the lead (text starts with the lead, see Article.text). */
function bodyParagraphs(a: ExportableArticle): string[] {
  let text = a.text;
  const lead = a.lead.trim();
  if (lead && text.startsWith(lead)) text = text.slice(lead.length);
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function figureLabel(f: LabelledFigure): string {
  return typeof f.label === 'string' && f.label.trim() ? f.label : viCatalog[FIGURE_LABEL_KEYS[f.kind]].message;
}

/** The key figures once each (the same figure text under the same label is one row). */
function figureRows(figures: readonly LabelledFigure[]): string[] {
  const seen = new Set<string>();
  const rows: string[] = [];
  for (const f of figures) {
    const label = figureLabel(f);
    const key = `${label}\u0000${f.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(tableRow([label, f.text]));
  }
  return rows;
}

function photoLine(im: ExportableArticle['images'][number]): string | null {
  const src = safeHttpUrl(im.src);
  return src ? `![${escapeMarkdown(oneLine(im.alt || im.caption))}](${mdUrl(src)})` : null;
}

/**
 * Each photo just above its caption, as the page showed it: the caption is a paragraph of the text, and a photo
 * gathered at the end of the file was left far from the words that explain it. Photos whose caption is not a
 * paragraph (or that have none) follow the text, in their order.
 */
function placePhotos(images: ExportableArticle['images'], body: readonly string[]): { before: Map<number, string[]>; rest: string[] } {
  const before = new Map<number, string[]>();
  const rest: string[] = [];
  const used = new Set<number>();
  const paragraphs = body.map(oneLine);
  for (const im of images) {
    const line = photoLine(im);
    if (!line) continue;
    const caption = oneLine(im.caption);
    const at = caption ? paragraphs.findIndex((p, i) => !used.has(i) && p.startsWith(caption)) : -1;
    if (at < 0) {
      rest.push(line, '');
      continue;
    }
    used.add(at);
    before.set(at, [...(before.get(at) ?? []), line, '']);
  }
  return { before, rest };
}

export function articleToMarkdown(a: ExportableArticle): string {
  const out: string[] = [...frontMatter(a), '', `# ${escapeMarkdown(oneLine(a.title))}`, ''];
  if (a.lead.trim()) out.push(`> ${escapeMarkdown(oneLine(a.lead))}`, '');
  const summary = a.summary.map((s) => oneLine(s.text)).filter(Boolean);
  if (summary.length) out.push('## Tóm tắt', '', ...summary.map((s) => `- ${escapeMarkdown(s)}`), '');
  const body = bodyParagraphs(a);
  if (body.length) out.push('## Nội dung', '');
  const { before, rest } = placePhotos(a.images, body);
  body.forEach((p, i) => out.push(...(before.get(i) ?? []), paragraphBlock(p), ''));
  out.push(...rest);
  const figures = figureRows(a.keyFigures);
  if (figures.length) out.push('## Số liệu chính', '', '| Số liệu | Giá trị |', '| --- | --- |', ...figures, '');
  if (a.attachments.length) {
    out.push('## Tệp đính kèm', '');
    for (const at of a.attachments) {
      const href = safeHttpUrl(at.href);
      out.push(href ? `- [${escapeMarkdown(oneLine(at.name))}](${mdUrl(href)})` : `- ${escapeMarkdown(oneLine(at.name))}`);
    }
    out.push('');
  }
  const source = safeHttpUrl(a.url);
  out.push('---', '', source ? `Nguồn: <${mdUrl(source)}>` : `Nguồn: ${escapeMarkdown(a.url)}`, '');
  return out.join('\n');
}

/** "Hội nghị triển khai … 2024" → "hoi-nghi-trien-khai-2024.md": a file name every system accepts. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'bai-viet'}.md`;
}
