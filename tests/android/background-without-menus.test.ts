// Firefox for Android has no context menu and no keyboard commands. The background must still start there and
// answer the popup: a reader on a phone saves from the popup, and that save must work.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background';
import { send } from '../../utils/messaging/messenger';
import { toExtension } from '../../utils/extension/transports';
import { library } from '../../utils/extension/save-tab';
import { getArticle } from '../../utils/library/read';
import { makeArticle } from '../library/fixtures/articles';
import { PARAGRAPHS } from '../summary/fixtures/article';

type Apis = Record<string, unknown>;
const ABSENT_ON_ANDROID = ['contextMenus', 'menus', 'commands'] as const;

function pageArticle() {
  const text = [makeArticle().lead, ...PARAGRAPHS.slice(1)].join('\n\n');
  const { figures: _f, keyFigures: _k, summary: _s, ...article } = makeArticle({ text });
  return article;
}

describe('the background on a browser without context menus or keyboard commands', () => {
  const removed = new Map<string, unknown>();

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    removed.clear();
    for (const name of ABSENT_ON_ANDROID) {
      if (!(name in fakeBrowser)) continue;
      removed.set(name, (fakeBrowser as unknown as Apis)[name]);
      delete (fakeBrowser as unknown as Apis)[name];
    }
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  });
  afterEach(() => {
    for (const [name, api] of removed) (fakeBrowser as unknown as Apis)[name] = api;
    vi.unstubAllGlobals();
  });

  it('starts, and saves the page the popup asks it to save', async () => {
    expect('contextMenus' in browser).toBe(false);
    expect('commands' in browser).toBe(false);
    const tab = await fakeBrowser.tabs.create({ url: pageArticle().url });
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_id: number, message: { type: string }) =>
      message.type === 'tinsach/extract' ? { ok: true, article: pageArticle() } : { ok: false }) as never);
    // The popup's messages come from the extension's own page; the fake browser's sendMessage names no sender.
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/popup.html?tabId=${tab.id}`) };
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger(message, popup)).find((r) => r !== undefined)) as never);

    expect(() => background.main()).not.toThrow();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

    const reply = await send(toExtension, { type: 'tinsach/save', tabId: tab.id! });
    expect(reply).toMatchObject({ ok: true });
    if (!reply?.ok) throw new Error('the save failed');
    const saved = await getArticle(await library(), reply.id);
    expect(saved?.title).toBe('Duy trì nâng cao chất lượng công tác tuyên vận');
    await expect(send(toExtension, { type: 'tinsach/is-saved', url: pageArticle().url })).resolves.toMatchObject({ saved: true, id: reply.id });
  });
});
