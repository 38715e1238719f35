// What a data page offers instead of an article, read from the page as the reader sees it (before clean-up):
//   - attributes: "label | value" rows of a properties table (vbpl.vn's document properties, "Số ký hiệu |
//     101/2015/QH13 | Ngày ban hành | 27/11/2015") or a metadata table whose row headers are <th> (CKAN's
//     "Thông tin khác": "Cập nhật mới nhất | tháng 11 6, 2024"), or a <dl>;
//   - files: links to documents and data files, including the script links document databases use
//     (vbpl.vn: javascript:downloadfile('101.2015.QH13.doc','/TW/Lists/vbpq/Attachments/96172/101.2015.QH13.doc'));
//   - resource items: list items each naming one data file with a format badge ("CSV", "XLSX"), the mark of an
//     open-data dataset page (CKAN and the portals built like it);
//   - a message form (name, e-mail, message), the mark of a contact page;
//   - a search form with filters (a query box beside choices of document type, year, issuing body), the mark of a
//     search page whose results a script fills in (hasSearchForm, asked once by the pipeline).
// All of it is plain text and http(s) links: the popup lists it, nothing of the page's markup survives.
import type { Attachment, PageAttribute } from '../model/article';
import { asAttachment } from './attachments';
import { absolutise, attr, textOf } from './dom';
import { foldForSearch } from '../text/fold';

export interface PageData {
  attributes: PageAttribute[];
  files: Attachment[];
  /** List items that each offer one data file with its format badge. */
  resourceItems: number;
  /** A form with a message box and at least two typed fields (name, e-mail, phone). */
  messageForm: boolean;
  /** The heading row of the first table that gave attributes (vbpl.vn's "Tố tụng hình sự" over its properties). */
  caption: string;
}

const MAX_ATTRIBUTES = 24;
const MAX_FILES = 30;
const MAX_LABEL = 80;
const MAX_VALUE = 400;
/** Data and document formats as badges print them. */
const FORMAT = /^(?:csv|tsv|xlsx?|ods|json|geojson|xml|rdf|pdf|docx?|odt|zip|rar|shp|kml|kmz|api|wms|wfs|html?)$/i;
/** The path argument of a script download link: a quoted absolute path to a file with an extension. */
const SCRIPT_FILE = /['"](\/[^'"]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|csv))['"]/i;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** A label cell: marked as such (th, class "label"), short, and not a number or a date. */
function isLabelCell(cell: Element): boolean {
  const text = textOf(cell);
  if (!text || text.length > MAX_LABEL || /^[\d\s/.:-]+$/.test(text)) return false;
  return cell.tagName.toUpperCase() === 'TH' || /\blabel\b/i.test(attr(cell, 'class'));
}

/** A table's own heading: its caption, or a first row that is one cell across the table. */
function tableCaption(table: Element): string {
  const caption = table.querySelector('caption');
  if (caption) return textOf(caption);
  const first = table.querySelector('tr');
  const cells = first ? Array.from(first.children).filter((c) => /^T[DH]$/i.test(c.tagName)) : [];
  return cells.length === 1 && cells[0]!.hasAttribute('colspan') ? textOf(cells[0]!) : '';
}

function tableAttributes(table: Element, out: PageAttribute[]): void {
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).filter((c) => /^T[DH]$/i.test(c.tagName));
    for (let i = 0; i + 1 < cells.length; i++) {
      const label = cells[i]!;
      const value = cells[i + 1]!;
      if (!isLabelCell(label) || isLabelCell(value)) continue;
      const v = textOf(value);
      if (v) out.push({ label: clip(textOf(label).replace(/\s*:$/, ''), MAX_LABEL), value: clip(v, MAX_VALUE) });
      i++;
    }
  }
}

