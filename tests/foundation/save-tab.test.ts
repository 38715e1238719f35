// The background's save path: extract through the page, analyse, fetch images (directly, else through
// the page's own origin), write one transaction. Closing the popup cannot interrupt it: it runs here.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { library, saveTab } from '../../utils/save-tab';
import { getArticle, getImages } from '../../utils/library/read';
import { makeArticle } from '../library/fixtures/articles';
import { PARAGRAPHS } from '../summary/fixtures/article';

const PNG_1x1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function pageArticle() {
  // What the extractor sends: an Article without the analysis (figures and summary are computed here). The body
  // is a full article's: the summary adds to the lead, so a two-sentence body has nothing to add.
  const text = [makeArticle().lead, ...PARAGRAPHS.slice(1)].join('\n\n');
  const { figures: _f, keyFigures: _k, summary: _s, ...article } = makeArticle({ text });
  return article;
}

async function portalTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: pageArticle().url });
  return tab.id!;
}

describe('saveTab (background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    // The portal sends no CORS headers: the background's own fetch fails, the page's fetch works.
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('saves the article with its figures, summary and images fetched through the page', async () => {
    const tabId = await portalTab();
    const seen: string[] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string; url?: string }) => {
      seen.push(message.type);
      if (message.type === 'tinsach/extract') return { ok: true, article: pageArticle() };
      if (message.type === 'tinsach/fetch-image') return { ok: true, type: 'image/png', dataUrl: PNG_1x1 };
      return undefined;
    }) as never);

    const reply = await saveTab(tabId);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const db = await library();
    const saved = await getArticle(db, reply.id);
    expect(saved?.title).toBe('Duy trì nâng cao chất lượng công tác tuyên vận');
    expect(saved?.figures.some((f) => f.text === '14 ban')).toBe(true);
    expect(saved?.summary.length).toBeGreaterThan(0);
    for (const s of saved?.summary ?? []) expect(saved?.lead.includes(s.text)).toBe(false);
    const images = await getImages(db, reply.id);
    expect([...images.keys()]).toEqual(['https://baothang.laocai.gov.vn/images/tuyen-van.jpg']);
    expect(images.get('https://baothang.laocai.gov.vn/images/tuyen-van.jpg')?.type).toBe('image/png');
    expect(seen).toContain('tinsach/fetch-image');
  });

  it('records an image that cannot be fetched as missing, and still saves', async () => {
    const tabId = await portalTab();
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/extract' ? { ok: true, article: pageArticle() } : { ok: false }) as never);
    const reply = await saveTab(tabId);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const saved = await getArticle(await library(), reply.id);
    expect(saved?.missingImages).toEqual(['https://baothang.laocai.gov.vn/images/tuyen-van.jpg']);
  });

  it('shares one save between two clicks on the same tab', async () => {
    const tabId = await portalTab();
    const extract = vi.fn(async () => ({ ok: true, article: pageArticle() }));
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/extract' ? extract() : { ok: false }) as never);
    const [a, b] = await Promise.all([saveTab(tabId), saveTab(tabId)]);
    expect(a).toEqual(b);
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('passes the page failure through instead of saving anything', async () => {
    const tabId = await portalTab();
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: false, reason: 'not-article', message: 'Không phải bài viết' } as never);
    await expect(saveTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'not-article' });
  });
});
