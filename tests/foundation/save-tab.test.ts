// The background's save path: extract through the page, analyse, fetch images (directly, else through
// the page's own origin), write one transaction. Closing the popup cannot interrupt it: it runs here.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { library, refetchImages, saveTab } from '../../utils/extension/save-tab';
import { setTags } from '../../utils/library/update';
import { ARTICLE_IMAGES_MS } from '../../utils/extension/fetch-image';
import { getArticle, getImages } from '../../utils/library/read';
import { makeArticle } from '../library/fixtures/articles';
import { pageIdentity } from '../../utils/model/page-identity';
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
    // The card as the popup shows it: the lead's first sentence, then summary sentences that are not the lead's.
    const [first, ...rest] = saved?.summary ?? [];
    expect(saved?.lead.startsWith(first!.text)).toBe(true);
    for (const s of rest) expect(saved?.lead.includes(s.text)).toBe(false);
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

  it('saves only the page the popup showed: an address or text changed since stops the save', async () => {
    const tabId = await portalTab();
    const shown = pageArticle();
    const expect_ = await pageIdentity(shown);
    const db = await library();
    const before = await db.getAll('articles');
    let now = { ...shown, url: 'https://baothang.laocai.gov.vn/tin-tuc/bai-da-luu.html' };
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/extract' ? { ok: true, article: now } : undefined) as never);
    // history.replaceState to another article's address after the popup showed this page.
    expect(await saveTab(tabId, { expect: expect_ })).toMatchObject({ ok: false, reason: 'changed' });
    // The same address, other words.
    now = { ...shown, text: `${shown.text}\n\nĐoạn chèn vào sau khi bạn đã đọc.` };
    expect(await saveTab(tabId, { expect: expect_ })).toMatchObject({ ok: false, reason: 'changed' });
    expect(await db.getAll('articles')).toEqual(before);
    // Unchanged: saved.
    now = shown;
    expect(await saveTab(tabId, { expect: expect_ })).toMatchObject({ ok: true });
  });

  it('passes the page failure through instead of saving anything', async () => {
    const tabId = await portalTab();
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: false, reason: 'not-article', message: 'Không phải bài viết' } as never);
    await expect(saveTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'not-article' });
  });

  /** Runs `work` with setTimeout faked (IndexedDB's own scheduling stays real), advancing time until it settles. */
  async function withFakeTime<T>(work: () => Promise<T>, stepMs = 1000, maxMs = 120_000): Promise<T> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let done = false;
      const p = work().finally(() => (done = true));
      for (let t = 0; !done && t < maxMs; t += stepMs) await vi.advanceTimersByTimeAsync(stepMs);
      return await p;
    } finally {
      vi.useRealTimers();
    }
  }

  it('gives up an image that never answers, saves without it, and the next save from the tab starts afresh', async () => {
    const tabId = await portalTab();
    // The background may not read the image host (the fetch rejects, as for CORS), and the page, asked instead,
    // never replies: its own fetch hangs, or the tab froze.
    const extract = vi.fn(async () => ({ ok: true, article: pageArticle() }));
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/extract' ? extract() : new Promise(() => undefined)) as never);
    const started = Date.now();
    const first = await withFakeTime(() => saveTab(tabId));
    expect(first).toMatchObject({ ok: true, images: { saved: 0, total: 1 } });
    if (!first.ok) return;
    const saved = await getArticle(await library(), first.id);
    expect(saved?.missingImages).toEqual(['https://baothang.laocai.gov.vn/images/tuyen-van.jpg']);
    // Within the article's image deadline (fake time), and no real minute was spent.
    expect(Date.now() - started).toBeLessThan(ARTICLE_IMAGES_MS);
    const second = await withFakeTime(() => saveTab(tabId));
    expect(second.ok).toBe(true);
    expect(extract).toHaveBeenCalledTimes(2);
  });

  it('stops an endless image body at the cap and still saves', async () => {
    const tabId = await portalTab();
    let pulled = 0;
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new ReadableStream({
      pull(controller) {
        pulled += 65_536;
        controller.enqueue(new Uint8Array(65_536));
      },
    }), { headers: { 'content-type': 'image/jpeg' } })));
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/extract' ? { ok: true, article: pageArticle() } : { ok: false }) as never);
    const reply = await saveTab(tabId);
    expect(reply).toMatchObject({ ok: true, images: { saved: 0, total: 1 } });
    expect(pulled).toBeLessThan(6 * 1024 * 1024);
  });

  it('"Tải lại ảnh" fetches the missing photos later and keeps the reader\'s tags', async () => {
    const tabId = await portalTab();
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/extract' ? { ok: true, article: pageArticle() } : { ok: false }) as never);
    const reply = await saveTab(tabId);
    expect(reply).toMatchObject({ ok: true, images: { saved: 0, total: 1 } });
    if (!reply.ok) return;
    const db = await library();
    await setTags(db, reply.id, ['Tuyên vận']);
    // Back online, and the image host now readable by the background.
    const png = Uint8Array.from(atob(PNG_1x1.split(',')[1]!), (c) => c.charCodeAt(0));
    vi.stubGlobal('fetch', vi.fn(async () => new Response(png, { headers: { 'content-type': 'image/png' } })));
    await expect(refetchImages(reply.id)).resolves.toEqual({ ok: true, id: reply.id, images: { saved: 1, total: 1 } });
    const saved = await getArticle(db, reply.id);
    expect(saved?.missingImages).toEqual([]);
    expect(saved?.tags).toEqual(['Tuyên vận']);
    expect((await getImages(db, reply.id)).get('https://baothang.laocai.gov.vn/images/tuyen-van.jpg')?.size).toBe(png.byteLength);
    await expect(refetchImages('khong-co-bai-nay')).resolves.toMatchObject({ ok: false, reason: 'not-found' });
  });
});
