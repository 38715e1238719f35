// The lines printed next to a portal's headline — the date in each form portals print it, "Quay lại"/"Back",
// "Lượt xem: 1.247"/"View count", "In bài"/"Print" — on two portal templates from the development corpus
// (Drupal with gavias_batiz on anphu.angiang.gov.vn; Joomla 4 Cassiopeia on hoaian.binhdinh.gov.vn), in Vietnamese
// and as the same template's English page: the date is found as a Vietnam-local calendar date, and none of these
// lines opens the text.
import { describe, expect, it } from 'vitest';
import { DEV_CORPUS_DIR, corpusPages, type CorpusPage } from '../helpers/shared';
import { extractArticle } from '../../utils/extract/index';
import { parseHtml } from '../../utils/html/parse-html';
import type { Article } from '../../utils/model/article';

function devPage(file: string): CorpusPage {
  const page = corpusPages(DEV_CORPUS_DIR).find((p) => p.file === file);
  if (!page) throw new Error(`${file} is missing from the development corpus`);
  return page;
}

function read(html: string, url: string): Article {
  const r = extractArticle(parseHtml(html, url), url);
  if (!r.ok) throw new Error(`not read as an article: ${r.reason}`);
  return r.article;
}

function replaced(html: string, pairs: Array<[string | RegExp, string]>): string {
  let out = html;
  for (const [from, to] of pairs) {
    const next = out.replace(from, to);
    expect(next, `template changed: ${String(from)}`).not.toBe(out);
    out = next;
  }
  return out;
}

interface Template {
  name: string;
  page: CorpusPage;
  /** The template with `line` printed where it prints its date, and `tools` at the top of the body. */
  variant: (line: string, tools: string, english: boolean) => string;
  /** The first words of the body. */
  opening: string;
}

const drupal = devPage('authored/drupal-gavias-anphu-ten-mien-vn.html');
const joomla = devPage('authored/joomla4-cassiopeia-hoi-nghi-tw11.html');
const english = (html: string, on: boolean) => (on ? html.replace(/<html lang="vi[^"]*"/, '<html lang="en"') : html);

const TEMPLATES: Template[] = [
  {
    name: 'Drupal gavias (anphu.angiang.gov.vn)',
    page: drupal,
    variant: (line, tools, en) =>
      english(
        replaced(drupal.html, [
          ['<span class="post-created"> 23/03/2025</span>', `<span class="post-created">${line}</span>`],
          ['<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n<p>Theo', `<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n${tools}\n<p>Theo`],
        ]),
        en,
      ),
    opening: 'Theo Thông tư số 10/2025/TT-BTC',
  },
  {
    name: 'Joomla 4 Cassiopeia (hoaian.binhdinh.gov.vn)',
    page: joomla,
    variant: (line, tools, en) =>
      english(
        replaced(joomla.html, [
          // The visible line only: the <time datetime> attribute would answer before it.
          [/<time datetime="[^"]*" itemprop="datePublished">\s*Ngày đăng: Thứ Tư, 16\/04\/2025 - 15:14\s*<\/time>/, `<span>${line}</span>`],
          ['<div itemprop="articleBody" class="com-content-article__body">', `<div itemprop="articleBody" class="com-content-article__body">\n${tools}`],
        ]),
        en,
      ),
    opening: '(binhdinh.gov.vn) - Sáng 16/4',
  },
];

const VIETNAMESE_DATES: Array<[string, string]> = [
  ['30 tháng 8, 2024', '2024-08-30'],
  ['Ngày đăng 20/06/2018 | 4:12 PM', '2018-06-20T16:12:00+07:00'],
  ['Thứ Sáu, 30/08/2024 - 10:15', '2024-08-30T10:15:00+07:00'],
  ['Cập nhật: 20-06-2018', '2018-06-20'],
  ['ngày 27 tháng 11 năm 2015', '2015-11-27'],
  ['Đăng lúc: 23:40 - 31/12/2023 (GMT+7)', '2023-12-31T23:40:00+07:00'],
];
const ENGLISH_DATES: Array<[string, string]> = [
  ['June 20, 2018', '2018-06-20'],
  ['Posted on: Friday, June 20, 2018 | 4:12 PM', '2018-06-20T16:12:00+07:00'],
  ['Updated: 20 June 2018 23:40 (GMT+7)', '2018-06-20T23:40:00+07:00'],
];

const VI_TOOLS = '<p><a href="javascript:history.back()">« Quay lại</a></p>\n<p><span>Lượt xem: 1.247</span> | <a href="javascript:window.print()">In bài</a></p>';
const EN_TOOLS = '<p><a href="javascript:history.back()">Back</a></p>\n<p>View count: 1,247 | <a href="#" onclick="window.print()">Print</a></p>';

describe.each(TEMPLATES)('lines next to the headline: $name', (t) => {
  it.each(VIETNAMESE_DATES)('Vietnamese page, "%s" → %s; the date line, "Quay lại", "Lượt xem", "In bài" do not open the text', (line, iso) => {
    const a = read(t.variant(line, VI_TOOLS, false), t.page.url);
    expect(a.publishedAt).toBe(iso);
    expect(a.text.startsWith(t.opening), a.text.slice(0, 120)).toBe(true);
    for (const junk of ['Quay lại', 'Lượt xem', '1.247', 'In bài']) expect(a.text, junk).not.toContain(junk);
  });

  it.each(ENGLISH_DATES)('English page, "%s" → %s, a Vietnam-local date; "Back", "View count", "Print" do not open the text', (line, iso) => {
    const a = read(t.variant(line, EN_TOOLS, true), t.page.url);
    expect(a.publishedAt).toBe(iso);
    expect(a.text.startsWith(t.opening), a.text.slice(0, 120)).toBe(true);
    for (const junk of ['Back', 'View count', '1,247', 'Print']) expect(a.text, junk).not.toContain(junk);
  });
});
