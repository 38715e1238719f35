import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { readOnLoad, type BadgeApi } from '../../utils/extension/read-on-load';

const extracted = { title: 'Duy trì nâng cao chất lượng công tác tuyên vận' };
/** The extractor's answer once the analyser is in the page (figures and summary attached). */
const analysed = { ok: true, article: { ...extracted, figures: [], keyFigures: [], summary: [] } };
/** The extractor's answer on its own. */
const plain = { ok: true, article: extracted };

/**
 * A registered page with no extractor yet; `answer(files)` is what the extractor says once the files injected so
 * far are in. Returns the injected file lists, the messages sent to the page and the badge's calls.
 */
async function loadedPage(url: string, answer: (files: string[]) => unknown) {
  const tab = await fakeBrowser.tabs.create({ url });
  let files: string[] = [];
  const inject = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (opts) => {
    files = [...files, ...((opts as { files?: string[] }).files ?? [])];
    return [];
  });
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => {
    if (!files.includes('/extractor.js')) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer(files);
  });
  const badgeCalls: unknown[] = [];
  const badge: BadgeApi = {
    setBadgeText: (details) => void badgeCalls.push(details),
    setBadgeBackgroundColor: () => undefined,
  };
  return {
    tabId: tab.id!,
    badge,
    badgeCalls,
    injected: () => inject.mock.calls.map(([opts]) => (opts as { files?: string[] }).files),
    messages: () => send.mock.calls.map(([, message]) => message),
  };
}

describe('reading a registered page on load', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('on an article: lights the badge, then adds figures and summary so the first popup answers from the cache', async () => {
    const page = await loadedPage('https://baothang.laocai.gov.vn/tin-tuc/a.html', (files) => (files.includes('/analyser.js') ? analysed : plain));
    await readOnLoad(page.tabId, page.badge);
    expect(page.badgeCalls).toEqual([{ tabId: page.tabId, text: '•' }]);
    expect(page.injected()).toEqual([['/extractor.js'], ['/words.js', '/analyser.js']]);
    // The last question found the article analysed: the page's cache holds what the popup asks for.
    expect(page.messages().at(-1)).toEqual({ type: 'tinsach/extract' });
  });

  it("on a list page the quick check called readerable: its teasers are read in the same pass, no badge, no analyser", async () => {
    const teasers = [{ url: 'https://muongkhuong.laocai.gov.vn/tin-tuc/hoi-nghi-1203611.html', title: 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15', date: '22/04/2026', thumbnail: true }];
    const refusal = { ok: false, reason: 'not-article', message: 'Trang này là danh sách bài viết', pageKind: 'list', teasers };
    const page = await loadedPage('https://muongkhuong.laocai.gov.vn/tin-tuc', () => refusal);
    await readOnLoad(page.tabId, page.badge);
    expect(page.messages()).toEqual([{ type: 'tinsach/extract', teasers: true }, { type: 'tinsach/extract', teasers: true }]);
    expect(page.injected()).toEqual([['/extractor.js']]);
    expect(page.badgeCalls).toEqual([]);
  });

  it('a tab that cannot be read (closed, or a page we may not touch) leaves the badge dark and does not throw', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://baothang.laocai.gov.vn/tin-tuc/a.html' });
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('No tab with id'));
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('No tab with id'));
    const badgeCalls: unknown[] = [];
    await expect(
      readOnLoad(tab.id!, { setBadgeText: (d) => void badgeCalls.push(d), setBadgeBackgroundColor: () => undefined }),
    ).resolves.toBeUndefined();
    expect(badgeCalls).toEqual([]);
  });
});
