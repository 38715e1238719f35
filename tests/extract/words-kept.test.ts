// The invariant "no word of a sentence is ever dropped", over every corpus page: each paragraph (p, li, td) of
// what plain Readability picks on the page keeps all of its words, in order, in our text — unless a clean-up
// step (on the page or on the pick) removes that paragraph AS A WHOLE (a menu, a footer, a "Tin liên quan" box, a date line, a tool row, a
// file list, the author line shown as the byline). Attachments may be listed, but a file link inside a sentence
// stays in the sentence.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { CORPUS_DIR, DEV_CORPUS_DIR, corpusPages, type CorpusPage } from '../helpers/shared';
import { parseHtml } from '../../utils/html/parse-html';
import { extractArticle, JUNK_SELECTOR } from '../../utils/extract/index';
import { cleanupContent, cleanupDocument } from '../../utils/extract/cleanup';
import { isDateLine, isToolText } from '../../utils/extract/edges';
import { asAttachment, isAttachmentLabel } from '../../utils/extract/attachments';
import { authorLine, cleanByline } from '../../utils/extract/byline';
import { foldForSearch } from '../../utils/text/fold';
import type { Article } from '../../utils/model/article';
import { PORTALS_DIR } from './helpers';

const PARAGRAPH = 'p, li, td';
const ID = 'data-words-kept-id';

