import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { extractFromTab } from '../../utils/extension/tab-extract';

const extracted = { title: 'Duy trì nâng cao chất lượng công tác tuyên vận' };
/** An answer from a page where the analyser is in place (figures and summary attached). */
const article = { ok: true, article: { ...extracted, figures: [], keyFigures: [], summary: [] } };
/** An answer from the extractor alone (injected by the badge's check on page load). */
const plain = { ok: true, article: extracted };

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

/** A page with no extractor yet: nothing answers until something is injected, then `answer` comes back. */
function pageWithoutExtractor(answer: unknown) {
  let injected = false;
  const inject = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async () => {
    injected = true;
    return [];
  });
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer;
  });
  return inject;
}

describe('extractFromTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('explains restricted pages without trying to inject', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    const tabId = await openTab('chrome://extensions');
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the extractor when nothing in the page answers, then the analyser once the page answers with an article', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    let files: string[] = [];
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (opts) => {
      files = [...files, ...((opts as { files?: string[] }).files ?? [])];
      return [];
    });
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => {
      if (!files.includes('/extractor.js')) throw new Error('Could not establish connection. Receiving end does not exist.');
      return files.includes('/analyser.js') ? article : plain;
    });
    await expect(extractFromTab(tabId)).resolves.toEqual(article);
    expect(inject.mock.calls.map(([opts]) => (opts as { files?: string[] }).files)).toEqual([['/extractor.js'], ['/words.js', '/analyser.js']]);
  });

  it("answers a list page's refusal, with its teasers, without injecting the analyser", async () => {
    const tabId = await openTab('https://muongkhuong.laocai.gov.vn/tin-tuc');
    const teasers = [{ url: 'https://muongkhuong.laocai.gov.vn/tin-tuc/hoi-nghi-1203611.html', title: 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15', date: '22/04/2026', thumbnail: true }];
    const refusal = { ok: false, reason: 'not-article', message: 'Trang này là danh sách bài viết', pageKind: 'list', teasers };
    const inject = pageWithoutExtractor(refusal);
    const send = vi.mocked(browser.tabs.sendMessage);
    await expect(extractFromTab(tabId, undefined, undefined, { teasers: true })).resolves.toEqual(refusal);
    expect(inject.mock.calls.map(([opts]) => (opts as { files?: string[] }).files)).toEqual([['/extractor.js']]);
    // The teasers are asked for in the extract question itself: no second question.
    expect(send.mock.calls.map(([, message]) => message)).toEqual([{ type: 'tinsach/extract', teasers: true }, { type: 'tinsach/extract', teasers: true }]);
  });

  it('for the badge, injects the extractor alone', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    const inject = pageWithoutExtractor(plain);
    await expect(extractFromTab(tabId, undefined, undefined, { analysed: false })).resolves.toEqual(plain);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject.mock.calls[0]![0]).toMatchObject({ files: ['/extractor.js'] });
  });

  it('adds the analyser when the extractor the badge injected answers without figures and summary', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    let analyser = false;
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async () => {
      analyser = true;
      return [];
    });
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => (analyser ? article : plain));
    await expect(extractFromTab(tabId)).resolves.toEqual(article);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject.mock.calls[0]![0]).toMatchObject({ files: ['/words.js', '/analyser.js'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('keeps the extraction when the analyser cannot be injected (the popup analyses it itself)', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('tab closed'));
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(plain as never);
    await expect(extractFromTab(tabId)).resolves.toEqual(plain);
  });

  it('asks an extractor that is already in the page without injecting it again', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(article as never);
    await expect(extractFromTab(tabId)).resolves.toEqual(article);
    expect(inject).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends its question while the tab is still being looked up (a cached answer costs one round trip)', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    const tab = await browser.tabs.get(tabId);
    let releaseTab: () => void = () => undefined;
    vi.spyOn(browser.tabs, 'get').mockImplementation(() => new Promise((resolve) => (releaseTab = () => resolve(tab))));
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(article as never);
    const result = extractFromTab(tabId);
    await Promise.resolve();
    expect(send).toHaveBeenCalledTimes(1);
    releaseTab();
    await expect(result).resolves.toEqual(article);
  });

  it('never uses an answer from a page it may not read, and never injects there', async () => {
    const tabId = await openTab('https://chromewebstore.google.com/detail/abc');
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(article as never);
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
    await expect(extractFromTab(tabId, undefined, Promise.resolve(undefined))).resolves.toMatchObject({ ok: false, reason: 'restricted' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('says restricted when the browser refuses the injection', async () => {
    const tabId = await openTab('https://vnexpress.net/a-5047363.html');
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
  });

  it('gives up with a timeout result instead of waiting forever', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(() => new Promise(() => undefined));
    await expect(extractFromTab(tabId, 50)).resolves.toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('treats a malformed answer as an error, not as an article', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue('<html>' as never);
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'error' });
  });
});
