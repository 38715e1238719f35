// The popup's first question (entrypoints/popup/load-article.ts): which tab it reads, and how its answer
// becomes a PopupLoadResult, for both ways the popup is opened (toolbar, or popup.html?tabId=N).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { loadArticle } from '../../entrypoints/popup/load-article';
import { targetTab } from '../../utils/extension/popup-questions';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { makeArticle } from '../ui/fixtures/article';

const PAGE = 'https://baothang.laocai.gov.vn/tin-tuc/duy-tri-nang-cao-chat-luong-cong-tac-tuyen-van';

describe('popup: first load', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('opened from the toolbar, reads the active tab of the current window', async () => {
    // (The fake browser has no notion of a current window: the query is answered here.)
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, url: PAGE }] as never);
    await expect(targetTab('')).resolves.toEqual({ id: 7, url: PAGE });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    // No tab at all: id -1, which loadArticle turns into an error result.
    query.mockResolvedValue([] as never);
    await expect(targetTab('')).resolves.toEqual({ id: -1, url: '' });
  });

  it('opened as popup.html?tabId=N, knows the tab at once and looks its URL up alongside', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PAGE });
    const target = await targetTab(`?tabId=${tab.id}`);
    expect(target.id).toBe(tab.id);
    expect(target.url).toBeInstanceOf(Promise);
    await expect(target.url).resolves.toBe(PAGE);
    // A tab that has gone: no URL, which the extractor call treats as a page it may not read.
    await expect((await targetTab('?tabId=987654')).url).resolves.toBeUndefined();
  });

  it('passes an analysed answer through and explains the failures', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PAGE });
    const article = analyseArticle(makeArticle());
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValueOnce({ ok: true, article } as never);
    await expect(loadArticle(targetTab(`?tabId=${tab.id}`))).resolves.toEqual({ ok: true, article });

    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValueOnce({ ok: false, reason: 'not-article', message: 'x' } as never);
    await expect(loadArticle(targetTab(`?tabId=${tab.id}`))).resolves.toEqual({ ok: false, reason: 'not-article', message: 'x' });

    // No active tab at all (a popup opened from a window without tabs): an error result, not a throw.
    await expect(loadArticle(Promise.resolve({ id: -1, url: '' }))).resolves.toMatchObject({ ok: false, reason: 'error' });
    await expect(loadArticle(Promise.reject(new Error('no window')))).resolves.toMatchObject({ ok: false, reason: 'error' });
  });

  it('analyses an answer from an older extractor that sent the article without its analysis', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PAGE });
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValueOnce({ ok: true, article: makeArticle() } as never);
    const result = await loadArticle(targetTab(`?tabId=${tab.id}`));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.keyFigures.length).toBeGreaterThan(0);
  });

  it("a list page's refusal brings its teasers: the digest comes from that one answer, checked, with no second question", async () => {
    const list = 'https://muongkhuong.laocai.gov.vn/tin-tuc';
    const tab = await fakeBrowser.tabs.create({ url: list });
    const good = { url: 'https://muongkhuong.laocai.gov.vn/tin-tuc/hoi-nghi-ban-chap-hanh-1203611.html', title: 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15', date: '22/04/2026', thumbnail: true };
    // From a script beside an untrusted page: another site's link and a javascript: link are dropped here.
    const teasers = [
      good,
      { url: 'https://quang-cao.example.com/bai-viet-1203600.html', title: 'Một trang khác ngoài cổng thông tin huyện', date: null, thumbnail: false },
      { url: 'javascript:alert(1)', title: 'Liên kết chạy mã trong trang của người đọc', date: null, thumbnail: false },
    ];
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: false, reason: 'not-article', message: 'x', pageKind: 'list', teasers } as never);
    const result = await loadArticle(targetTab(`?tabId=${tab.id}`));
    expect(result).toMatchObject({ ok: false, pageKind: 'list', digest: { pageUrl: list, kind: 'list', teasers: [good] } });
    expect(send.mock.calls.map(([, message]) => (message as { type: string }).type)).toEqual(['tinsach/extract']);
  });

  it('asks for the teasers on their own when the refusal came without them', async () => {
    const list = 'https://muongkhuong.laocai.gov.vn/tin-tuc';
    const tab = await fakeBrowser.tabs.create({ url: list });
    const good = { url: 'https://muongkhuong.laocai.gov.vn/tin-tuc/trao-nha-dai-doan-ket-1203551.html', title: 'Trao nhà Đại đoàn kết cho 15 hộ nghèo', date: '12/04/2026', thumbnail: false };
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/teasers' ? [good] : { ok: false, reason: 'not-article', message: 'x', pageKind: 'list' }) as never);
    const result = await loadArticle(targetTab(`?tabId=${tab.id}`));
    expect(result).toMatchObject({ digest: { kind: 'list', teasers: [good] } });
    expect(send.mock.calls.map(([, message]) => (message as { type: string }).type)).toEqual(['tinsach/extract', 'tinsach/teasers']);
  });
});