const words = (s: string | null | undefined) => (String(s ?? '').normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const norm = (s: string | null | undefined) => String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Numbers every element of the page, so that the same paragraph can be followed across separate parses (every
 * element, not only paragraphs: Readability turns a <div> of phrasing content into a <p>, keeping attributes).
 */
function numbered(html: string, url: string): Document {
  const doc = parseHtml(html, url);
  Array.from(doc.querySelectorAll('body *')).forEach((el, i) => el.setAttribute(ID, String(i)));
  return doc;
}

/** The paragraphs the clean-up removes as a whole (inside a removed element), before Readability runs. */
function removedByCleanup(html: string, url: string): Set<string> {
  const doc = numbered(html, url);
  const gone: Element[] = Array.from(doc.querySelectorAll(JUNK_SELECTOR));
  for (const el of gone) el.remove();
  gone.push(...cleanupDocument(doc).removed);
  const ids = new Set<string>();
  for (const el of gone) for (const p of [el, ...Array.from(el.querySelectorAll(`[${ID}]`))]) if (p.hasAttribute(ID)) ids.add(p.getAttribute(ID)!);
  return ids;
}

/** A line the edges or the byline recovery take out whole: the headline, a date, a tool row, files, the author. */
function takenOutWhole(el: Element, a: Article): boolean {
  const text = norm(el.textContent);
  if (!text || foldForSearch(text) === foldForSearch(a.title) || isDateLine(text) || isToolText(text) || isAttachmentLabel(text)) return true;
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length && links.every((l) => asAttachment(l)) && !words(text.replace(new RegExp(links.map((l) => norm(l.textContent).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'), '')).filter((w) => !/^(?:file|tệp|đính|kèm|tải|về)$/u.test(w)).length) return true;
  const author = authorLine(el);
  return !!a.byline && ((!!author && foldForSearch(a.byline).includes(foldForSearch(cleanByline(author)))) || foldForSearch(cleanByline(text)) === foldForSearch(a.byline));
}

/** The paragraphs of plain Readability's pick whose words are not all in our text, in order. */
export function droppedWords(page: Pick<CorpusPage, 'html' | 'url'>): string[] {
  const ours = extractArticle(parseHtml(page.html, page.url), page.url, { limits: { maxMillis: 60_000 } });
  if (!ours.ok) throw new Error(`not read as an article: ${ours.reason}`);
  const removed = removedByCleanup(page.html, page.url);
  const plain = new Readability<Element>(numbered(page.html, page.url), { serializer: (el) => el as Element }).parse();
  // The pick's own clean-up (English news pages' stamps, prompts, related lines) removes whole blocks, as above.
  if (plain?.content) cleanupContent(plain.content);
  const text = ` ${words(ours.article.text).join(' ')} `;
  const lost: string[] = [];
  for (const el of Array.from(plain?.content?.querySelectorAll(PARAGRAPH) ?? [])) {
    if (el.querySelector(PARAGRAPH)) continue; // the innermost paragraphs only (a layout cell holds paragraphs)
    const id = el.getAttribute(ID);
    if ((id && removed.has(id)) || takenOutWhole(el, ours.article)) continue;
    // A paragraph Readability made around phrasing content (a <div>'s skip link) has no number of its own: it is
    // removed whole when an element the clean-up removed holds all of its text.
    const whole = norm(el.textContent);
    if (!id && Array.from(el.querySelectorAll(`[${ID}]`)).some((c) => removed.has(c.getAttribute(ID)!) && norm(c.textContent) === whole)) continue;
    const w = words(el.textContent);
    if (w.length && !text.includes(` ${w.join(' ')} `)) lost.push(norm(el.textContent).slice(0, 160));
  }
  return lost;
}

const articles = (dir: string) => (existsSync(dir) ? corpusPages(dir).filter((p) => p.isArticle) : []);

describe('no word of a paragraph is dropped (every corpus article)', () => {
  const pages = [...articles(CORPUS_DIR), ...articles(DEV_CORPUS_DIR)];
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });
  it.each(pages.map((p) => [p.file, p] as const))('%s', (_name, page) => {
    expect(droppedWords(page)).toEqual([]);
  });
});

// Decision numbers linked to their PDFs inside a sentence, on two portal templates (Drupal with gavias_batiz on
// anphu.angiang.gov.vn; Joomla 4 Cassiopeia on hoaian.binhdinh.gov.vn, both from the development corpus) and in
// an ASP.NET table cell where the body, the author and the file list share one <td>.
const DECISIONS =
  'Ngày <b>20/6/2024</b>, Ủy ban nhân dân huyện đã xử phạt vi phạm hành chính 3 cơ sở kinh doanh theo các Quyết định số ' +
  '<a href="/sites/default/files/2024-06/56-qd-xpvphc.pdf">56/QĐ-XPVPHC</a>, số <a href="/sites/default/files/2024-06/57-qd-xpvphc.pdf">57/QĐ-XPVPHC</a> ' +
  'và số <a href="/sites/default/files/2024-06/58-qd-xpvphc.pdf">58/QĐ-XPVPHC</a>.';
const SENTENCE = 'Ngày 20/6/2024, Ủy ban nhân dân huyện đã xử phạt vi phạm hành chính 3 cơ sở kinh doanh theo các Quyết định số 56/QĐ-XPVPHC, số 57/QĐ-XPVPHC và số 58/QĐ-XPVPHC.';

function devPage(file: string): CorpusPage {
  const page = corpusPages(DEV_CORPUS_DIR).find((p) => p.file === file);
  if (!page) throw new Error(`${file} is missing from the development corpus`);
  return page;
}

/** Puts `html` right after the paragraph that starts with `anchor` (the page's own markup around it). */
function withParagraph(page: CorpusPage, anchor: string, html: string): CorpusPage {
  const at = page.html.indexOf(anchor);
  const end = page.html.indexOf('</p>', at) + '</p>'.length;
  expect(at, anchor).toBeGreaterThan(0);
  return { ...page, html: `${page.html.slice(0, end)}\n${html}${page.html.slice(end)}` };
}

async function readOk(page: Pick<CorpusPage, 'html' | 'url'>): Promise<Article> {
  const r = extractArticle(parseHtml(page.html, page.url), page.url);
  if (!r.ok) throw new Error(`not read as an article: ${r.reason}`);
  return r.article;
}

describe('file links inside a sentence keep their words and are listed too', () => {
  it.each([
    ['Drupal (anphu.angiang.gov.vn), last paragraph', 'authored/drupal-gavias-anphu-ten-mien-vn.html', '<p>Ngoài ra, các chính sách ưu đãi'],
    ['Joomla 4 (hoaian.binhdinh.gov.vn), last paragraph', 'authored/joomla4-cassiopeia-hoi-nghi-tw11.html', '<p>Đề nghị cán bộ, đảng viên'],
  ])('%s', async (_name, file, anchor) => {
    const page = withParagraph(devPage(file), anchor, `<p>${DECISIONS}</p>`);
    const a = await readOk(page);
    expect(norm(a.text)).toContain(SENTENCE);
    expect(a.attachments.map((x) => x.name)).toEqual(['56/QĐ-XPVPHC', '57/QĐ-XPVPHC', '58/QĐ-XPVPHC']);
    expect(droppedWords(page)).toEqual([]);
  });

  it('ASP.NET table cell, first paragraph: the bold date and the links stay, the "File đính kèm:" line and the tool row go', async () => {
    const html = readFileSync(resolve(PORTALS_DIR, 'table-layout-attachments.html'), 'utf8').replace('<p>Sáng ngày 11/3', `<p>${DECISIONS}</p>\n<p>Sáng ngày 11/3`);
    const a = await readOk({ html, url: 'http://yendinh.thanhhoa.gov.vn/ChiTietTin.aspx?id=9012' });
    expect(norm(a.text)).toContain(SENTENCE);
    for (const junk of ['File đính kèm', 'ke-hoach-chuyen-doi-so-2024.pdf', 'Gửi email', 'In trang']) expect(a.text, junk).not.toContain(junk);
    expect(a.attachments.map((x) => x.name)).toEqual(['56/QĐ-XPVPHC', '57/QĐ-XPVPHC', '58/QĐ-XPVPHC', 'ke-hoach-chuyen-doi-so-2024.pdf', 'phu-luc-chi-tieu.xlsx']);
  });
});
