// The hostile-page suite at the Node level: six portal articles carrying 113 XSS vectors in and around the
// article body (tests/fixtures/hostile, vectors.json). Each page is extracted as the CLI does (linkedom + a
// jsdom sanitiser window), analysed, saved to an IndexedDB library (fake-indexeddb), read back, and rendered in
// the popup, the reader and SafeHtml inside a window where scripts DO run (trap-window.ts). Every field of the
// article must be inert at every step and no trap may fire; the control at the end shows the same window and
// the same provocation run an unsanitised vector, so this suite can fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { parseHtml, sanitizerWindow } from '../../utils/html/parse-html';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { saveArticle } from '../../utils/library/save';
import { getArticle, getImages } from '../../utils/library/read';
import type { Article } from '../../utils/model/article';
import type { LibraryDb } from '../../utils/library/schema';
import type { SavedArticle } from '../../utils/model/saved-article';
import { freshLibrary } from '../library/helpers';
import { HOSTILE_PAGES, HOSTILE_VECTORS, pageHtml, vector, type HostilePage } from './hostile-fixtures';
import { activeMarkupProblems, textFieldProblems, urlFieldProblems } from './active-markup';
import { createTrapWindow, installGlobals, provoke, type TrapWindow } from './trap-window';
import { renderPopup, renderReader, renderSafeHtml, type Rendered } from './render-views';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every problem with an article's fields: HTML inert, text fields without markup, URLs http(s) only. */
function articleProblems(a: Article, doc: Document): string[] {
  return [
    ...activeMarkupProblems(a.html, doc),
    ...textFieldProblems('title', a.title),
    ...textFieldProblems('lead', a.lead),
    ...textFieldProblems('byline', a.byline),
    ...textFieldProblems('siteName', a.siteName),
    ...a.images.flatMap((im, i) => [
      ...urlFieldProblems(`images[${i}].src`, im.src),
      ...textFieldProblems(`images[${i}].alt`, im.alt),
      ...textFieldProblems(`images[${i}].caption`, im.caption),
    ]),
    ...a.attachments.flatMap((at, i) => [...urlFieldProblems(`attachments[${i}].href`, at.href), ...textFieldProblems(`attachments[${i}].name`, at.name)]),
    ...urlFieldProblems('url', a.url),
    ...urlFieldProblems('canonicalUrl', a.canonicalUrl),
  ];
}

/** A stand-in for the portal's image server: every image "downloads" as a few JPEG bytes. */
const fetchImage = async (url: string): Promise<Blob> => new Blob([new Uint8Array([0xff, 0xd8, 0xff, url.length & 0xff])], { type: 'image/jpeg' });

let trap: TrapWindow;
beforeAll(async () => {
  trap = await createTrapWindow();
});
afterAll(() => trap.close());

it('the fixtures: at least 40 vectors that can run, in 4–6 pages, each page with at least 5 paragraphs', () => {
  expect(HOSTILE_VECTORS.filter((v) => v.trap).length).toBeGreaterThanOrEqual(40);
  expect(HOSTILE_PAGES.length).toBeGreaterThanOrEqual(4);
  expect(HOSTILE_PAGES.length).toBeLessThanOrEqual(6);
  for (const p of HOSTILE_PAGES) expect(p.paragraphs.length, p.file).toBeGreaterThanOrEqual(5);
});