function listAttributes(dl: Element, out: PageAttribute[]): void {
  for (const dt of Array.from(dl.querySelectorAll(':scope > dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName.toUpperCase() !== 'DD') continue;
    const label = textOf(dt);
    const value = textOf(dd);
    if (label && value && label.length <= MAX_LABEL) out.push({ label: clip(label.replace(/\s*:$/, ''), MAX_LABEL), value: clip(value, MAX_VALUE) });
  }
}

/** "Hiệu lực: Còn hiệu lực" as a list line whose first element is the label (vbpl.vn's status box). */
function lineAttribute(line: Element, out: PageAttribute[]): void {
  const first = line.firstElementChild;
  if (!first || !/^(?:SPAN|B|STRONG|LABEL)$/i.test(first.tagName)) return;
  const label = textOf(first);
  if (!label.endsWith(':') || label.length > 40) return;
  const all = textOf(line);
  if (all.length > 200 || !all.startsWith(label)) return;
  const value = all.slice(label.length).trim();
  if (value) out.push({ label: label.replace(/\s*:$/, ''), value });
}

/** A file link: an http(s) document link, or a script link whose argument is the file's path on the same site. */
function fileOf(a: Element, url: string): Attachment | null {
  const direct = asAttachment(a);
  if (direct) return direct;
  const href = attr(a, 'href');
  if (!/^javascript:/i.test(href)) return null;
  const path = SCRIPT_FILE.exec(href)?.[1];
  if (!path) return null;
  const abs = absolutise(path, url);
  if (!/^https?:\/\//i.test(abs)) return null;
  return { name: textOf(a) || path.slice(path.lastIndexOf('/') + 1), href: abs };
}

const DATA_FILE = /\.(?:csv|tsv|json|geojson|xml|rdf|shp|kml|kmz|xlsx?|ods|pdf|docx?|zip)$/i;

/**
 * A list item offering one data file: a named link with one format badge ("mau - du-lieu.xlsx [XLSX]"). A search
 * result's badge row ("CSV", "XLSX" links that are nothing but the badge) is not one. Its file: the item's download
 * link when it has one, else its heading link, named by the heading.
 */
function resourceFile(li: Element): Attachment | null {
  const badges = Array.from(li.querySelectorAll('[data-format], .format-label, .label, .badge')).filter((b) => FORMAT.test(textOf(b)) || FORMAT.test(attr(b, 'data-format')));
  const heading = li.querySelector('a[href]');
  if (badges.length !== 1 || !heading) return null;
  const name = textOf(heading).replace(textOf(badges[0]!), '').trim();
  if (name.length < 3) return null;
  const links = Array.from(li.querySelectorAll('a[href]')).map((a) => attr(a, 'href'));
  const href = links.find((h) => /^https?:\/\//i.test(h) && DATA_FILE.test(h.split(/[?#]/)[0]!)) ?? attr(heading, 'href');
  return /^https?:\/\//i.test(href) ? { name: clip(name, MAX_VALUE), href } : null;
}

/** What a query box calls itself (name, id, placeholder, label), folded: "Tìm văn bản...", "txtKeyword", "Từ khóa". */
const QUERY_NAME = /\b(?:tim|tim kiem|search|keywords?|tu ?khoa|tra cuu|query|q)\b/;
/** A choice a search filter offers: a drop-down, a tick box, a radio button. */
const FILTER_CONTROL = 'select, input[type="checkbox" i], input[type="radio" i]';
/** Filter controls that make a query box a search form rather than a header's search field. */
const MIN_FILTERS = 3;
/** How far up from the query box its filters may sit (the box and the filter bar share a header or a panel). */
const FILTER_LEVELS = 4;

/**
 * A query box with filters around it: document databases (a tax-documents index, provincial "Hệ thống văn bản"
 * systems) open on "Từ khóa" beside drop-downs or tick boxes of document type, issuing body, field and year, and
 * fill the results in by script, so the saved page has the form and no results. A portal's header search field
 * has no filters, or one drop-down of sections.
 */
export function hasSearchForm(root: Element): boolean {
  for (const input of Array.from(root.querySelectorAll('input[type="search" i], input[type="text" i], input:not([type])'))) {
    const names = ['name', 'id', 'placeholder', 'aria-label', 'title'].map((a) => attr(input, a)).join(' ');
    // "txtKeyword", "tu_khoa", "search-box": the words of a script name.
    if (!QUERY_NAME.test(foldForSearch(names.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ')))) continue;
    let box: Element | null = input.parentElement;
    for (let up = 0; box && up < FILTER_LEVELS; box = box.parentElement, up++) {
      if (box.querySelectorAll(FILTER_CONTROL).length >= MIN_FILTERS) return true;
    }
  }
  return false;
}

export function readPageData(root: Element, links: Element[], url: string): PageData {
  const attributes: PageAttribute[] = [];
  let caption = '';
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (attributes.length >= MAX_ATTRIBUTES) break;
    const before = attributes.length;
    tableAttributes(table, attributes);
    if (!caption && attributes.length > before) caption = clip(tableCaption(table), MAX_VALUE);
  }
  for (const li of Array.from(root.querySelectorAll('li'))) {
    if (attributes.length >= MAX_ATTRIBUTES) break;
    lineAttribute(li, attributes);
  }
  for (const dl of Array.from(root.querySelectorAll('dl'))) {
    if (attributes.length >= MAX_ATTRIBUTES) break;
    listAttributes(dl, attributes);
  }
  const files: Attachment[] = [];
  const seen = new Set<string>();
  let resourceItems = 0;
  for (const li of Array.from(root.querySelectorAll('li'))) {
    const file = resourceFile(li);
    if (!file) continue;
    resourceItems++;
    if (seen.has(file.href) || files.length >= MAX_FILES) continue;
    seen.add(file.href);
    files.push(file);
  }
  for (const a of links) {
    if (files.length >= MAX_FILES) break;
    const file = fileOf(a, url);
    if (!file || seen.has(file.href)) continue;
    seen.add(file.href);
    files.push({ name: clip(file.name, MAX_VALUE), href: file.href });
  }
  const messageForm = Array.from(root.querySelectorAll('form')).some(
    (f) => !!f.querySelector('textarea') && f.querySelectorAll('input[type="text" i], input[type="email" i], input[type="tel" i], input:not([type])').length >= 2,
  );
  // The same pair shown twice (vbpl.vn's status box repeats the table's "Ngày có hiệu lực") is listed once.
  const pairs = new Set<string>();
  const unique = attributes.filter((a) => {
    const key = `${a.label}\u0000${a.value}`;
    if (pairs.has(key)) return false;
    pairs.add(key);
    return true;
  });
  return { attributes: unique.slice(0, MAX_ATTRIBUTES), files, resourceItems, messageForm, caption };
}
