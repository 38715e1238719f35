import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { extractFromTab } from '../../utils/tab-extract';

const article = { ok: true, article: { title: 'Duy trì nâng cao chất lượng công tác tuyên vận' } };

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
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

  it('injects the extractor when it does not answer a ping, then returns its article', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    let injected = false;
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async () => {
      injected = true;
      return [];
    });
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_id: number, message: unknown) => {
      const type = (message as { type: string }).type;
      if (type === 'tinsach/ping') throw new Error('Could not establish connection. Receiving end does not exist.');
      return injected ? article : undefined;
    });
    await expect(extractFromTab(tabId)).resolves.toEqual(article);
    expect(injected).toBe(true);
  });

  it('says restricted when the browser refuses the injection', async () => {
    const tabId = await openTab('https://vnexpress.net/a-5047363.html');
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'restricted' });
  });

  it('gives up with a timeout result instead of waiting forever', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_id: number, message: unknown) =>
      (message as { type: string }).type === 'tinsach/ping' ? { ok: true, url: 'x' } : new Promise(() => undefined),
    );
    await expect(extractFromTab(tabId, 50)).resolves.toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('treats a malformed answer as an error, not as an article', async () => {
    const tabId = await openTab('https://baothang.laocai.gov.vn/tin-tuc/a.html');
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_id: number, message: unknown) =>
      (message as { type: string }).type === 'tinsach/ping' ? { ok: true, url: 'x' } : '<html>',
    );
    await expect(extractFromTab(tabId)).resolves.toMatchObject({ ok: false, reason: 'error' });
  });
});