describe.each(HOSTILE_PAGES.map((p) => [p.file, p] as const))('%s', (_file, page: HostilePage) => {
  let article: Article;
  let db: LibraryDb;
  let stored: SavedArticle;
  let images: Map<string, Blob>;

  beforeAll(async () => {
    const result = extractArticle(parseHtml(pageHtml(page.file), page.url), page.url, { window: await sanitizerWindow() });
    if (!result.ok) throw new Error(`${page.file}: not extracted (${result.reason}: ${result.message})`);
    article = result.article;
    db = await freshLibrary();
  });
  afterAll(() => db?.close());

  it('is extracted as the article, with its title and every paragraph', () => {
    expect(article.title).toBe(page.title);
    const text = squash(article.text);
    for (const p of page.paragraphs) expect(text).toContain(squash(p));
    // A byline, when one is found, is the author's and not something a vector put there.
    if (page.byline && article.byline !== null) expect(article.byline).toContain(page.byline);
  });

  it('has nothing active in html, title, lead, byline, images or attachments', () => {
    expect(articleProblems(article, trap.document)).toEqual([]);
    // The page's own good image and attachment links survive (the sanitiser is not just deleting everything).
    expect(article.html).toMatch(/<p>/);
  });

  it('is saved and read back unchanged and still inert; stored images are the http(s) ones only', async () => {
    const { id } = await saveArticle(db, analyseArticle(article), { fetchImage });
    const back = await getArticle(db, id);
    expect(back).toBeDefined();
    stored = back!;
    expect(stored.html).toBe(article.html);
    expect(articleProblems(stored, trap.document)).toEqual([]);
    images = await getImages(db, id);
    for (const src of images.keys()) expect(urlFieldProblems('stored image', src)).toEqual([]);
  });

  const views: [string, (live: TrapWindow) => Promise<Rendered>][] = [
    ['the popup', (live) => renderPopup(live, analyseArticle(article))],
    ['the reader', (live) => renderReader(live, stored, images)],
    ['SafeHtml', (live) => renderSafeHtml(live, stored.html)],
  ];
  it.each(views)('rendered in %s of a live window and provoked, runs nothing', async (_view, show) => {
    // A fresh window per view: a trap, a dialog or a script error is then this view's alone.
    const live = await createTrapWindow();
    const view = await show(live);
    try {
      expect(squash(view.body.textContent ?? '')).toContain(squash(page.paragraphs[0]!));
      expect(activeMarkupProblems(view.body.innerHTML, live.document, { rendered: true })).toEqual([]);
      // Our own UI around the body (meta line, gallery, attachments) is built from page fields too: no handler
      // attribute, script URL or active element anywhere (its own ids, buttons and relative links are ours).
      const ui = activeMarkupProblems(view.container.innerHTML, live.document, { rendered: true });
      expect(ui.filter((p) => /^attribute <\w+ on|script URL|srcdoc|<(script|iframe|object|embed|form|base|meta|style|math)\b/.test(p))).toEqual([]);
      for (const el of Array.from(view.container.querySelectorAll('[href], [src]'))) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        // eslint-disable-next-line no-control-regex -- the URL parser ignores these before the scheme
        expect(url.replace(/[\u0000-\u0020]/g, ''), el.outerHTML.slice(0, 80)).not.toMatch(/^(javascript|vbscript|data):/i);
      }
      // Our own handlers (figure chips, summary) run too when provoked, and they use the globals.
      const restore = installGlobals(live);
      try {
        await provoke(live, view.container.querySelector('article') ?? view.body);
      } finally {
        restore();
      }
      expect(live.fired()).toEqual([]);
      expect(live.alert).not.toHaveBeenCalled();
      expect(live.scriptErrors).toEqual([]);
    } finally {
      view.unmount();
      live.close();
    }
  });
});

describe('control: the same window and the same provocation', () => {
  it('run an unsanitised copy of a vector (so the suite above can fail)', async () => {
    const control = await createTrapWindow();
    try {
      const box = control.document.createElement('div');
      control.document.body.append(box);
      // Deliberately NOT sanitised: what the body would be if the sanitiser were bypassed.
      box.innerHTML = `<p>${squash(HOSTILE_PAGES[0]!.paragraphs[0]!)}</p>${vector('img-onerror').html}`;
      await provoke(control, box);
      expect(control.fired()).toContain('__pwned=img-onerror');
      expect(control.alert).toHaveBeenCalledWith('img-onerror');
    } finally {
      control.close();
    }
  });
});
